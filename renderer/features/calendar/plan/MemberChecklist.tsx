/**
 * The members of a project as checkboxes, for booking several at once: each with their role and readiness
 * on the first day; a member who is not ready then is shown, unticked and disabled, with why.
 */
import { useId } from 'react';
import { ReadinessChip } from '../../../components/ReadinessChip';
import type { BookingCandidate } from '../../../db/repositories/booking-calendar';

const ROLES = { lead: 'Lead researcher', analyst: 'Analyst', other: 'Member' } as const;

interface MemberChecklistProps {
  candidates: readonly BookingCandidate[];
  chosen: readonly string[];
  onChange: (personIds: string[]) => void;
}

/** The checklist (the legend is given by the form around it). */
export function MemberChecklist({ candidates, chosen, onChange }: MemberChecklistProps) {
  const base = useId();
  const ready = candidates.filter((c) => c.readiness.state !== 'not-ready').map((c) => c.person.id);
  const toggle = (personId: string, on: boolean) =>
    onChange(on ? [...chosen, personId] : chosen.filter((id) => id !== personId));
  if (candidates.length === 0) return <p className="muted">This project has no members.</p>;
  return (
    <>
      <ul className="candidate-list">
        {candidates.map(({ person, membership, readiness }) => {
          const id = `${base}-${person.id}`;
          const notReady = readiness.state === 'not-ready';
          return (
            <li key={person.id} className={`candidate${notReady ? ' candidate-not-ready' : ''}`}>
              <input
                type="checkbox"
                id={id}
                checked={chosen.includes(person.id)}
                disabled={notReady}
                aria-describedby={readiness.reasons.length > 0 ? `${id}-why` : undefined}
                onChange={(event) => toggle(person.id, event.target.checked)}
              />
              <label htmlFor={id}>
                <span className="candidate-name">{person.name}</span>
                <span className="candidate-role">{ROLES[membership.role]}</span>
              </label>
              <ReadinessChip readiness={readiness} />
              {readiness.reasons.length > 0 && (
                <ul id={`${id}-why`} className="readiness-reasons candidate-reasons">
                  {readiness.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
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
