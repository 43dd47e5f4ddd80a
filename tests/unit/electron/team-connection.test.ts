/**
 * The desktop's team connection, through the real handlers and the same guard as IPC (so every answer is
 * checked against the contract), against a real CouchDB-compatible server (pouchdb-server on 127.0.0.1, or
 * COUCHDB_URL): signing in keeps the account only when the server accepts it, the password is never in
 * team.json as it is, and each way of failing answers its own kind and plain words.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordToDocument } from '../../../shared/sync/documents';
import { basicAuth, couchRequest, parseServerUrl } from '../../../shared/sync/http';
import type { HandlerDeps } from '../../../electron/ipc/handlers';
import type { KeyProtection } from '../../../electron/services/installation-key';
import { TEAM_FILE } from '../../../electron/services/team-settings';
import { freePort } from '../../helpers/couch-server';
import { useTestCouch } from '../../helpers/use-test-couch';
import { FAKE_KEY_PROTECTION } from '../../helpers/fake-key-protection';
import { OFFICER, bounded, newTeamDatabase, nodeFetch, numberedPerson } from '../../helpers/sync-fixtures';
import { workstationHandlers } from '../../helpers/workstation-handlers';

const couch = useTestCouch();
let db: string;
let dataFolder: string;

beforeAll(async () => {
  db = await newTeamDatabase(couch);
}, 60_000);
beforeEach(async () => {
  dataFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-team-'));
});
afterEach(async () => {
  await fs.rm(dataFolder, { recursive: true, force: true });
});

/** One workstation's handlers over `dataFolder` (a second call plays the app started again). */
const workstation = (overrides: Partial<HandlerDeps> = {}) => workstationHandlers(dataFolder, overrides);

const signIn = (overrides: Record<string, string> = {}) => ({
  url: couch.url,
  database: db,
  username: OFFICER.name,
  password: OFFICER.password,
  ...overrides,
});
const teamFile = () => path.join(dataFolder, TEAM_FILE);
const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  );

describe('signing in', () => {
  it('with the right password keeps the account, the password protected, and a restarted app still uses it', async () => {
    const call = await workstation({ now: () => new Date('2026-12-06T15:00:00.000Z') });
    const connection = {
      configured: true,
      url: couch.url,
      database: db,
      username: OFFICER.name,
      roles: ['dsh-staff'],
      since: '2026-12-06T15:00:00.000Z',
      passwordKept: 'Your password is kept on this computer, encrypted by the operating system.',
    };
    await expect(call('teamSignIn', signIn())).resolves.toEqual({ ok: true, value: connection });
    await expect(call('teamConnection')).resolves.toEqual({ ok: true, value: connection });

    const text = await fs.readFile(teamFile(), 'utf8');
    expect(text).not.toContain(OFFICER.password);
    expect(JSON.parse(text)).toMatchObject({ username: OFFICER.name, protection: 'os' });

    const restarted = await workstation();
    await expect(restarted('teamConnection')).resolves.toMatchObject({ value: { configured: true } });
    // The kept password still signs in: a push is accepted.
    const pushed = await restarted('teamPush', {
      docs: [recordToDocument('person', numberedPerson(1))],
    });
    expect(pushed).toMatchObject({ ok: true, value: [{ status: 'ok' }] });
  });

  it('says so when the system offers no protection for the password', async () => {
    const none: KeyProtection = { ...FAKE_KEY_PROTECTION, available: false };
    const call = await workstation({ keyProtection: none });
    const answer = await call('teamSignIn', signIn());
    expect(answer).toMatchObject({
      ok: true,
      value: {
        passwordKept:
          'This system offers no secure storage, so your password is kept UNPROTECTED in the data folder: anyone who can read that folder could sign in to the team server as you.',
      },
    });
  });

  it('with a wrong password answers “unauthorized” and keeps nothing', async () => {
    const call = await workstation();
    await expect(call('teamSignIn', signIn({ password: 'wrong' }))).resolves.toEqual({
      ok: false,
      kind: 'unauthorized',
      message: 'The team server refused the sign-in while signing in: wrong user name or password.',
    });
    await expect(call('teamConnection')).resolves.toEqual({ ok: true, value: { configured: false } });
    expect(await exists(teamFile())).toBe(false);
  });

  it('a failed sign-in leaves the account signed in before as it was', async () => {
    const call = await workstation();
    await call('teamSignIn', signIn());
    const before = await fs.readFile(teamFile(), 'utf8');
    await expect(call('teamSignIn', signIn({ password: 'wrong' }))).resolves.toMatchObject({
      kind: 'unauthorized',
    });
    expect(await fs.readFile(teamFile(), 'utf8')).toBe(before);
    await expect(call('teamConnection')).resolves.toMatchObject({ value: { configured: true } });
  });

  it('to a closed port answers “unreachable”', async () => {
    const call = await workstation();
    const answer = await call('teamSignIn', signIn({ url: `http://127.0.0.1:${await freePort()}` }));
    expect(answer).toEqual({
      ok: false,
      kind: 'unreachable',
      message:
        'DSH Desk cannot reach the team server while signing in. Check the address, the network, and that the server is running.',
    });
  });

  it('to something that is not a web address answers “unreachable” before sending anything', async () => {
    const call = await workstation();
    await expect(call('teamSignIn', signIn({ url: 'couch at the office' }))).resolves.toEqual({
      ok: false,
      kind: 'unreachable',
      message:
        '“couch at the office” is not a web address. It should look like https://couch.example.org:6984.',
    });
  });

  it('to a database the server does not have answers “not-found”, naming it', async () => {
    const call = await workstation();
    await expect(call('teamSignIn', signIn({ database: 'no-such-team' }))).resolves.toEqual({
      ok: false,
      kind: 'not-found',
      message:
        'The team server has no database named “no-such-team”. Check the database name with whoever set up the server.',
    });
    expect(await exists(teamFile())).toBe(false);
  });

  it('with an account that may not use the database answers “forbidden”, not “wrong password”', async () => {
    const visitor = { name: 'visitor', password: 'visitor-password' };
    await couchRequest(
      {
        url: parseServerUrl(couch.url),
        fetch: nodeFetch,
        headers: basicAuth(couch.admin.name, couch.admin.password),
      },
      {
        method: 'PUT',
        path: '_users/org.couchdb.user:visitor',
        body: { ...visitor, roles: [], type: 'user' },
        what: 'adding a visitor',
        expect: [409],
        ...bounded(),
      },
    );
    const call = await workstation();
    const logged = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      call('teamSignIn', signIn({ username: visitor.name, password: visitor.password })),
    ).resolves.toEqual({
      ok: false,
      kind: 'forbidden',
      message: `The account “visitor” signed in, but may not use the database “${db}”. Ask whoever runs the team server to give it the dsh-staff role.`,
    });
    // The server's own words are kept for support, in the main log.
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/^DSH Desk: team server, signing in: forbidden: ./),
    );
    logged.mockRestore();
    expect(await exists(teamFile())).toBe(false);
  });
});

describe('pushing and fetching changes', () => {
  it('takes team-wide numbers from the server’s counter, one after another, above what it is told', async () => {
    const call = await workstation();
    await call('teamSignIn', signIn());
    await expect(call('teamAllocate', { series: 'project', year: 2031 })).resolves.toEqual({
      ok: true,
      value: { number: 1 },
    });
    await expect(call('teamAllocate', { series: 'project', year: 2031, above: 14 })).resolves.toEqual({
      ok: true,
      value: { number: 15 },
    });
    await expect(call('teamAllocate', { series: 'project', year: 2031 })).resolves.toEqual({
      ok: true,
      value: { number: 16 },
    });
  });

  it('a document pushed by one workstation comes back in the changes another fetches', async () => {
    const a = await workstation();
    await a('teamSignIn', signIn());
    const doc = recordToDocument('person', numberedPerson(2));
    const pushed = await a('teamPush', { docs: [doc] });
    expect(pushed).toEqual({
      ok: true,
      value: [{ id: doc._id, status: 'ok', rev: expect.stringMatching(/^1-/) }],
    });

    const other = dataFolder;
    dataFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-team-b-'));
    try {
      const b = await workstation();
      await b('teamSignIn', signIn());
      const changes = await b('teamChanges', { since: '0', limit: 500 });
      if (!changes.ok) throw new Error(changes.message);
      const change = changes.value.results.find((row) => row.id === doc._id);
      expect(change).toMatchObject({
        deleted: false,
        doc: { ...doc, _rev: pushed.ok ? pushed.value[0]?.status === 'ok' && pushed.value[0].rev : '' },
      });
      // From the checkpoint on, nothing new.
      await expect(b('teamChanges', { since: changes.value.lastSeq, limit: 10 })).resolves.toMatchObject({
        ok: true,
        value: { results: [] },
      });
    } finally {
      await fs.rm(dataFolder, { recursive: true, force: true });
      dataFolder = other;
    }
  });

  it('a document someone else changed first comes back as “conflict”, the others are saved', async () => {
    const call = await workstation();
    await call('teamSignIn', signIn());
    const first = recordToDocument('person', numberedPerson(3));
    const saved = await call('teamPush', { docs: [first] });
    const rev = saved.ok && saved.value[0]?.status === 'ok' ? saved.value[0].rev : '';
    await call('teamPush', { docs: [{ ...first, _rev: rev, name: 'Changed on A' }] });

    const fresh = recordToDocument('person', numberedPerson(4));
    const answer = await call('teamPush', { docs: [{ ...first, _rev: rev, name: 'Changed on B' }, fresh] });
    // One result per document, matched by id (pouchdb-server does not keep the order; CouchDB does).
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.value).toHaveLength(2);
    expect(answer.value).toEqual(
      expect.arrayContaining([
        { id: first._id, status: 'conflict', error: 'conflict', reason: expect.any(String) },
        { id: fresh._id, status: 'ok', rev: expect.stringMatching(/^1-/) },
      ]),
    );
  });

  it('reads a document with its conflicts, and the revisions asked for that the server still has', async () => {
    const call = await workstation();
    await call('teamSignIn', signIn());
    const person = numberedPerson(5);
    const id = `person:${person.id}`;
    // Replication writes revisions as they are (new_edits: false): two branches of one document.
    await couchRequest(
      {
        url: parseServerUrl(couch.url),
        fetch: nodeFetch,
        headers: basicAuth(OFFICER.name, OFFICER.password),
      },
      {
        method: 'POST',
        path: `${db}/_bulk_docs`,
        body: {
          new_edits: false,
          docs: [
            { ...recordToDocument('person', person), _rev: '1-aaaa' },
            { ...recordToDocument('person', { ...person, name: 'Other name' }), _rev: '1-bbbb' },
          ],
        },
        what: 'replicating',
        ...bounded(),
      },
    );
    const answer = await call('teamGetDoc', { id, revs: ['1-aaaa', '1-cccc'] });
    expect(answer).toEqual({
      ok: true,
      value: {
        doc: expect.objectContaining({ _id: id, _rev: '1-bbbb', _conflicts: ['1-aaaa'], name: 'Other name' }),
        revisions: [expect.objectContaining({ _id: id, _rev: '1-aaaa', name: person.name })],
      },
    });
    await expect(call('teamGetDoc', { id: 'person:nobody' })).resolves.toEqual({
      ok: true,
      value: { doc: null, revisions: [] },
    });
  });
});

describe('not signed in', () => {
  it('after leaving, the server and the password are forgotten and the data calls answer “not-configured”', async () => {
    const call = await workstation();
    await call('teamSignIn', signIn());
    await expect(call('teamLeave')).resolves.toEqual({ ok: true });
    expect(await exists(teamFile())).toBe(false);
    await expect(call('teamConnection')).resolves.toEqual({ ok: true, value: { configured: false } });
    const notSignedIn = {
      ok: false,
      kind: 'not-configured',
      message: 'This workstation is not signed in to a team server. Sign in under Settings → Team.',
    };
    await expect(call('teamPush', { docs: [{ _id: 'person:1' }] })).resolves.toEqual(notSignedIn);
    await expect(call('teamChanges', { since: '0', limit: 1 })).resolves.toEqual(notSignedIn);
    await expect(call('teamGetDoc', { id: 'person:1' })).resolves.toEqual(notSignedIn);
    await expect(call('teamAllocate', { series: 'project', year: 2026 })).resolves.toEqual(notSignedIn);
    // A restarted app agrees.
    await expect((await workstation())('teamConnection')).resolves.toEqual({
      ok: true,
      value: { configured: false },
    });
  });

  it.each([
    ['a damaged team.json', () => '{"format":"dsh-desk-team", "url": '],
    ['a team.json of another shape', () => JSON.stringify({ format: 'dsh-desk-team', version: 9 })],
    [
      'a password another user’s keyring protected',
      () =>
        JSON.stringify({
          format: 'dsh-desk-team',
          version: 1,
          url: couch.url,
          database: db,
          username: OFFICER.name,
          roles: ['dsh-staff'],
          since: '2026-12-06T15:00:00.000Z',
          protection: 'os',
          password: Buffer.from('not ours').toString('base64'),
        }),
    ],
  ])('%s reads as not signed in, with a line in the main log', async (_label, text) => {
    await fs.writeFile(teamFile(), text());
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const call = await workstation();
      await expect(call('teamConnection')).resolves.toEqual({ ok: true, value: { configured: false } });
      await expect(call('teamChanges', { since: '0', limit: 1 })).resolves.toMatchObject({
        kind: 'not-configured',
      });
      expect(logged).toHaveBeenCalledWith(
        expect.stringMatching(/^DSH Desk: team\.json is not used because /),
      );
    } finally {
      logged.mockRestore();
    }
    // Signing in again replaces it.
    const call = await workstation();
    await expect(call('teamSignIn', signIn())).resolves.toMatchObject({ ok: true });
  });
});
