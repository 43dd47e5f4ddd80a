/** Asks the browser engine to keep our storage under pressure instead of evicting it. */

/** What happened when persistent storage was requested. */
export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

/** Requests persistent storage once at start and reports the outcome (shown in Settings → About). */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = navigator.storage,
): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported';
  if (await storage.persisted()) return 'persisted';
  return (await storage.persist()) ? 'persisted' : 'refused';
}
