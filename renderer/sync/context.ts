/** The team sync state and actions, provided once at the app's root (TeamSyncProvider) and read anywhere. */
import { createContext, useContext } from 'react';
import type { TeamSync } from './types';

/** The context; null outside a provider. */
export const TeamSyncContext = createContext<TeamSync | null>(null);

/** Team sync as the UI reads it; throws when no provider is above (a wiring mistake, not a user error). */
export function useTeamSync(): TeamSync {
  const value = useContext(TeamSyncContext);
  if (!value) throw new Error('useTeamSync() needs a TeamSyncProvider above it.');
  return value;
}

/** Team sync when a provider is above, else null (the header shows nothing team-related then). */
export function useOptionalTeamSync(): TeamSync | null {
  return useContext(TeamSyncContext);
}
