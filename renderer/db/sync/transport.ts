/**
 * What the sync engine needs from the team server: save documents, read changes, wait for the next change,
 * read one document, take a team-wide number. The desktop answers through the bridge (the main process holds the connection); tests
 * pass a CouchDB client.
 * Every method throws a `SyncError` (shared/sync/errors.ts) with a plain message when it fails.
 */
import type { BulkResult, Change, CouchDocument, WaitedChanges } from '../../../shared/sync/couch-client';
import type { AllocateRequest } from '../../../shared/sync/number-counters';
import type {
  TeamFetchEvidenceOutcome,
  TeamFetchEvidenceRequest,
  TeamUploadEvidenceOutcome,
  TeamUploadEvidenceRequest,
} from '../../../shared/contract/team-evidence-payloads';

/** The team server, as the engine talks to it. */
export interface TeamTransport {
  bulkDocs(docs: CouchDocument[]): Promise<BulkResult[]>;
  changes(query: { since: string; limit: number }): Promise<{ results: Change[]; lastSeq: string }>;
  /**
   * Waits (at most `waitMs`, and a few seconds for the answer) until the server has a change after `since`;
   * answers the changes with their documents (at most `limit`), as `changes` does.
   * `signal` stops it where the transport reaches the server itself; the desktop's main process stops its
   * waits on its own when the officer leaves the team or the window closes.
   */
  waitForChanges(
    query: { since: string; waitMs: number; limit: number },
    signal?: AbortSignal,
  ): Promise<WaitedChanges>;
  /** The document as the server holds it now, or null. */
  getDoc(id: string): Promise<CouchDocument | null>;
  /** The next team-wide number of a series and year (never given to another workstation). */
  allocate(request: AllocateRequest): Promise<number>;
  /**
   * Sends an evidence file's bytes to its document (the desktop's main process reads them from its evidence
   * folder). With `fetchEvidence`, absent from a transport that moves records only: then no file travels.
   */
  uploadEvidence?(request: TeamUploadEvidenceRequest): Promise<TeamUploadEvidenceOutcome>;
  /** Fetches an evidence file's bytes into this computer's evidence folder, checked against its SHA-256. */
  fetchEvidence?(request: TeamFetchEvidenceRequest): Promise<TeamFetchEvidenceOutcome>;
}
