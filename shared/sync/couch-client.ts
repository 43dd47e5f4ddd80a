/**
 * A small client for one CouchDB database over its documented HTTP API: `_bulk_docs`, `_changes`, a document
 * with its conflicts, `_all_docs` and `_session`. Everything the server sends is checked with zod.
 */
import { z } from 'zod';
import { attachmentMethods } from './attachments';
import {
  type CouchConnection,
  type FetchLike,
  type HeaderSupplier,
  couchRequest,
  parseAnswer,
  parseServerUrl,
} from './http';

/** What the client needs: the server's address, the database, a fetch, and (optionally) who signs in. */
export interface CouchClientOptions {
  url: string;
  db: string;
  fetch: FetchLike;
  headers?: HeaderSupplier;
}

/** A per-call AbortSignal bounds the wait (e.g. `AbortSignal.timeout(10_000)`). */
export interface CallOptions {
  signal?: AbortSignal;
}

/** A document as CouchDB stores it; the fields beyond `_id` and `_rev` are checked by documents.ts. */
export type CouchDocument = { _id: string; _rev?: string; _deleted?: boolean } & Record<string, unknown>;

/** The outcome of writing one document in a `_bulk_docs` request. */
export type BulkResult =
  | { id: string; status: 'ok'; rev: string }
  | { id: string; status: 'conflict' | 'forbidden' | 'error'; error: string; reason: string };

/** One row of `_changes` (`style=all_docs`: every leaf revision; `doc` is unchecked until documents.ts). */
export interface Change {
  seq: string;
  id: string;
  revs: string[];
  deleted: boolean;
  doc: unknown;
}

/** What `GET /{db}` tells about the database. */
export interface DatabaseInfo {
  name: string;
  docCount: number;
}

/** Who the server says is signed in. */
export interface SessionUser {
  name: string | null;
  roles: string[];
}

/** How much longer than the server's longpoll `timeout` the client waits for its answer. */
export const WAIT_GRACE_MS = 5_000;

const seq = z.union([z.string(), z.number()]).transform(String);
const BulkAnswer = z.array(
  z.union([
    z.object({ ok: z.literal(true), id: z.string(), rev: z.string() }),
    z.object({ id: z.string().optional(), error: z.string(), reason: z.string().optional() }),
  ]),
);
const ChangesAnswer = z.object({
  results: z.array(
    z.object({
      seq,
      id: z.string(),
      changes: z.array(z.object({ rev: z.string() })),
      deleted: z.boolean().optional(),
      doc: z.unknown().optional(),
    }),
  ),
  last_seq: seq,
});
const DocAnswer = z.looseObject({
  _id: z.string(),
  _rev: z.string(),
  _conflicts: z.array(z.string()).optional(),
});
const AllDocsAnswer = z.object({
  rows: z.array(
    z.object({ id: z.string(), value: z.object({ rev: z.string() }).loose(), doc: z.unknown().optional() }),
  ),
});
const InfoAnswer = z.looseObject({ db_name: z.string(), doc_count: z.number() });
const SessionAnswer = z.looseObject({
  userCtx: z.looseObject({ name: z.string().nullable(), roles: z.array(z.string()) }).optional(),
  name: z.string().nullable().optional(),
  roles: z.array(z.string()).optional(),
});

/** One page of changes and the checkpoint after it. */
export interface ChangesPage {
  results: Change[];
  lastSeq: string;
}

/** How a wait for changes ended: whether anything changed, and the changes it brought (their documents too). */
export interface WaitedChanges extends ChangesPage {
  changed: boolean;
}

/**
 * The query of a page of changes: with each document (`conflicts`: listing the revisions in conflict with it,
 * written by a replica) and every leaf revision.
 */
function changesQuery(query: { since: string; limit: number }) {
  return { since: query.since, limit: query.limit, include_docs: true, style: 'all_docs', conflicts: true };
}

/** A `_changes` answer, checked, as a page. */
function pageOf(json: unknown, what: string): ChangesPage {
  const answer = parseAnswer(ChangesAnswer, json, what);
  const results: Change[] = answer.results.map((row) => ({
    seq: row.seq,
    id: row.id,
    revs: row.changes.map((change) => change.rev),
    deleted: row.deleted === true,
    doc: row.doc,
  }));
  return { results, lastSeq: answer.last_seq };
}

/** Makes a client for one database; throws `SyncError` at once when the address is not a web address. */
export function createCouchClient(options: CouchClientOptions) {
  const connection: CouchConnection = {
    url: parseServerUrl(options.url),
    fetch: options.fetch,
    ...(options.headers ? { headers: options.headers } : {}),
  };
  const db = `${encodeURIComponent(options.db)}/`;
  const signalOf = (call: CallOptions) => (call.signal ? { signal: call.signal } : {});

  return {
    // An evidence file's bytes: attachments.ts.
    ...attachmentMethods(connection, db),

    /** Writes documents in one request; each carries the `_rev` it was based on (none for a new one). */
    async bulkDocs(docs: CouchDocument[], call: CallOptions = {}): Promise<BulkResult[]> {
      const what = 'saving changes';
      const { json } = await couchRequest(connection, {
        method: 'POST',
        path: `${db}_bulk_docs`,
        body: { docs },
        what,
        ...signalOf(call),
      });
      return parseAnswer(BulkAnswer, json, what).map((row, index): BulkResult => {
        if ('ok' in row) return { id: row.id, status: 'ok', rev: row.rev };
        const id = row.id ?? docs[index]?._id ?? '';
        const status =
          row.error === 'conflict'
            ? 'conflict'
            : row.error === 'forbidden' || row.error === 'unauthorized'
              ? 'forbidden'
              : 'error';
        return { id, status, error: row.error, reason: row.reason ?? row.error };
      });
    },

    /** Changes after `since` (`'0'`: from the start), with their documents, at most `limit` of them. */
    async changes(query: { since: string; limit: number }, call: CallOptions = {}): Promise<ChangesPage> {
      const what = 'fetching changes';
      const { json } = await couchRequest(connection, {
        method: 'GET',
        path: `${db}_changes`,
        query: changesQuery(query),
        what,
        ...signalOf(call),
      });
      return pageOf(json, what);
    },

    /**
     * Waits until the server has a change after `since` (CouchDB's `feed=longpoll`), at most `waitMs` (the
     * server's own `timeout`) plus a few seconds for the answer to travel: some servers (pouchdb-server) hold
     * a longpoll open past its timeout, so the wait is also ended here. Answers whether anything changed, and
     * the changes with their documents (at most `limit`, 1 unless given), as `changes` answers them: the
     * caller can apply them without asking again. `call.signal` cancels it.
     */
    async waitForChanges(
      query: { since: string; waitMs: number; limit?: number },
      call: CallOptions = {},
    ): Promise<WaitedChanges> {
      const what = 'waiting for changes';
      const ownDeadline = AbortSignal.timeout(query.waitMs + WAIT_GRACE_MS);
      const signal = call.signal ? AbortSignal.any([call.signal, ownDeadline]) : ownDeadline;
      try {
        const { json } = await couchRequest(connection, {
          method: 'GET',
          path: `${db}_changes`,
          // No `heartbeat`: on CouchDB it overrides `timeout` and keeps the request open for ever.
          query: {
            feed: 'longpoll',
            timeout: query.waitMs,
            ...changesQuery({ since: query.since, limit: query.limit ?? 1 }),
          },
          what,
          signal,
        });
        const page = pageOf(json, what);
        return { changed: page.results.length > 0, ...page };
      } catch (error) {
        // Our own deadline (not the caller's): the server simply had nothing to say.
        if (ownDeadline.aborted && !call.signal?.aborted)
          return { changed: false, results: [], lastSeq: query.since };
        throw error;
      }
    },

    /**
     * One document (with the revisions it is in conflict with), or null when there is none. With `rev`, that
     * revision of it (null when the server no longer has it, e.g. after compaction).
     */
    async getDoc(id: string, query: { conflicts?: boolean; rev?: string } = {}, call: CallOptions = {}) {
      const what = 'reading a record';
      const { status, json } = await couchRequest(connection, {
        method: 'GET',
        path: `${db}${encodeURIComponent(id)}`,
        query: {
          ...(query.conflicts ? { conflicts: true } : {}),
          ...(query.rev === undefined ? {} : { rev: query.rev }),
        },
        what,
        expect: [404],
        ...signalOf(call),
      });
      return status === 404 ? null : parseAnswer(DocAnswer, json, what);
    },

    /** Every document's id and current revision (with the documents when `includeDocs`), in id order. */
    async allDocs(
      query: { includeDocs?: boolean; startKey?: string; limit?: number } = {},
      call: CallOptions = {},
    ) {
      const what = 'listing records';
      const { json } = await couchRequest(connection, {
        method: 'GET',
        path: `${db}_all_docs`,
        query: {
          include_docs: query.includeDocs === true,
          ...(query.startKey === undefined ? {} : { startkey: JSON.stringify(query.startKey) }),
          ...(query.limit === undefined ? {} : { limit: query.limit }),
        },
        what,
        ...signalOf(call),
      });
      return parseAnswer(AllDocsAnswer, json, what).rows.map((row) => ({
        id: row.id,
        rev: row.value.rev,
        doc: row.doc,
      }));
    },

    /** The database's name and document count; a `not-found` SyncError when it does not exist. */
    async info(call: CallOptions = {}): Promise<DatabaseInfo> {
      const what = 'opening the team database';
      const { json } = await couchRequest(connection, {
        method: 'GET',
        path: encodeURIComponent(options.db),
        what,
        ...signalOf(call),
      });
      const answer = parseAnswer(InfoAnswer, json, what);
      return { name: answer.db_name, docCount: answer.doc_count };
    },

    /** Checks a user name and password with `POST _session` ("Test the connection"); answers who and roles. */
    async session(name: string, password: string, call: CallOptions = {}): Promise<SessionUser> {
      const what = 'signing in';
      const { json } = await couchRequest(
        { ...connection, headers: undefined },
        { method: 'POST', path: '_session', body: { name, password }, what, ...signalOf(call) },
      );
      const answer = parseAnswer(SessionAnswer, json, what);
      return {
        name: answer.userCtx?.name ?? answer.name ?? name,
        roles: answer.userCtx?.roles ?? answer.roles ?? [],
      };
    },
  };
}

/** A client for one database. */
export type CouchClient = ReturnType<typeof createCouchClient>;
