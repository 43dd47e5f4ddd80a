/**
 * Set up DSH Desk: what a new installation needs before its first project can be onboarded, each step with
 * whether it is done and a link to where it is done; the usual three connection types and a normal week of
 * sessions can be added in one step each. Nothing here is required to look around (the demo data is offered
 * too); the dashboard reminds until every step is done.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { STARTER_CONNECTION_TYPES, STARTER_SEATS } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { PageHeader } from '../../components/PageHeader';
import { OutcomeLine, type Outcome } from '../../components/form/OutcomeLine';
import { addStarterConnectionTypes, addStarterWeek, setupProgress } from '../../db/repositories/first-run';
import { priceText } from '../../components/catalogue-labels';
import { settingsSectionPath } from '../../app/go-to-section';
import { SETUP_STEP_WORDS } from './setup-steps';
import './setup.css';
import { faultMessage } from '../../db/errors';

/** The first-run setup page. */
export function SetupPage() {
  const { db } = useApp();
  const ctx = useWriteContext();
  const progress = useLiveQuery(() => setupProgress(db), [db]);
  const total = progress?.steps.length ?? 5;
  return (
    <div className="setup-page">
      <PageHeader
        title="Set up DSH Desk"
        description={
          progress
            ? `${progress.done} of ${total} steps done. What a new installation needs before its first project is onboarded.`
            : 'What a new installation needs before its first project is onboarded.'
        }
      />
      <ol className="setup-steps">
        {progress?.steps.map((step) => {
          const words = SETUP_STEP_WORDS[step.id];
          return (
            <li key={step.id} className="panel setup-step" aria-labelledby={`setup-${step.id}`}>
              <h2 id={`setup-${step.id}`}>
                {words.title}{' '}
                <span className={step.done ? 'chip chip-done' : 'chip chip-neutral'}>
                  {step.done ? 'Done' : 'Not yet'}
                </span>
              </h2>
              <p>{words.why}</p>
              {step.id === 'connections' && (
                <StarterAction
                  label="Add the usual three connection types"
                  add={() => addStarterConnectionTypes(ctx)}
                  said={(n) =>
                    n === 0
                      ? 'The costing page already has the usual three connection types.'
                      : `Added ${n} connection type${n === 1 ? '' : 's'} to the costing page.`
                  }
                >
                  <p>Most DSHs start from these three; each can be changed or withdrawn later:</p>
                  <ul>
                    {STARTER_CONNECTION_TYPES.map((connection) => (
                      <li key={connection.name}>
                        {connection.name}: {priceText(connection)}
                        {connection.needsBooking ? ', sessions booked' : ''}
                      </li>
                    ))}
                  </ul>
                </StarterAction>
              )}
              {step.id === 'sessions' && (
                <StarterAction
                  label="Add a normal week of sessions"
                  add={() => addStarterWeek(ctx)}
                  said={(n) =>
                    n === 0
                      ? 'Sessions are already set up: change them in the booking settings.'
                      : `Added ${n} weekly sessions.`
                  }
                >
                  <p>
                    A normal week: a morning (09:00–13:00) and an afternoon (13:00–17:00) session, Monday to
                    Friday, {STARTER_SEATS} seats each.
                  </p>
                </StarterAction>
              )}
              <p>
                <Link to={words.link.to}>{words.link.text}</Link>
              </p>
            </li>
          );
        })}
      </ol>
      <p>
        Only trying DSH Desk out? <Link to={settingsSectionPath('demo-heading')}>Load the demo data</Link>{' '}
        into an empty installation instead.
      </p>
    </div>
  );
}

/** A starter set added in one step, with what it will add and, once pressed, what it did (or why not). */
function StarterAction({
  label,
  add,
  said,
  children,
}: {
  label: string;
  add: () => Promise<unknown[]>;
  said: (added: number) => string;
  children: ReactNode;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  async function press() {
    setBusy(true);
    try {
      setOutcome({ text: said((await add()).length) });
    } catch (error) {
      setOutcome({ text: faultMessage(error), failed: true });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="setup-starter">
      {children}
      <button type="button" className="button secondary" disabled={busy} onClick={() => void press()}>
        {label}
      </button>
      <OutcomeLine outcome={outcome} />
    </div>
  );
}
