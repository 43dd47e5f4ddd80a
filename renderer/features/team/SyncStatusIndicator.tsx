/**
 * The sync state in the header: a link to Settings → Team with the state in words, and "n conflicts"
 * linking to the Conflicts page. Both sit in a polite live region, so a screen reader hears a change
 * (offline, back in sync) without losing its place. Nothing without a provider; an empty region in solo mode.
 */
import { Link } from 'react-router';
import { useOptionalTeamSync } from '../../sync/context';
import { conflictWords, syncStatusWords } from './sync-status-words';
import { TEAM_PATHS } from './team-paths';
import './team.css';

/** The header's sync state. */
export function SyncStatusIndicator() {
  const sync = useOptionalTeamSync();
  if (!sync) return null;
  const words = syncStatusWords(sync.status);
  const conflicts = sync.status.conflicts;
  return (
    <span className="sync-status" role="status" aria-live="polite">
      {words && (
        <Link to={TEAM_PATHS.settings} className={`sync-status-link sync-tone-${words.tone}`}>
          <span className="sync-dot" aria-hidden="true" />
          <span className="visually-hidden">Team sync: </span>
          {words.text}
        </Link>
      )}
      {words && conflicts > 0 && (
        <Link to={TEAM_PATHS.conflicts} className="sync-status-link sync-conflicts">
          {conflictWords(conflicts)}
        </Link>
      )}
    </span>
  );
}
