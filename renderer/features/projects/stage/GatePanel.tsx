/**
 * The gate: what is still needed before the project can move on (from shared/domain), and the moves —
 * Advance (only when allowed), Override, Move back, Withdraw and Decline, each of the last four with a reason.
 */
import { useState } from 'react';
import {
  nextStage,
  stageLabel,
  type GateItem,
  type GateResult,
  type GateTarget,
  type Project,
} from '../../../../shared/domain';
import { ReasonForm } from '../../../components/form/ReasonForm';
import { gateTargetId } from './gate-targets';
import { faultMessage } from '../../../db/errors';

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

/**
 * The gate panel of a project in progress: "N things to complete", each a link to where it is recorded
 * (`items`, in the order of `gate.reasons`; `onGoTo` focuses it), then the moves.
 */
export function GatePanel({
  project,
  gate,
  items = [],
  onGoTo,
  actions,
}: {
  project: Project;
  gate: GateResult;
  items?: readonly GateItem[];
  onGoTo?: (target: GateTarget) => void;
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
      setFailure(faultMessage(error));
    }
  }

  const summary = gate.allowed
    ? 'Everything needed is recorded'
    : `${gate.reasons.length} ${gate.reasons.length === 1 ? 'thing' : 'things'} to complete`;
  return (
    <>
      {/* In one column (a narrow window, or zoomed in) the panel is far down: this line stays in view. */}
      <div className="gate-summary-bar">
        <span>
          {next ? `Moving on to ${target}` : 'Closing the project'}: {summary}.
        </span>{' '}
        <a
          href="#gate-heading"
          onClick={(event) => {
            event.preventDefault();
            const heading = document.getElementById('gate-heading');
            heading?.focus();
            heading?.scrollIntoView({ block: 'start' });
          }}
        >
          Go to the gate
        </a>
      </div>
      <section className="panel gate-panel" aria-labelledby="gate-heading">
        <h2 id="gate-heading" tabIndex={-1}>
          {next ? `Moving on to ${target}` : 'Closing the project'}
        </h2>
        {gate.allowed ? (
          <p className="gate-met">Everything needed is recorded. The project can move on.</p>
        ) : (
          <>
            <p id="gate-reasons-intro" className="gate-count">
              {gate.reasons.length} {gate.reasons.length === 1 ? 'thing' : 'things'} to complete before the
              project can move on:
            </p>
            <ul id="gate-reasons" className="gate-reasons" aria-labelledby="gate-reasons-intro">
              {gate.reasons.map((reason) => {
                const target = items.find((item) => item.text === reason)?.target;
                return (
                  <li key={reason}>
                    {target && onGoTo ? (
                      <a
                        href={`#${gateTargetId(target, project.stage)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          onGoTo(target);
                        }}
                      >
                        {reason}
                      </a>
                    ) : (
                      reason
                    )}
                  </li>
                );
              })}
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
    </>
  );
}
