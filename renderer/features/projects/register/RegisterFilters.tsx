/** The register's search box, filters and order; each change applies at once (the search as you type). */
import { useEffect, useState } from 'react';
import {
  PROJECT_STATUSES,
  STAGES,
  stageLabel,
  statusLabel,
  type ConnectionType,
} from '../../../../shared/domain';
import { Field } from '../../../components/form/Field';
import { SORT_OPTIONS } from './register-params';

/** The values the filter bar edits (as the address holds them; '' = any). */
export interface FilterValues {
  q: string;
  stage: string;
  status: string;
  connection: string;
  /** '1': only the projects the signed-in officer is case officer of. */
  mine: string;
  sort: string;
}

/** How long typing pauses before the search runs. */
const SEARCH_PAUSE_MS = 250;

/** The order of the list, beside its count. */
export function SortSelect({ value, onChange }: { value: string; onChange: (sort: string) => void }) {
  return (
    <div className="register-sort">
      <Field label="Sort by">
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          {SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

/** The filter bar. */
export function RegisterFilters({
  values,
  connectionTypes,
  onChange,
}: {
  values: FilterValues;
  connectionTypes: readonly ConnectionType[];
  onChange: (changes: Partial<FilterValues>) => void;
}) {
  const [search, setSearch] = useState(values.q);
  const [applied, setApplied] = useState(values.q);
  // The address changed under us (e.g. "Clear search and filters"): show what it says.
  if (values.q !== applied) {
    setApplied(values.q);
    setSearch(values.q);
  }
  useEffect(() => {
    if (search === values.q) return;
    const timer = window.setTimeout(() => onChange({ q: search }), SEARCH_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [search, values.q, onChange]);

  const select = (key: keyof FilterValues) => (event: { target: { value: string } }) =>
    onChange({ [key]: event.target.value });

  return (
    <form
      className="filter-bar register-filters"
      role="search"
      aria-label="Search and filter projects"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: search });
      }}
    >
      <div className="register-search">
        <Field label="Search" hint="Reference, title, lead researcher or organisation">
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </Field>
      </div>
      <Field label="Stage">
        <select value={values.stage} onChange={select('stage')}>
          <option value="">All stages</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {stageLabel(stage)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Status">
        <select value={values.status} onChange={select('status')}>
          <option value="">All statuses</option>
          {PROJECT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Connection">
        <select value={values.connection} onChange={select('connection')}>
          <option value="">All connections</option>
          {connectionTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </select>
      </Field>
      <label className="checkbox-filter register-mine">
        <input
          type="checkbox"
          checked={values.mine === '1'}
          onChange={(event) => onChange({ mine: event.target.checked ? '1' : '' })}
        />{' '}
        My projects
      </label>
    </form>
  );
}
