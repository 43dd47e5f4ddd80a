/** "3 ready · 1 expiring · 1 not ready": how a project's members stand today, as chips with words. */
import type { ReadinessCounts } from '../../../db/repositories/project-register';

const PARTS = [
  ['ready', 'ready'],
  ['expiring', 'expiring'],
  ['not-ready', 'not ready'],
] as const;

/** The members' readiness in one line; "No members yet" when there are none. */
export function ReadinessSummary({ members, readiness }: { members: number; readiness: ReadinessCounts }) {
  if (members === 0) return <span className="muted small">No members yet</span>;
  return (
    <span className="readiness-summary">
      {PARTS.filter(([state]) => readiness[state] > 0).map(([state, words]) => (
        <span key={state} className={`chip chip-${state}`}>
          {readiness[state]} {words}
        </span>
      ))}
    </span>
  );
}
