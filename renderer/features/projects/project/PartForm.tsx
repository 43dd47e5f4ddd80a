/**
 * The frame of every form on a project page: a panel with its heading, the fields, what went wrong (under
 * the fields, or above the buttons, with the way on when the project changed elsewhere), "Saved" once
 * saved, and the Save button — or, for a form that saves itself, its "Saving…" / "Saved at 10:42" line.
 */
import type { BaseSyntheticEvent, ReactNode } from 'react';
import { AutosaveStatus } from '../../../components/form/AutosaveStatus';
import { StoredValuesContext, type StoredValues } from '../../../components/form/stored-values';
import type { AutosaveState } from '../../../components/form/use-autosave';

/** A part form in its panel; `failure`, `stored` and `savedNote` come from its `useProjectPartForm`. */
export function PartForm({
  id,
  title,
  intro,
  children,
  onSubmit,
  failure,
  stored,
  savedNote,
  submitting,
  saveLabel,
  extraActions,
  autosave,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<unknown>;
  failure: ReactNode;
  stored: StoredValues | undefined;
  savedNote: boolean;
  submitting: boolean;
  saveLabel?: string;
  extraActions?: ReactNode;
  /** A form that saves itself (useAutosave): no Save button, its status line instead. */
  autosave?: AutosaveState;
}) {
  return (
    <form className="panel project-form" aria-labelledby={id} onSubmit={onSubmit} noValidate>
      <h2 id={id}>{title}</h2>
      {intro && <div className="form-intro">{intro}</div>}
      <StoredValuesContext.Provider value={stored}>{children}</StoredValuesContext.Provider>
      {failure}
      <div className="form-actions">
        {!autosave && (
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? 'Saving…' : (saveLabel ?? 'Save')}
          </button>
        )}
        {extraActions}
        {autosave ? (
          <AutosaveStatus state={autosave} />
        ) : (
          <span role="status" className="saved-note">
            {savedNote ? 'Saved.' : ''}
          </span>
        )}
      </div>
    </form>
  );
}
