/** A page of the people register: who, how to reach them, their NHS DSA training and how many projects. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { londonToday } from '../../../shared/dates';
import type { Person } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { peopleSummaries } from '../../db/repositories/people-register';
import { getSettings } from '../../db/repositories/settings';
import { dsaStatus } from './training/training-status';
import { TrainingStatusChip } from './training/TrainingStatusChip';

/** The rows for `people` (already one page); their DSA records and project counts are read for this page only. */
export function PeopleTable({ people, caption }: { people: Person[]; caption: string }) {
  const { db } = useApp();
  // The same page of people is the same query, whatever the array's identity.
  const key = people.map((person) => person.id).join(',');
  const extra = useLiveQuery(
    async () => ({
      summaries: await peopleSummaries(db, key ? key.split(',') : []),
      settings: await getSettings(db),
    }),
    [db, key],
  );
  const today = londonToday();
  return (
    <div className="table-scroll">
      <table className="data-table people-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Organisation</th>
            <th scope="col">NHS DSA training</th>
            <th scope="col" className="numeric">
              Projects
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const summary = extra?.summaries.get(person.id);
            return (
              <tr key={person.id}>
                <th scope="row" className="person-name">
                  <Link to={`/people/${person.id}`}>{person.name}</Link>
                </th>
                <td className="email">{person.email}</td>
                <td>{person.organisation}</td>
                <td>
                  {summary && extra && (
                    <TrainingStatusChip
                      status={dsaStatus(person.id, summary.dsaRecords, extra.settings, today)}
                    />
                  )}
                </td>
                <td className="numeric">{summary?.projectCount ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
