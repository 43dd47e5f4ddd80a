/**
 * Filters of the audit log: record type, staff member, a date range of London days, and events about one
 * project (by its reference) or one person (picked as anywhere else in the app).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { AUDITED_ENTITIES } from '../../../shared/domain';
import { entityName } from '../../../shared/audit/describe';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/form/Field';
import { DateInput } from '../../components/form/DateInput';
import { listStaff } from '../../db/repositories/staff';
import { findProjectByReference } from '../../db/repositories/project-lists';
import { PersonPicker } from '../../components/people/PersonPicker';
import { dateProblem, type FilterDraft } from './filter-params';

/** The filter form; applies on submit. `projectReference` is the reference of `initial.projectId`. */
export function AuditFilters({
  initial,
  projectReference,
  onApply,
}: {
  initial: FilterDraft;
  projectReference: string;
  onApply: (draft: FilterDraft) => void;
}) {
  const { db } = useApp();
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];
  const [draft, setDraft] = useState<FilterDraft>(initial);
  const [reference, setReference] = useState(projectReference);
  const [errors, setErrors] = useState<{ dates?: string; project?: string }>({});
  const set = (key: keyof FilterDraft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  async function apply() {
    const dates = dateProblem(draft);
    const project = reference.trim() ? await findProjectByReference(db, reference) : undefined;
    const projectError =
      reference.trim() && !project ? `No project has the reference “${reference.trim()}”.` : undefined;
    setErrors({ ...(dates ? { dates } : {}), ...(projectError ? { project: projectError } : {}) });
    if (!dates && !projectError) onApply({ ...draft, projectId: project?.id ?? '' });
  }

  return (
    <form
      className="filter-bar audit-filters"
      aria-label="Filter events"
      onSubmit={(event) => {
        event.preventDefault();
        void apply();
      }}
    >
      <Field label="Record type">
        <select value={draft.entity} onChange={set('entity')}>
          <option value="">All</option>
          {AUDITED_ENTITIES.map((entity) => (
            <option key={entity} value={entity}>
              {entityName(entity)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Staff member">
        <select value={draft.staffId} onChange={set('staffId')}>
          <option value="">Anyone</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="From" error={errors.dates}>
        <DateInput value={draft.from} onChange={set('from')} />
      </Field>
      <Field label="To">
        <DateInput value={draft.to} onChange={set('to')} />
      </Field>
      <Field label="About the project" hint="Its reference, e.g. DSH-2026-047." error={errors.project}>
        <input type="search" value={reference} onChange={(event) => setReference(event.target.value)} />
      </Field>
      <div className="audit-person">
        <PersonPicker
          legend="About the person"
          value={draft.personId}
          onChange={(personId) => setDraft({ ...draft, personId })}
        />
        {draft.personId && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => setDraft({ ...draft, personId: '' })}
          >
            Any person
          </button>
        )}
      </div>
      <div className="filter-actions">
        <button type="submit" className="button">
          Apply filters
        </button>{' '}
        <Link to="/audit" className="button secondary">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
