/**
 * The desktop's connection to the team server (SYNC.md), held in the main process: signing in (checked with
 * the server before anything is kept), leaving, and the calls sync makes — push documents, fetch changes,
 * read a document with its conflicting revisions, take the next team-wide number, and wait for the server's
 * next change (held open, bounded, and stopped when the officer leaves the team or the window closes). The password stays here (team-settings.ts); each
 * call makes a client with basic authentication and a bounded wait. Every answer is `{ ok: true, value }` or
 * a failure with its kind, so the renderer can tell "offline" from "wrong password".
 * No electron import: `fetch` is Electron's net.fetch in the app and Node's fetch in tests.
 */
import type {
  TeamAllocateRequest,
  TeamAllocateResult,
  TeamChangesRequest,
  TeamChangesResult,
  TeamConnection,
  TeamConnectionResult,
  TeamGetDocRequest,
  TeamGetDocResult,
  TeamPushRequest,
  TeamPushResult,
  TeamSignIn,
  TeamWaitRequest,
  TeamWaitResult,
} from '../../shared/contract/team-payloads';
import { type CouchClient, type CouchDocument, createCouchClient } from '../../shared/sync/couch-client';
import { SyncError } from '../../shared/sync/errors';
import { allocateNumber } from '../../shared/sync/number-counters';
import { withKeptAttachments } from '../../shared/sync/attachments';
import { type FetchLike, basicAuth, parseServerUrl } from '../../shared/sync/http';
import type { KeyProtection } from './installation-key';
import { NOT_SIGNED_IN, reworded, teamFailureOf } from './team-failure';
import { type TeamSettings, createTeamSettingsStore, passwordKeptWords } from './team-settings';

/** How long each kind of call may wait for the server. */
export interface TeamTimeouts {
  signInMs: number;
  dataMs: number;
}

/** Ten seconds to sign in (an officer is waiting); thirty for a batch of documents. */
export const DEFAULT_TEAM_TIMEOUTS: TeamTimeouts = { signInMs: 10_000, dataMs: 30_000 };

/** What the connection needs from the outside world. */
export interface TeamConnectionDeps {
  /** `team.json` in the data folder. */
  file: string;
  protection: KeyProtection;
  fetch: FetchLike;
  now?: () => Date;
  timeouts?: TeamTimeouts;
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
}

/** Makes the connection; nothing is read from disk until the first call. */
export function createTeamConnection(deps: TeamConnectionDeps) {
  const store = createTeamSettingsStore({
    file: deps.file,
    protection: deps.protection,
    ...(deps.writeFile ? { writeFile: deps.writeFile } : {}),
  });
  const timeouts = deps.timeouts ?? DEFAULT_TEAM_TIMEOUTS;
  const now = deps.now ?? (() => new Date());
  const clientFor = (settings: Pick<TeamSettings, 'url' | 'database' | 'username' | 'password'>) =>
    createCouchClient({
      url: settings.url,
      db: settings.database,
      fetch: deps.fetch,
      headers: basicAuth(settings.username, settings.password),
    });

  // Every call under way can be stopped at once (leaving the team, the window closing): each runs under a
  // signal of this controller, renewed after each stop so later calls run again.
  let stopping = new AbortController();
  const stopCalls = (why: string) => {
    stopping.abort(new DOMException(why, 'AbortError'));
    stopping = new AbortController();
  };

  /**
   * Runs `work` with a client of the kept server, answering its value or the failure. The call is bounded by
   * `boundMs` (the data timeout unless given) or, when it is null, not at all (a wait for changes bounds itself).
   */
  async function withServer<T>(
    what: string,
    work: (client: CouchClient, signal: AbortSignal) => Promise<T>,
    boundMs: number | null = timeouts.dataMs,
  ): Promise<{ ok: true; value: T } | typeof NOT_SIGNED_IN> {
    const settings = await store.read();
    if (!settings) return NOT_SIGNED_IN;
    const signal =
      boundMs === null ? stopping.signal : AbortSignal.any([stopping.signal, AbortSignal.timeout(boundMs)]);
    try {
      return { ok: true, value: await work(clientFor(settings), signal) };
    } catch (error) {
      return teamFailureOf(error, what);
    }
  }

  return {
    /** The server this workstation is signed in to, if any; never the password. */
    async connection(): Promise<TeamConnectionResult> {
      return { ok: true, value: connectionOf(await store.read()) };
    },

    /** Checks the name and password, then that this account can open the database; only then keeps them. */
    async signIn(input: TeamSignIn): Promise<TeamConnectionResult> {
      let roles: string[];
      let url: string;
      try {
        url = parseServerUrl(input.url).toString();
        const client = clientFor({ ...input, url });
        roles = await checkAccount(client, input, timeouts.signInMs);
      } catch (error) {
        return teamFailureOf(error, 'signing in');
      }
      const kept = await store.save({
        url,
        database: input.database,
        username: input.username,
        roles,
        since: now().toISOString(),
        password: input.password,
      });
      return { ok: true, value: connectionOf(kept) };
    },

    /** Forgets the server and the password; the records on this workstation stay. */
    async leave(): Promise<{ ok: true }> {
      stopCalls('Left the team.');
      await store.forget();
      return { ok: true };
    },

    /** Stops every call under way (they answer `cancelled`), e.g. when the window they were for has closed. */
    stopCalls: () => stopCalls('The window closed.'),

    /**
     * Saves documents on the server in one request; a 409 comes back per document as `conflict`. An evidence
     * row sent again keeps the file its document carries (attachments.ts).
     */
    push: (request: TeamPushRequest): Promise<TeamPushResult> =>
      withServer('saving changes', async (client, signal) =>
        client.bulkDocs(await withKeptAttachments(client, request.docs as CouchDocument[], { signal }), {
          signal,
        }),
      ),

    /** One page of changes after `since`, with their documents. */
    changes: (request: TeamChangesRequest): Promise<TeamChangesResult> =>
      withServer('fetching changes', async (client, signal) =>
        withinLimit(await client.changes(request, { signal }), request.limit),
      ),

    /** A document with its `_conflicts`, and each revision asked for that the server still has. */
    getDoc: (request: TeamGetDocRequest): Promise<TeamGetDocResult> =>
      withServer('reading a record', async (client, signal) => {
        const doc = await client.getDoc(request.id, { conflicts: true }, { signal });
        const revisions: CouchDocument[] = [];
        for (const rev of new Set(request.revs ?? [])) {
          const revision = await client.getDoc(request.id, { rev }, { signal });
          if (revision) revisions.push(withoutAttachments(revision));
        }
        return { doc: doc && withoutAttachments(doc), revisions };
      }),

    /**
     * Waits until the server has a change after `since`, at most `waitMs` (and a few seconds for the answer);
     * any number of other calls run meanwhile. `changed: false` when the wait ended with nothing new; else the
     * changes (at most `limit`) with their documents.
     */
    waitForChanges: (request: TeamWaitRequest): Promise<TeamWaitResult> =>
      withServer(
        'waiting for changes',
        async (client, signal) =>
          withinLimit(await client.waitForChanges(request, { signal }), request.limit ?? 1),
        null,
      ),

    /**
     * Runs other work with the kept server (an evidence file's transfer, team-evidence.ts), stopped with the
     * rest and answered the same way; `boundMs` bounds it (the data timeout unless given).
     */
    withServer,

    /** The next number of a series and year from the server's counter (compare-and-set, bounded retries). */
    allocate: (request: TeamAllocateRequest): Promise<TeamAllocateResult> =>
      withServer('taking the next number', async (client, signal) => ({
        number: await allocateNumber(client, request, { signal }),
      })),
  };
}

/** The connection of one workstation. */
export type TeamConnectionService = ReturnType<typeof createTeamConnection>;

/**
 * `POST _session` with the name and password, then `GET /{db}` as that account: a wrong password, a missing
 * database and an account that may not use it each get their own message. Answers the account's roles.
 */
async function checkAccount(client: CouchClient, input: TeamSignIn, waitMs: number): Promise<string[]> {
  let roles: string[];
  try {
    ({ roles } = await client.session(input.username, input.password, {
      signal: AbortSignal.timeout(waitMs),
    }));
  } catch (error) {
    if (error instanceof SyncError && error.kind === 'not-found')
      throw reworded(
        error,
        'No team server answers at this address (it has no sign-in). Check the address: it should look like https://couch.example.org:6984.',
      );
    throw error;
  }
  try {
    await client.info({ signal: AbortSignal.timeout(waitMs) });
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
    if (error.kind === 'not-found')
      throw reworded(
        error,
        `The team server has no database named “${input.database}”. Check the database name with whoever set up the server.`,
      );
    // Signed in a moment ago, so a refusal here is about this database, not the password.
    if (error.kind === 'unauthorized' || error.kind === 'forbidden')
      throw reworded(
        error,
        `The account “${input.username}” signed in, but may not use the database “${input.database}”. Ask whoever runs the team server to give it the dsh-staff role.`,
        'forbidden',
      );
    throw error;
  }
  return roles;
}

/** What the renderer may know of the settings: everything but the password. */
function connectionOf(settings: TeamSettings | null): TeamConnection {
  if (!settings) return { configured: false };
  const { url, database, username, roles, since } = settings;
  return {
    configured: true,
    url,
    database,
    username,
    roles,
    since,
    passwordKept: passwordKeptWords(settings),
  };
}

/** `page` when it holds no more changes than asked for; a server that sends more is not the one meant. */
function withinLimit<T extends { results: unknown[] }>(page: T, limit: number): T {
  if (page.results.length > limit)
    throw new SyncError(
      'bad-response',
      'The team server sent more changes than asked for. Check the server address.',
    );
  return page;
}

/** Attachments are never part of a DSH record, and the bridge refuses them: a document's stubs are dropped. */
function withoutAttachments(doc: CouchDocument): CouchDocument {
  const { _attachments: _dropped, ...rest } = doc;
  return rest as CouchDocument;
}
