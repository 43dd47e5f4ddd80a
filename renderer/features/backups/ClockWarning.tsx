/**
 * Said when the backups folder holds backups dated in the future: the computer's clock was wrong when they
 * were made, or is wrong now. Says what DSH Desk sees, that nothing was deleted because of them, and what to do.
 */
import type { BackupList } from '../../../shared/contract/backup-payloads';
import { madeLabel } from './backup-words';

/** The clock warning, or nothing when no backup is dated in the future. */
export function ClockWarning({ list }: { list: BackupList }) {
  const future = list.backups.filter((backup) => list.clock.futureDated.includes(backup.fileName));
  if (future.length === 0) return null;
  const latest = future.reduce((a, b) => (a.createdAt > b.createdAt ? a : b));
  const some = future.length === 1 ? 'One backup is' : `${future.length} backups are`;
  return (
    <div role="alert" className="clock-warning">
      <p>
        <strong>This computer’s clock looks wrong, now or in the past.</strong> {some} dated later than the
        time now ({madeLabel(list.clock.now)}); the latest is dated {madeLabel(latest.createdAt)}.
      </p>
      <p>
        Nothing was deleted because of them: DSH Desk does not count a future-dated backup as the newest, so
        automatic backups go on, and it never removes an older backup because of one.
      </p>
      <p>
        Check the computer’s date, time and time zone. If they are right now, the future-dated backups were
        made while the clock was wrong: they can still be restored, and they stay in the backups folder until
        you remove them yourself.
      </p>
    </div>
  );
}
