/**
 * The one hook of every form that edits or creates a record: react-hook-form over the shared zod schema
 * (through `schemaResolver`), the revision the form was opened on, save errors, and the unsaved-changes
 * registry.
 *
 * Decisions: the form saves against the revision it was opened on (or last saved), so a change made
 * elsewhere to what the form edits is refused instead of being overwritten; a change elsewhere to ANOTHER
 * part of the record (another form of the page) moves the base on silently, since it cannot clash. While
 * the form has no unsaved changes it follows the stored record. A refused save says what changed, by whom
 * and when, and offers to show the latest or to keep what was typed beside it: nothing typed is lost.
 * Values typed while a save is in flight (an autosave) are kept too: after the save, only the fields left
 * alone since it began take the saved values.
 */
import { useEffect, useRef, useState, type BaseSyntheticEvent, type ReactNode } from 'react';
import {
  useForm,
  useWatch,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { AuditedEntity } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { StaleRecordError } from '../../db/errors';
import { ENTITIES } from '../../db/write/entities';
import { mergeValues } from './merge-values';
import { reportSaveError, type SaveErrorOptions } from './save-errors';
import { SaveProblem, type SaveProblemState } from './SaveProblem';
import { readChangesSince, type FieldLabels } from './stale-changes';
import { differingValues, type StoredValues } from './stored-values';
import { useUnsavedForm } from './unsaved-forms';

/** What a save returns when nothing is saved yet (a further step is asked for): the form stays as it is. */
export const NOT_SAVED_YET = Symbol('not saved yet');

/** What a save is given besides the checked values. */
export interface SaveBase<R> {
  /** The revision the form was opened on (0 when it was opened before the record existed). */
  expectedRevision: number;
  /** The record as stored now, as far as the page knows (undefined: not created yet). */
  latest: R | undefined;
}

/** How a record form reads, checks and saves its record. */
export interface RecordFormOptions<R extends Revisioned, V extends FieldValues, O> {
  /** The record as stored now (a live query); undefined while creating one. */
  record: R | undefined;
  /** The kind of record, whose history explains a refused save. */
  entity?: AuditedEntity;
  /** The record's id when the record itself does not carry it (the settings). */
  recordId?: string;
  /** The form's values for a stored record (or for none: an empty form). */
  toValues: (record: R | undefined) => V;
  /** The part of the record this form edits (default: its values); a change elsewhere to the rest never clashes. */
  part?: (record: R) => unknown;
  /** Checks the values on submit: `schemaResolver(TheSharedSchema)` (none: the save checks them). */
  resolver?: Resolver<V, unknown, O>;
  /** Writes the checked values; returns the stored record (or nothing), or NOT_SAVED_YET. */
  save: (values: O, base: SaveBase<R>) => Promise<R | void | typeof NOT_SAVED_YET>;
  /** After a successful save. */
  onSaved?: (saved: R | undefined) => void;
  /** The form's values after a save (default: the saved record's, or an empty form when creating). */
  valuesAfterSave?: (saved: R | undefined) => V;
  /** The form's name on a page that names its forms (the project page's gate lists them). */
  label?: string;
  /** The names the officer knows the record's fields by, for "Phone number changed by …". */
  fieldLabels?: FieldLabels;
  /** Where a failed save's field issues go. */
  errors?: SaveErrorOptions;
  /** Unsaved work the form holds besides its fields (a step in progress). */
  pending?: boolean;
  /** False for a form that does not guard its page (nothing to lose). */
  guard?: boolean;
  /** When fields are checked before a submit (default: on submit only). */
  mode?: 'onSubmit' | 'onTouched';
}

/** The form, its submit handler, and what to show of its last save. */
export interface RecordForm<V extends FieldValues, O> {
  form: UseFormReturn<V, unknown, O>;
  /** The form's `register` (most forms need only this and `errors` of it). */
  register: UseFormReturn<V, unknown, O>['register'];
  /** Why each field was refused, read during render (so the form re-renders when they change). */
  errors: FieldErrors<V>;
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** Why the last save did not happen (the alert, or the stale notice with its buttons); null after a save. */
  failure: ReactNode;
  /** The stored values beside the typed ones, after "Keep what I typed". */
  stored: StoredValues | undefined;
  /** True from a save until the next change. */
  savedNote: boolean;
  /** When the form last saved (this window's clock), for "Saved at 10:42"; undefined before its first save. */
  savedAt: Date | undefined;
  /** True while a save was refused because the record changed elsewhere and the officer has not chosen yet. */
  refused: boolean;
  /** Drops the typed values and shows the record as stored now. */
  showLatest: () => void;
  /** What an `InlineForm` takes from this form: `<InlineForm {...inlineForm} title=… submitLabel=…>`. */
  inlineForm: {
    onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
    failure: ReactNode;
    stored: StoredValues | undefined;
    submitting: boolean;
  };
}

/** A stored record as a form sees it: its revision (0: never saved), and its id when it has one. */
export type Revisioned = { id?: string; revision: number };

type Base<R> = { revision: number; part: string; record: R | undefined };

/** A react-hook-form form over one record, saving against the revision it was opened on. */
export function useRecordForm<R extends Revisioned, V extends FieldValues, O = V>(
  options: RecordFormOptions<R, V, O>,
): RecordForm<V, O> {
  const { record, toValues, resolver } = options;
  const { db } = useApp();
  const partOf = (r: R | undefined) => JSON.stringify(r ? (options.part ?? toValues)(r) : null);
  const form = useForm<V, unknown, O>({
    defaultValues: toValues(record) as DefaultValues<V>,
    ...(resolver ? { resolver } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
  });
  const base = useRef<Base<R>>({ revision: record?.revision ?? 0, part: partOf(record), record });
  const latest = useRef(record);
  const [problem, setProblem] = useState<SaveProblemState | null>(null);
  const [saved, setSaved] = useState(false);
  const [savedAt, setSavedAt] = useState<Date>();
  const { isDirty } = form.formState;
  const release = useUnsavedForm((options.guard ?? true) && (isDirty || !!options.pending), options.label);

  const rebase = (to: R | undefined) => {
    base.current = { revision: to?.revision ?? 0, part: partOf(to), record: to };
  };

  useEffect(() => {
    latest.current = record;
    if (!record) return;
    if (partOf(record) === base.current.part) {
      base.current = { ...base.current, revision: record.revision, record };
    } else if (!form.formState.isDirty) {
      form.reset(toValues(record));
      rebase(record);
    }
    // Only a new stored record matters; toValues and part are the form's pure functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record, form]);

  /** The record as stored now, read afresh (the page's live query may not have caught up). */
  const storedNow = async (): Promise<R | undefined> => {
    const id = latest.current?.id ?? base.current.record?.id ?? options.recordId;
    const spec = Object.values(ENTITIES).find((candidate) => candidate.entity === options.entity);
    if (!id || !spec) return latest.current;
    return ((await spec.table(db).get(id)) as R | undefined) ?? latest.current;
  };

  const refused = async () => {
    const now = await storedNow();
    latest.current = now ?? latest.current;
    const id = now?.id ?? options.recordId;
    const changes =
      now && id && options.entity
        ? await readChangesSince(
            db,
            options.entity,
            id,
            base.current.revision,
            now.revision,
            options.fieldLabels,
          )
        : [];
    setProblem({ kind: 'stale', changes });
  };

  const onValid = async (values: O) => {
    setProblem(null);
    setSaved(false);
    // What the fields held when the save began: anything typed while it is in flight is judged against it.
    const sent: unknown = JSON.parse(JSON.stringify(form.getValues()));
    try {
      const result = await options.save(values, {
        expectedRevision: base.current.revision,
        latest: latest.current,
      });
      if (result === NOT_SAVED_YET) return;
      const after = result ?? undefined;
      if (after) rebase(after);
      const savedValues = (options.valuesAfterSave ?? ((r) => toValues(record ? r : undefined)))(after);
      const now = form.getValues();
      form.reset(savedValues);
      if (sameValues(now, sent)) {
        release();
      } else {
        // Typed during the save: those fields keep what was typed (and stay unsaved against the saved values);
        // the fields left alone take the saved values. The form stays dirty, so the guard still holds.
        form.reset(mergeValues(sent, now, savedValues) as V, { keepDefaultValues: true });
      }
      setSaved(true);
      setSavedAt(new Date());
      options.onSaved?.(after);
    } catch (error) {
      if (error instanceof StaleRecordError) await refused();
      else setProblem({ kind: 'failure', message: reportSaveError(error, form.setError, options.errors) });
    }
  };
  const submit = (event?: BaseSyntheticEvent) => {
    // Messages put on fields outside the submit's own check (a "Check the form" advice, a refused save's
    // issues) must not block this submit: the resolver or the save checks afresh and puts back what still holds.
    form.clearErrors();
    return form.handleSubmit(onValid, () => setSaved(false))(event);
  };

  const showLatest = () => {
    const now = latest.current;
    rebase(now);
    setProblem(null);
    form.reset(toValues(now));
  };

  // What the officer changed keeps what was typed; the rest takes the latest stored values, so a save from
  // here keeps the change made elsewhere too. The form stays unsaved (compared with what it was opened on),
  // and where a typed value differs from the stored one, the stored value is shown beside it.
  const keepTyped = () => {
    const opened = toValues(base.current.record);
    const now = latest.current;
    rebase(now);
    const merged = mergeValues(opened, form.getValues(), toValues(now)) as V;
    form.reset(merged, { keepDefaultValues: true });
    setProblem({ kind: 'kept' });
  };

  const typed = useWatch({ control: form.control });
  const stored: StoredValues | undefined =
    problem?.kind === 'kept' ? differingValues(typed, toValues(record)) : undefined;
  const failure = problem && (
    <SaveProblem problem={problem} onShowLatest={showLatest} onKeepTyped={keepTyped} />
  );
  return {
    form,
    register: form.register,
    errors: form.formState.errors,
    submit,
    failure,
    stored,
    savedNote: saved && !isDirty,
    savedAt,
    refused: problem?.kind === 'stale',
    showLatest,
    inlineForm: { onSubmit: submit, failure, stored, submitting: form.formState.isSubmitting },
  };
}

const sameValues = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
