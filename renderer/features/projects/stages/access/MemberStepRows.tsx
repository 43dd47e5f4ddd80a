/** The members of a step for several at once: a tick box each, and for a course each one's certificate reference. */
import type { UseFormRegister } from 'react-hook-form';
import { roleLabel } from '../../../../../shared/documents/labels';
import type { StepCandidate } from './member-step-choices';
import type { StepValues } from './MemberStepDialog';

/** One member's own values in the dialog. */
export interface RowValues {
  ticked: boolean;
  evidenceReference: string;
}

/** The rows, one per member of the project. */
export function MemberStepRows({
  candidates,
  register,
  evidence,
  dsa,
}: {
  candidates: readonly StepCandidate[];
  register: UseFormRegister<StepValues>;
  /** Ask each member's certificate or evidence reference (a course). */
  evidence: boolean;
  /** The reference is required (NHS DSA). */
  dsa: boolean;
}) {
  return (
    <fieldset className="member-step-rows">
      <legend>Members</legend>
      <ul>
        {candidates.map(({ member, unavailable }) => {
          const id = member.membership.id;
          return (
            <li key={id} className="member-step-row">
              {unavailable ? (
                <span className="member-step-name">
                  {member.name} <span className="muted">— {unavailable}</span>
                </span>
              ) : (
                <label className="member-step-name">
                  <input type="checkbox" {...register(`rows.${id}.ticked`)} /> {member.name}
                </label>
              )}
              <span className="member-role">{roleLabel(member.membership.role)}</span>
              {evidence && !unavailable && (
                <label className="member-step-evidence">
                  <span>
                    Certificate reference{dsa ? ' (required)' : ''}
                    <span className="visually-hidden"> for {member.name}</span>
                  </span>
                  <input type="text" {...register(`rows.${id}.evidenceReference`)} />
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
