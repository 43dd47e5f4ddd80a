/**
 * What leaving the team did, said once on Settings → Team: solo mode again, and which provisional project
 * references became this workstation's own (each linked to its project).
 */
import { Link } from 'react-router';
import type { LocalNumbering } from '../../db/sync/leave-numbers';
import { countOf } from '../../components/calendar-dates';

/** The status after leaving. */
export function LeftTheTeam({ numbered }: { numbered: LocalNumbering[] }) {
  return (
    <section className="panel" aria-labelledby="left-team-heading">
      <h2 id="left-team-heading">You left the team</h2>
      <div role="status">
        <p>This workstation is in solo mode again: its records stay here and are no longer shared.</p>
        {numbered.length > 0 && (
          <>
            <p>
              {countOf(numbered.length, 'project')} had a provisional reference the team server never
              confirmed; {numbered.length === 1 ? 'it now has' : 'they now have'} this workstation’s next{' '}
              {numbered.length === 1 ? 'reference' : 'references'}:
            </p>
            <ul>
              {numbered.map(({ projectId, from, to }) => (
                <li key={projectId}>
                  {from} is now <Link to={`/projects/${projectId}`}>{to}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
