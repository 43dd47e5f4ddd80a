/**
 * The first sync of a new workstation: how many records have arrived, and a button to pause it (it resumes
 * from where it stopped, so pausing loses nothing). The count is a polite live region.
 */
import type { FirstSyncProgress } from '../../sync/types';
import { countOf } from '../../components/calendar-dates';

/** The progress of the first sync, with Pause / Resume. */
export function FirstSyncPanel({
  progress,
  setPaused,
}: {
  progress: FirstSyncProgress;
  setPaused: (paused: boolean) => void;
}) {
  return (
    <section className="panel first-sync" aria-labelledby="first-sync-heading">
      <h2 id="first-sync-heading">First sync</h2>
      <p>
        This workstation is receiving the team’s records. You can keep working meanwhile; pausing keeps what
        has arrived and resumes from there.
      </p>
      <p role="status" className="status-line first-sync-count">
        {progress.paused ? 'Paused. ' : ''}Received {countOf(progress.received, 'record')}
      </p>
      <button type="button" className="button secondary" onClick={() => setPaused(!progress.paused)}>
        {progress.paused ? 'Resume the first sync' : 'Pause the first sync'}
      </button>
    </section>
  );
}
