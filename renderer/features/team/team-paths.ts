/** Where the team-sync screens live in the router (hash paths). */
export const TEAM_PATHS = {
  /** Settings → Team: sign in, the connection, leave. */
  settings: '/settings/team',
  /** The records both sides changed differently. */
  conflicts: '/conflicts',
} as const;
