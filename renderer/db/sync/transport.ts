/**
 * What the sync engine needs from the team server: save documents, read changes, read one document. The
 * desktop answers through the bridge (the main process holds the connection); tests pass a CouchDB client.
 * Every method throws a `SyncError` (shared/sync/errors.ts) with a plain message when it fails.
 */
import type { BulkResult, Change, CouchDocument } from '../../../shared/sync/couch-client';

/** The team server, as the engine talks to it. */
export interface TeamTransport {
  bulkDocs(docs: CouchDocument[]): Promise<BulkResult[]>;
  changes(query: { since: string; limit: number }): Promise<{ results: Change[]; lastSeq: string }>;
  /** The document as the server holds it now, or null. */
  getDoc(id: string): Promise<CouchDocument | null>;
}
