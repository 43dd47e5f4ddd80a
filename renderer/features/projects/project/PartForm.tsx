/**
 * The frame of every form on a project page: a panel with its heading, the fields, what went wrong (under
 * the fields, or above the buttons), "Saved" once saved, and the Save button.
 */
import { useState, type BaseSyntheticEvent, type ReactNode } from 'react';
import type { FieldValues, Path, SubmitHandler } from 'react-hook-form';
import type { Project } from '../../../../shared/domain';
import { saveFailure, type SaveFailure } from '../forms/save-errors';
import type { ProjectPartForm } from './use-project-form';

/** Saving a part: given the checked values and the revision, returns the saved project. */
export type SavePart<V> = (values: V, expectedRevision: number) => Promise<Project>;

/** The submit handler, the failure and the saved note of a part form. */
export function usePartSave<V extends FieldValues, O>(
  part: ProjectPartForm<V, O>,
  save: SavePart<O>,
  /** The field paths the form shows errors at (a set, or a test). */
  fieldPaths: ReadonlySet<string> | ((path: string) => boolean),
  onSaved?: (project: Project) => void,
) {
  const shows = typeof fieldPaths === 'function' ? fieldPaths : (path: string) => fieldPaths.has(path);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const onValid: SubmitHandler<O> = async (values) => {
    setFailure(null);
    setSavedNote(false);
    try {
      const saved = await save(values, part.expectedRevision());
      part.saved(saved);
      setSavedNote(true);
      onSaved?.(saved);
    } catch (error) {
      setFailure(
        saveFailure(error, (path, message) => {
          if (!shows(path)) return false;
          part.form.setError(path as Path<V>, { message });
          return true;
        }),
      );
    }
  };
  return {
    onSubmit: part.form.handleSubmit(onValid, () => setSavedNote(false)),
    failure,
    savedNote: savedNote && !part.form.formState.isDirty,
    showLatest: () => {
      setFailure(null);
      part.showLatest();
    },
  };
}

/** A part form in its panel. */
export function PartForm({
  id,
  title,
  intro,
  children,
  onSubmit,
  failure,
  savedNote,
  showLatest,
  submitting,
  saveLabel,
  extraActions,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<unknown>;
  failure: SaveFailure | null;
  savedNote: boolean;
  showLatest: () => void;
  submitting: boolean;
  saveLabel: string;
  extraActions?: ReactNode;
}) {
  return (
    <form className="panel project-form" aria-labelledby={id} onSubmit={onSubmit} noValidate>
      <h2 id={id}>{title}</h2>
      {intro && <div className="form-intro">{intro}</div>}
      {children}
      {failure && (
        <div role="alert" className="form-failure">
          <p>{failure.message}</p>
          {failure.stale && (
            <button type="button" className="button secondary" onClick={showLatest}>
              Discard my changes and show the latest version
            </button>
          )}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? 'Saving…' : saveLabel}
        </button>
        {extraActions}
        <span role="status" className="saved-note">
          {savedNote ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}
