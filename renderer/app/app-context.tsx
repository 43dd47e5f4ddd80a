/** What every screen may need from the start-up: the database, the host and what start-up learned. */
import { createContext, useContext } from 'react';
import type { DshDatabase } from '../db/database';
import type { PersistenceState } from '../db/persistent-storage';
import type { Host } from '../host';

/** The services the shell hands to every feature. */
export interface AppServices {
  db: DshDatabase;
  host: Host;
  persistence: PersistenceState;
  /** The computer's user name (from the host), recorded in every audit event. */
  osUserName: string;
}

export const AppContext = createContext<AppServices | null>(null);

/** The app's services; only valid inside <AppContext.Provider>. */
export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp() was called outside the app shell.');
  return services;
}
