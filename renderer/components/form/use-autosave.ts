/**
 * A record form that saves itself: a moment after the officer stops typing, the form is submitted as if
 * Save were pressed (the same checks, the same revision rules, errors at the fields). Typing during a save
 * is kept (useRecordForm keeps fields changed since the save began) and saved in the next round.
 *
 * Decisions: nothing is sent while a save is in flight, nor while a save refused because the record changed
 * elsewhere waits for the officer's choice (sending again would only be refused again). A save that failed
 * its checks is not retried until the officer changes something. Leaving before the pause ends is still
 * guarded by the unsaved-changes dialog, since the form is dirty until it has saved.
 */
import { useEffect } from 'react';
import { useWatch, type FieldValues } from 'react-hook-form';
import type { RecordForm } from './use-record-form';

/** How long after the last change the form saves itself. */
export const AUTOSAVE_DELAY_MS = 1200;

/** What the autosave line says. */
export type AutosaveState =
  | { kind: 'saving' }
  | { kind: 'waiting' }
  | { kind: 'failed' }
  | { kind: 'saved'; at: Date }
  | { kind: 'idle' };

/** Saves `record` a pause after each change; returns what to say about it. */
export function useAutosave<V extends FieldValues, O>(
  record: RecordForm<V, O>,
  delayMs: number = AUTOSAVE_DELAY_MS,
): AutosaveState {
  const { form, submit, refused, failure, savedAt } = record;
  const values = useWatch({ control: form.control });
  const { isDirty, isSubmitting } = form.formState;

  useEffect(() => {
    if (!isDirty || isSubmitting || refused) return;
    const timer = setTimeout(() => void submit(), delayMs);
    return () => clearTimeout(timer);
    // `values` is the trigger: every change restarts the pause. `submit` is a new function each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, isDirty, isSubmitting, refused, delayMs]);

  if (isSubmitting) return { kind: 'saving' };
  if (failure) return { kind: 'failed' };
  if (isDirty) return { kind: 'waiting' };
  return savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' };
}
