/**
 * One member of a project as a choice for booking: a radio (the booking form: one person) or a checkbox
 * (booking several), with their name and role, readiness in words and its reasons. A member who is not
 * ready is shown, disabled, with why.
 */
import { useId } from 'react';
import { ReadinessChip } from '../../../components/ReadinessChip';
import type { BookingCandidate } from '../../../db/repositories/booking-calendar';

const ROLES = { lead: 'Lead researcher', analyst: 'Analyst', other: 'Member' } as const;

interface CandidateRowProps {
  candidate: BookingCandidate;
  /** A radio chooses one person (its group is `name`); checkboxes choose several. */
  type: 'radio' | 'checkbox';
  name?: string;
  checked: boolean;
  /** A radio is only ever turned on; a checkbox on or off. */
  onChange: (checked: boolean) => void;
}

/** The candidate's list item (inside a `candidate-list`). */
export function CandidateRow({ candidate, type, name, checked, onChange }: CandidateRowProps) {
  const id = useId();
  const { person, membership, readiness } = candidate;
  const notReady = readiness.state === 'not-ready';
  return (
    <li className={`candidate${notReady ? ' candidate-not-ready' : ''}`}>
      <input
        type={type}
        id={id}
        name={name}
        value={person.id}
        checked={checked}
        disabled={notReady}
        aria-describedby={readiness.reasons.length > 0 ? `${id}-why` : undefined}
        onChange={(event) => onChange(event.target.checked)}
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
}
