/**
 * Waiting for the team server's next change, in the desktop's main process (through the real handlers and
 * the IPC guard), against pouchdb-server on 127.0.0.1 (or COUCHDB_URL): the wait answers as soon as another
 * workstation saves something, other calls go on meanwhile, a quiet wait ends by itself, and leaving the team
 * or closing the window stops a wait under way.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordToDocument } from '../../../shared/sync/documents';
import type { HandlerDeps } from '../../../electron/ipc/handlers';
import { useTestCouch } from '../../helpers/use-test-couch';
import { OFFICER, newTeamDatabase, numberedPerson } from '../../helpers/sync-fixtures';
import { workstationHandlers } from '../../helpers/workstation-handlers';

const couch = useTestCouch();
let db: string;
const folders: string[] = [];

beforeAll(async () => {
  db = await newTeamDatabase(couch);
}, 60_000);
afterAll(async () => {
  for (const folder of folders) await fs.rm(folder, { recursive: true, force: true });
});

/** A workstation signed in to the team; `closeWindow` plays the window closing. */
async function workstation(overrides: Partial<HandlerDeps> = {}) {
  const dataFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-team-wait-'));
  folders.push(dataFolder);
  const closed: (() => void)[] = [];
  const call = await workstationHandlers(dataFolder, {
    whenWindowCloses: (listener) => closed.push(listener),
    ...overrides,
  });
  const signedIn = await call('teamSignIn', {
    url: couch.url,
    database: db,
    username: OFFICER.name,
    password: OFFICER.password,
  });
  if (!signedIn.ok) throw new Error(signedIn.message);
  return { call, closeWindow: () => closed.forEach((listener) => listener()) };
}

/** The checkpoint after everything the server has now. */
async function latest(call: Awaited<ReturnType<typeof workstation>>['call']): Promise<string> {
  const page = await call('teamChanges', { since: '0', limit: 500 });
  if (!page.ok) throw new Error(page.message);
  return page.value.lastSeq;
}

it('answers “changed” as soon as another workstation saves, while other calls go on meanwhile', async () => {
  const a = await workstation();
  const b = await workstation();
  const since = await latest(b.call);
  const waiting = b.call('teamWaitForChanges', { since, waitMs: 20_000, limit: 10 });
  let waitEnded = false;
  void waiting.then(() => (waitEnded = true));

  // While B's wait is held open, B's own calls are answered (nothing queues behind the wait).
  const meanwhile = await b.call('teamChanges', { since, limit: 10 });
  expect(meanwhile).toMatchObject({ ok: true, value: { results: [] } });
  expect(waitEnded).toBe(false);

  const person = numberedPerson(41);
  const pushed = await a.call('teamPush', { docs: [recordToDocument('person', person)] });
  expect(pushed).toMatchObject({ ok: true, value: [{ status: 'ok' }] });
  // "changed": the wait ended on the change (one that ran its 20 s out would say "not changed"), and it
  // brings the document, so B applies it without asking again.
  expect(await waiting).toMatchObject({
    ok: true,
    value: { changed: true, results: [{ id: `person:${person.id}`, doc: { name: person.name } }] },
  });
}, 30_000);

it('a wait with nothing new ends by itself, “not changed”, within the time asked for and a few seconds', async () => {
  const b = await workstation();
  const since = await latest(b.call);
  // Settles on its own, within the test's time limit, however the server keeps the line open.
  const quiet = await b.call('teamWaitForChanges', { since, waitMs: 500 });
  expect(quiet).toEqual({ ok: true, value: { changed: false, results: [], lastSeq: expect.any(String) } });
}, 30_000);

it.each([
  [
    'leaving the team',
    async (side: Awaited<ReturnType<typeof workstation>>) => void (await side.call('teamLeave')),
  ],
  ['the window closing', async (side: Awaited<ReturnType<typeof workstation>>) => side.closeWindow()],
])(
  '%s stops a wait under way at once',
  async (_label, end) => {
    const b = await workstation();
    const waiting = b.call('teamWaitForChanges', { since: await latest(b.call), waitMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await end(b);
    // "cancelled", not the "not changed" of a wait that ran its 20 s out.
    expect(await waiting).toMatchObject({ ok: false, kind: 'cancelled' });
  },
  30_000,
);
