/** The sessions of the chosen day as radios, each with its seats free, "full", or why the DSH is closed. */
import { useId } from 'react';
import type { SessionChoice } from '../data/session-choices';
import { sessionName } from '../data/session-choices';

interface SessionChoiceListProps {
  choices: readonly SessionChoice[];
  chosen: string;
  onChoose: (sessionId: string) => void;
}

function seatsText({ session, taken }: SessionChoice): string {
  if (session.blackout !== undefined) return `closed: ${session.blackout}`;
  const free = Math.max(0, session.seats - taken);
  return free === 0
    ? `full (${session.seats} of ${session.seats} seats taken)`
    : `${free} of ${session.seats} seats free`;
}

/** Radios of the day's sessions (a full or closed one can still be chosen: the form says why it cannot be booked). */
export function SessionChoiceList({ choices, chosen, onChoose }: SessionChoiceListProps) {
  const name = useId();
  if (choices.length === 0) return <p className="muted">No session is held on this day.</p>;
  return (
    <fieldset className="session-choices">
      <legend>Session</legend>
      <ul className="choice-rows">
        {choices.map((choice) => {
          const id = `${name}-${choice.session.sessionId}`;
          return (
            <li key={choice.session.sessionId}>
              <input
                type="radio"
                id={id}
                name={name}
                value={choice.session.sessionId}
                checked={chosen === choice.session.sessionId}
                onChange={() => onChoose(choice.session.sessionId)}
              />
              <label htmlFor={id}>
                {sessionName(choice.session)} <span className="muted">— {seatsText(choice)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
