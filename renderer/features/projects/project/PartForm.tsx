/**
 * The frame of every form on a project page: a panel with its heading, the fields, what went wrong (under
 * the fields, or above the buttons, with the way on when the project changed elsewhere), "Saved" once
 * saved, and the Save button.
 */
import type { BaseSyntheticEvent, ReactNode } from 'react';
import { StoredValuesContext, type StoredValues } from '../../../components/form/stored-values';

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
  saveLabel: string;
  extraActions?: ReactNode;
}) {
  return (
    <form className="panel project-form" aria-labelledby={id} onSubmit={onSubmit} noValidate>
      <h2 id={id}>{title}</h2>
      {intro && <div className="form-intro">{intro}</div>}
      <StoredValuesContext.Provider value={stored}>{children}</StoredValuesContext.Provider>
      {failure}
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
