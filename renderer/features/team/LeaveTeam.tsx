/**
 * "Leave the team", asked once more: the workstation forgets the server and the password, and every record
 * stays here. Changes not yet on the server are counted, since the team will not see them; projects still
 * numbered provisionally are counted, since they get this workstation's own references on leaving.
 */
import { useState } from 'react';
import { countOf } from '../../components/calendar-dates';
import { faultMessage } from '../../db/errors';

/** The button, then its confirmation. */
export function LeaveTeam({
  pending,
  provisional,
  leave,
}: {
  pending: number;
  /** Projects holding a provisional reference. */
  provisional: number;
  leave: () => Promise<void>;
}) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'leaving'>('idle');
  const [failure, setFailure] = useState<string | null>(null);

  async function confirm() {
    setStep('leaving');
    setFailure(null);
    try {
      await leave();
      setStep('idle');
    } catch (error) {
      setFailure(`Still in the team: ${faultMessage(error)}`);
      setStep('confirm');
    }
  }

  if (step === 'idle') {
    return (
      <button type="button" className="button secondary" onClick={() => setStep('confirm')}>
        Leave the team…
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby="leave-team-question">
      <p id="leave-team-question">
        <strong>Leave the team?</strong> This workstation stops syncing and forgets the server and your
        password. Local records stay on this workstation: nothing here is deleted.
      </p>
      {pending > 0 && (
        <p>
          {countOf(pending, 'change')} made here {pending === 1 ? 'has' : 'have'} not reached the server yet:
          {pending === 1 ? ' it stays' : ' they stay'} here, but the team will not see{' '}
          {pending === 1 ? 'it' : 'them'}.
        </p>
      )}
      {provisional > 0 && (
        <p>
          {countOf(provisional, 'project')} {provisional === 1 ? 'has' : 'have'} a provisional reference (such
          as DSH-2026-P-7F3K9Z) that the team server has not confirmed. On leaving,{' '}
          {provisional === 1 ? 'it gets' : 'each gets'} the next reference of this workstation (such as
          DSH-2026-015), as in solo mode; the project’s history records the change.
        </p>
      )}
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button danger"
          disabled={step === 'leaving'}
          onClick={() => void confirm()}
        >
          Leave the team
        </button>
        {/* Focus lands on the safe choice: Enter or Space right after opening does not leave. */}
        <button type="button" className="button secondary" autoFocus onClick={() => setStep('idle')}>
          Stay in the team
        </button>
      </div>
    </div>
  );
}
