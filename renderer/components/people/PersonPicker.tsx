/**
 * Choosing one recorded person in a form, among 50,000: type the start of a name, e-mail address or
 * organisation, then pick from the few that match (radio buttons, so it works by keyboard as any form does).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { Person } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { getPerson } from '../../db/repositories/people';
import { searchPeople } from '../../db/repositories/people-register';

const SHOWN = 8;

/** The picker; `value` is the chosen person's id ('' for none). */
export function PersonPicker({
  value,
  onChange,
  error,
  unavailable = new Map(),
  legend = 'Person',
}: {
  value: string;
  onChange: (personId: string) => void;
  error?: string | undefined;
  /** People who cannot be chosen, with why (e.g. "already on this project"). */
  unavailable?: ReadonlyMap<string, string>;
  legend?: string;
}) {
  const { db } = useApp();
  const id = useId();
  const [query, setQuery] = useState('');
  const found = useLiveQuery(async () => {
    const result = await searchPeople(db, query, SHOWN);
    const chosen = value ? await getPerson(db, value) : undefined;
    const people: Person[] =
      chosen && !result.people.some((person) => person.id === chosen.id)
        ? [chosen, ...result.people]
        : result.people;
    return { people, more: result.more };
  }, [db, query, value]);

  return (
    <fieldset className="fieldset-group person-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-search`}>Find a person</label>
        <p id={`${id}-hint`} className="field-hint">
          Type the start of their name, e-mail address or organisation.
        </p>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {found && found.people.length > 0 && (
        <ul className="choice-list" aria-label="Matching people">
          {found.people.map((person) => {
            const why = unavailable.get(person.id);
            return (
              <li key={person.id}>
                <label>
                  <input
                    type="radio"
                    name={`${id}-person`}
                    value={person.id}
                    checked={value === person.id}
                    disabled={why !== undefined}
                    onChange={() => onChange(person.id)}
                  />
                  <span className="choice-text">
                    <span>{person.name}</span>
                    <span className="choice-hint">
                      {person.email} · {person.organisation}
                      {why && ` — ${why}`}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted small" role="status">
        {query.trim() && found?.people.length === 0 && `No one recorded matches “${query.trim()}”.`}
        {found?.more && `Only the first ${SHOWN} matches are shown: type more to narrow them.`}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
