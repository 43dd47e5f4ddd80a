/** Filters of the audit log: record type, staff member, and a date range of London days. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { addDaysIso, isIsoDate, londonDayStart } from '../../../shared/dates';
import { AUDITED_ENTITIES, type AuditedEntity } from '../../../shared/domain';
import { entityName } from '../../../shared/audit/describe';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/form/Field';
import type { AuditFilter } from '../../db/audit/queries';
import { listStaff } from '../../db/repositories/staff';
import { DateInput } from '../../components/form/DateInput';

interface Draft {
  entity: string;
  staffId: string;
  from: string;
  to: string;
}

/** Turns the form's values into a filter, or the message for the date fields. */
function toFilter(draft: Draft): { filter: AuditFilter } | { error: string } {
  if ((draft.from && !isIsoDate(draft.from)) || (draft.to && !isIsoDate(draft.to)))
    return { error: 'Enter real dates.' };
  if (draft.from && draft.to && draft.to < draft.from)
    return { error: 'The “to” date must not be before the “from” date.' };
  return {
    filter: {
      ...(draft.entity ? { entity: draft.entity as AuditedEntity } : {}),
      ...(draft.staffId ? { staffId: draft.staffId } : {}),
      ...(draft.from ? { from: londonDayStart(draft.from) } : {}),
      ...(draft.to ? { to: londonDayStart(addDaysIso(draft.to, 1)) } : {}),
    },
  };
}

/** The filter form; applies on submit. */
export function AuditFilters({ onChange }: { onChange: (filter: AuditFilter) => void }) {
  const { db } = useApp();
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];
  const [draft, setDraft] = useState<Draft>({ entity: '', staffId: '', from: '', to: '' });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  return (
    <form
      className="filter-bar"
      aria-label="Filter events"
      onSubmit={(event) => {
        event.preventDefault();
        const result = toFilter(draft);
        if ('error' in result) setError(result.error);
        else {
          setError(null);
          onChange(result.filter);
        }
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
      <Field label="From" error={error ?? undefined}>
        <DateInput value={draft.from} onChange={set('from')} />
      </Field>
      <Field label="To">
        <DateInput value={draft.to} onChange={set('to')} />
      </Field>
      <div className="filter-actions">
        <button type="submit" className="button">
          Apply filters
        </button>
      </div>
    </form>
  );
}
