/**
 * The members of a project as checkboxes, for booking several at once: each with their role and readiness
 * on the first day; a member who is not ready then is shown, unticked and disabled, with why.
 */
import type { BookingCandidate } from '../../../db/repositories/booking-calendar';
import { CandidateRow } from '../booking/CandidateRow';

interface MemberChecklistProps {
  candidates: readonly BookingCandidate[];
  chosen: readonly string[];
  onChange: (personIds: string[]) => void;
}

/** The checklist (the legend is given by the form around it). */
export function MemberChecklist({ candidates, chosen, onChange }: MemberChecklistProps) {
  const ready = candidates.filter((c) => c.readiness.state !== 'not-ready').map((c) => c.person.id);
  const toggle = (personId: string, on: boolean) =>
    onChange(on ? [...chosen, personId] : chosen.filter((id) => id !== personId));
  if (candidates.length === 0) return <p className="muted">This project has no members.</p>;
  return (
    <>
      <ul className="candidate-list">
        {candidates.map((candidate) => (
          <CandidateRow
            key={candidate.person.id}
            type="checkbox"
            candidate={candidate}
            checked={chosen.includes(candidate.person.id)}
            onChange={(on) => toggle(candidate.person.id, on)}
          />
        ))}
      </ul>
      {ready.length > 1 && (
        <button
          type="button"
          className="button secondary small plan-all-ready"
          onClick={() => onChange(ready)}
          disabled={ready.every((id) => chosen.includes(id))}
        >
          Choose all ready members ({ready.length})
        </button>
      )}
    </>
  );
}
