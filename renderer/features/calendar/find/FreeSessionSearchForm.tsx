/**
 * "Who, and when" of Find free sessions, with no I/O: the project, the person (or all the ready members
 * together), the first and last day, and why a search was not run. The page checks the draft and searches.
 */
import type { FormEvent } from 'react';
import type { IsoDate } from '../../../../shared/dates';
import type { Project } from '../../../../shared/domain';
import { DateInput } from '../../../components/form/DateInput';
import { Field } from '../../../components/form/Field';
import type { BookingCandidate } from '../../../db/repositories/booking-calendar';
import { ProjectSelect } from '../filters/ProjectSelect';
import { ALL_READY } from './TeamFreeSessions';

/** The search as typed so far ('' where nothing is chosen). */
export type FreeSessionDraft = { projectId: string; personId: string; from: string; to: string };

interface FreeSessionSearchFormProps {
  draft: FreeSessionDraft;
  today: IsoDate;
  projects: readonly Project[] | undefined;
  /** The chosen project's members, with their readiness today. */
  candidates: readonly BookingCandidate[] | undefined;
  /** Why the last search was not run. */
  error: string | null;
  onChange: (draft: FreeSessionDraft) => void;
  onSearch: () => void;
}

/** The search panel. */
export function FreeSessionSearchForm({
  draft,
  today,
  projects,
  candidates,
  error,
  onChange,
  onSearch,
}: FreeSessionSearchFormProps) {
  const change = (key: keyof FreeSessionDraft, value: string) => {
    const next = { ...draft, [key]: value };
    // Another project has other members.
    onChange(key === 'projectId' ? { ...next, personId: '' } : next);
  };
  const set = (key: keyof FreeSessionDraft) => (event: { target: { value: string } }) =>
    change(key, event.target.value);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch();
  }
  return (
    <section className="panel" aria-labelledby="find-heading">
      <h2 id="find-heading">Who, and when</h2>
      <form className="filter-bar" aria-label="Find free sessions" onSubmit={submit} noValidate>
        <ProjectSelect
          value={draft.projectId}
          projects={projects}
          blank="Choose a project…"
          onChange={(value) => change('projectId', value)}
        />
        <Field label="Person">
          <select value={draft.personId} onChange={set('personId')} disabled={!draft.projectId}>
            <option value="">{draft.projectId ? 'Choose a person…' : 'Choose a project first'}</option>
            {candidates?.map(({ person, readiness }) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {readiness.state === 'not-ready' ? ' (not ready today)' : ''}
              </option>
            ))}
            {draft.projectId && <option value={ALL_READY}>All ready members (together)</option>}
          </select>
        </Field>
        <Field label="From">
          <DateInput value={draft.from} min={today} onChange={set('from')} />
        </Field>
        <Field label="To">
          <DateInput value={draft.to} min={draft.from || today} onChange={set('to')} />
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button">
            Find free sessions
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" className="form-failure">
          {error}
        </p>
      )}
    </section>
  );
}
