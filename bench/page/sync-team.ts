/**
 * The team server as the bench page reaches it: through the bench's own origin (`/couch/`, which the driver
 * proxies to pouchdb-server or COUCHDB_URL), so the page needs no CORS and no credentials of its own.
 */
import { allocateNumber } from '../../shared/sync/number-counters';
import type { TeamTransport } from '../../renderer/db/sync/transport';
import { createCouchClient } from '../../shared/sync/couch-client';

/** Where the driver's proxy to the team server answers, on the bench page's origin. */
const SERVER_PATH = '/couch/';
/** One call to the server may take this long (a busy 2-core machine answers slowly). */
const CALL_TIMEOUT_MS = 120_000;

/** The server's root address, as the app's client takes it. */
function serverUrl(): string {
  return new URL(SERVER_PATH, location.href).href;
}

/** A CouchDB client of team database `db` (the app's own client, with the page's fetch). */
export function teamClient(db: string) {
  return createCouchClient({ url: serverUrl(), db, fetch: (url, init) => fetch(url, init) });
}

/** The transport the sync engine uses, over `teamClient` (as the desktop's main process would). */
export function teamTransport(db: string): TeamTransport {
  const client = teamClient(db);
  const bounded = () => ({ signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
  return {
    bulkDocs: (docs) => client.bulkDocs(docs, bounded()),
    changes: (query) => client.changes(query, bounded()),
    waitForChanges: (query, signal) => client.waitForChanges(query, signal ? { signal } : {}),
    getDoc: (id) => client.getDoc(id, { conflicts: true }, bounded()),
    allocate: (request) => allocateNumber(client, request, bounded()),
  };
}

/** Creates team database `db` on the server (a fresh name each run, so no earlier run's documents are in it). */
export async function createTeamDatabase(db: string): Promise<void> {
  const answer = await fetch(new URL(encodeURIComponent(db), serverUrl()), { method: 'PUT' });
  if (!answer.ok)
    throw new Error(`The team server refused to create ${db}: HTTP ${answer.status} ${await answer.text()}`);
}
