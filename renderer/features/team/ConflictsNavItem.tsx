/** The sidebar's "Conflicts" entry: shown in team mode, or while conflicts remain (after leaving the team). */
import { NavLink } from 'react-router';
import { useOptionalTeamSync } from '../../sync/context';
import { TEAM_PATHS } from './team-paths';

/** A list item of the sections sidebar, or nothing. */
export function ConflictsNavItem() {
  const sync = useOptionalTeamSync();
  if (!sync) return null;
  const count = sync.status.conflicts;
  if (!sync.connection.configured && count === 0) return null;
  return (
    <li>
      <NavLink to={TEAM_PATHS.conflicts} className="nav-link">
        Conflicts
        {count > 0 && <span className="nav-count"> ({count.toLocaleString('en-GB')})</span>}
      </NavLink>
    </li>
  );
}
