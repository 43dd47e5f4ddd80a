/**
 * The gate: what is still needed before the project can move on (from shared/domain), and the moves —
 * Advance (only when allowed), Override, Move back, Withdraw and Decline, each of the last four with a reason.
 */
import { useState } from 'react';
import { nextStage, stageLabel, type GateResult, type Project } from '../../../../shared/domain';
import { ReasonForm } from '../../../components/form/ReasonForm';

/** What the officer can do from the gate panel; each returns once the move is saved (or throws why not). */
export interface GateActions {
  advance: () => Promise<void>;
  override: (reason: string) => Promise<void>;
  moveBack: (reason: string) => Promise<void>;
  withdraw: (reason: string) => Promise<void>;
  decline: (reason: string) => Promise<void>;
}

type Pending = 'override' | 'moveBack' | 'withdraw' | 'decline' | null;

const FORMS: Record<
  Exclude<Pending, null>,
  { title: string; confirm: string; explanation: string; danger?: boolean }
> = {
  override: {
    title: 'Override the gate',
    confirm: 'Override and move on',
    explanation:
      'The project moves on although the requirements above are not met. Your reason is kept on the timeline and in the audit log.',
  },
  moveBack: {
    title: 'Move back one stage',
    confirm: 'Move back',
    explanation: 'Say why the project goes back.',
  },
  withdraw: {
    title: 'Withdraw the project',
    confirm: 'Withdraw',
    danger: true,
    explanation: 'A withdrawn project cannot move again.',
  },
  decline: {
    title: 'Decline the enquiry',
    confirm: 'Decline',
    danger: true,
    explanation: 'A declined enquiry ends here; the reason is kept.',
  },
};

/** The gate panel of a project in progress. */
export function GatePanel({
  project,
  gate,
  actions,
}: {
  project: Project;
  gate: GateResult;
  actions: GateActions;
}) {
  const [pending, setPending] = useState<Pending>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (project.status !== 'open') return null;
  const next = nextStage(project.stage);
  const target = next ? stageLabel(next) : 'Closed';

  async function run(action: () => Promise<void>) {
    setFailure(null);
    try {
      await action();
      setPending(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section className="panel gate-panel" aria-labelledby="gate-heading">
      <h2 id="gate-heading">{next ? `Moving on to ${target}` : 'Closing the project'}</h2>
      {gate.allowed ? (
        <p className="gate-met">Everything needed is recorded. The project can move on.</p>
      ) : (
        <>
          <p id="gate-reasons-intro">Still needed before the project can move on:</p>
          <ul id="gate-reasons" className="gate-reasons" aria-labelledby="gate-reasons-intro">
            {gate.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="gate-actions">
        <button
          type="button"
          className="button"
          disabled={!gate.allowed}
          aria-describedby={gate.allowed ? undefined : 'gate-reasons-intro gate-reasons'}
          onClick={() => run(actions.advance)}
        >
          {next ? `Advance to ${target}` : 'Close the project'}
        </button>
        {!gate.allowed && project.stage !== 'closure' && (
          <button type="button" className="button secondary" onClick={() => setPending('override')}>
            Override…
          </button>
        )}
        {project.stage !== 'enquiry' && (
          <button type="button" className="button secondary" onClick={() => setPending('moveBack')}>
            Move back…
          </button>
        )}
        {project.stage === 'enquiry' && project.suitability?.outcome !== 'suitable' && (
          <button type="button" className="button secondary" onClick={() => setPending('decline')}>
            Decline…
          </button>
        )}
        <button type="button" className="button secondary" onClick={() => setPending('withdraw')}>
          Withdraw…
        </button>
      </div>
      {pending && (
        <ReasonForm
          key={pending}
          title={FORMS[pending].title}
          explanation={FORMS[pending].explanation}
          confirmLabel={FORMS[pending].confirm}
          danger={FORMS[pending].danger}
          onCancel={() => setPending(null)}
          onConfirm={async (reason) => {
            await actions[pending](reason);
            setPending(null);
          }}
        />
      )}
    </section>
  );
}
