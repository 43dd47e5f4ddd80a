/**
 * The dashboard's reminder that the installation is not fully set up, with the way to the setup page. Gone
 * once every step is done.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useApp } from '../../app/app-context';
import { setupProgress } from '../../db/repositories/first-run';
import { SETUP_PATH, SETUP_STEP_WORDS } from './setup-steps';
import './setup.css';

/** "Finish setting up DSH Desk", while a step is not done. */
export function SetupReminder() {
  const { db } = useApp();
  const progress = useLiveQuery(() => setupProgress(db), [db]);
  if (!progress || progress.done === progress.steps.length) return null;
  const next = progress.steps.find((step) => !step.done);
  return (
    <section className="panel setup-reminder" aria-labelledby="setup-reminder-heading">
      <h2 id="setup-reminder-heading">
        {progress.untouched ? 'Welcome to DSH Desk' : 'DSH Desk is not fully set up'}
      </h2>
      <p>
        {progress.done} of {progress.steps.length} setup steps done
        {next ? `; next: ${SETUP_STEP_WORDS[next.id].title.toLocaleLowerCase('en-GB')}.` : '.'}
      </p>
      <Link to={SETUP_PATH} className="button">
        {progress.untouched ? 'Set up DSH Desk' : 'Finish setting up'}
      </Link>
    </section>
  );
}
