/** One member in the booking form: a radio with their name and role, readiness in words, and the reasons. */
import { useId } from 'react';
import { ReadinessChip } from '../../../components/ReadinessChip';
import type { BookingCandidate } from '../../../db/repositories/booking-calendar';

const ROLES = { lead: 'Lead researcher', analyst: 'Analyst', other: 'Member' } as const;

interface PersonChoiceProps {
  name: string;
  candidate: BookingCandidate;
  checked: boolean;
  onChoose: () => void;
}

/** A member who is not ready is shown, disabled, with why. */
export function PersonChoice({ name, candidate, checked, onChoose }: PersonChoiceProps) {
  const id = useId();
  const { person, membership, readiness } = candidate;
  const notReady = readiness.state === 'not-ready';
  return (
    <li className={`candidate${notReady ? ' candidate-not-ready' : ''}`}>
      <input
        type="radio"
        id={id}
        name={name}
        value={person.id}
        checked={checked}
        disabled={notReady}
        aria-describedby={readiness.reasons.length > 0 ? `${id}-why` : undefined}
        onChange={onChoose}
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
