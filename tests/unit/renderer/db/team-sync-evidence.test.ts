/**
 * Evidence files across a team (pouchdb-server on 127.0.0.1, or COUCHDB_URL), through the real main-process
 * handlers of each workstation (its own evidence folder and team connection) and the app's own transport: a
 * file attached on A opens on B with the same bytes; bytes changed on the server are refused on B and never
 * kept; the line dropping as A sends the file leaves the row on the server and the file sent next round; a
 * row sent again by a workstation without the file keeps the file on the server; a file removed on A is gone
 * from B.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type TestCouch, startTestCouch } from '../../../helpers/couch-server';
import { type TcpProxy, startTcpProxy } from '../../../helpers/tcp-proxy';
import { OFFICER, newTeamDatabase, nodeFetch } from '../../../helpers/sync-fixtures';
import { type WorkstationCall, workstationHandlers } from '../../../helpers/workstation-handlers';
import { personForm } from './db-fixtures';
import { type TeamWorkstation, teamWorkstation } from './team-fixtures';
import { aTraining } from '../../../helpers/domain-fixtures';
import { addPerson } from '../../../../renderer/db/repositories/people';
import { addTrainingRecord } from '../../../../renderer/db/repositories/training';
import {
  attachEvidence,
  evidenceOf,
  removeEvidence,
} from '../../../../renderer/db/repositories/evidence-files';
import { joinTeam, leaveTeam } from '../../../../renderer/db/sync/queue-all';
import {
  EVIDENCE_TO_FETCH_KEY,
  evidenceIds,
  refusedEvidence,
} from '../../../../renderer/db/sync/evidence-due';
import { hostTransport } from '../../../../renderer/sync/host-transport';
import type { Host } from '../../../../renderer/host/host';
import { basicAuth, couchRequest, parseServerUrl } from '../../../../shared/sync/http';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
}, 60_000);
afterAll(async () => {
  await couch?.stop();
});

/** A workstation: its database, its main process (handlers over its own data folder), its sync engine. */
type Workstation = TeamWorkstation & { call: WorkstationCall; folder: string };

/** The host the page would have, answered by the workstation's real handlers. */
const hostOf = (call: WorkstationCall) =>
  new Proxy({} as Host, { get: (_target, name) => (input?: unknown) => call(name as never, input) });

async function workstation(team: string, url = couch.url, fetch = nodeFetch): Promise<Workstation> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-team-evidence-'));
  const call = await workstationHandlers(folder, { fetch });
  const signedIn = await call('teamSignIn', {
    url,
    database: team,
    username: OFFICER.name,
    password: OFFICER.password,
  });
  if (!signedIn.ok) throw new Error(signedIn.message);
  const side = await teamWorkstation(couch, team, { transport: hostTransport(hostOf(call)) });
  return { ...side, call, folder };
}

/** A small PNG-looking file (main judges the type by its first bytes). */
function png(text: string): Uint8Array<ArrayBuffer> {
  const magic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return new Uint8Array([...magic, ...new TextEncoder().encode(text)]);
}

/** A person with a training record on `side`, and a certificate attached to it there. */
async function attachedOn(side: Workstation, text = 'NHS DSA certificate of Dr A Smith') {
  const person = await addPerson(side.ctx, personForm());
  const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...form } = aTraining();
  const course = await addTrainingRecord(side.ctx, { ...form, personId: person.id });
  const bytes = png(text);
  const stored = await side.call('storeEvidenceFile', { fileName: 'dsa.png', bytes });
  if (stored.status !== 'stored') throw new Error(stored.message);
  const { status: _s, text: _t, ...kept } = stored;
  const target = { entity: 'training-record' as const, entityId: course.id };
  const row = await attachEvidence(side.ctx, target, { ...kept, fileName: 'dsa.png' });
  return { bytes, row, target };
}

/** The bytes `side` reads for a file ("Open" shows these), or the plain message why it cannot. */
const readOn = (
  side: Workstation,
  row: { sha256: string; mediaType: 'image/png' | 'application/pdf' | 'image/jpeg' },
) =>
  side.call('readEvidenceFile', { sha256: row.sha256, mediaType: row.mediaType }).then(
    (answer) => answer.bytes,
    (error: Error) => error.message,
  );

const asAdmin = (request: Omit<Parameters<typeof couchRequest>[1], 'what'>) =>
  couchRequest(
    {
      url: parseServerUrl(couch.url),
      fetch: nodeFetch,
      headers: basicAuth(couch.admin.name, couch.admin.password),
    },
    { what: 'testing', signal: AbortSignal.timeout(10_000), ...request },
  );

describe('evidence files in a team', () => {
  let team: string;
  const sides: Workstation[] = [];
  beforeEach(async () => {
    team = await newTeamDatabase(couch);
  }, 30_000);
  afterEach(async () => {
    for (const side of sides.splice(0)) {
      await leaveTeam(side.db);
      await fs.rm(side.folder, { recursive: true, force: true });
    }
  });
  const join = async (...args: Parameters<typeof workstation>) => {
    const side = await workstation(...args);
    sides.push(side);
    return side;
  };

  it('a file attached on A is listed on B and opens there with the same bytes', async () => {
    const a = await join(team);
    const b = await join(team);
    const { bytes, row, target } = await attachedOn(a);
    await a.engine.syncNow();
    expect(a.engine.status).toMatchObject({ phase: 'synced', pending: 0 });
    expect(await readOn(b, row)).toMatch(/not in the data folder of this computer/);

    await b.engine.syncNow();
    expect(await evidenceOf(b.db, target)).toEqual([row]);
    expect(await readOn(b, row)).toEqual(bytes);
    expect(await evidenceIds(b.db, EVIDENCE_TO_FETCH_KEY)).toEqual([]);
    // A's next push of the row is based on the revision the file made: nothing conflicts, nothing is left.
    await a.engine.syncNow();
    expect(a.engine.status).toMatchObject({ phase: 'synced', pending: 0, conflicts: 0 });
  });

  it('bytes changed on the server are refused on B with a message, and never kept', async () => {
    const a = await join(team);
    const { row } = await attachedOn(a, 'the real certificate');
    await a.engine.syncNow();
    // Someone with the server's admin rights swaps the bytes (same name, same size).
    const docId = `evidence-file:${row.id}`;
    const { json } = await asAdmin({ method: 'GET', path: `${team}/${encodeURIComponent(docId)}` });
    await asAdmin({
      method: 'PUT',
      path: `${team}/${encodeURIComponent(docId)}/${row.sha256}`,
      query: { rev: (json as { _rev: string })._rev },
      bytes: { data: png('the fake certificate'), contentType: 'image/png' },
    });

    const b = await join(team);
    await b.engine.syncNow();
    expect(await refusedEvidence(b.db)).toEqual({
      [row.id]:
        'The team server’s copy of “dsa.png” is not the file that was attached (its SHA-256 fingerprint differs), so it was not kept. Ask whoever attached it to attach the original again.',
    });
    expect(await readOn(b, row)).toMatch(/not in the data folder of this computer/);
    await expect(fs.readdir(path.join(b.folder, 'evidence'))).rejects.toThrow();
  });

  it('the line dropping as A sends the file leaves the row on the server, and the file is sent next round', async () => {
    let proxy: TcpProxy | undefined = await startTcpProxy(couch.url);
    try {
      let dropped = false;
      // The line drops just as the file's bytes set off (after the row was stored).
      const dropping: typeof nodeFetch = (url, init) => {
        if (!dropped && init.method === 'PUT' && url.includes('evidence-file')) {
          dropped = true;
          proxy!.cut();
        }
        return nodeFetch(url, init);
      };
      const a = await join(team, proxy.url, dropping);
      const b = await join(team);
      const { bytes, row, target } = await attachedOn(a);
      await a.engine.syncNow();
      expect(dropped).toBe(true);
      expect(a.engine.status.phase).toBe('offline');
      await b.engine.syncNow();
      expect(await evidenceOf(b.db, target)).toEqual([row]);
      expect(await readOn(b, row)).toMatch(/not in the data folder of this computer/);
      expect(await evidenceIds(b.db, EVIDENCE_TO_FETCH_KEY)).toEqual([row.id]);

      proxy.restore();
      await a.engine.syncNow();
      expect(a.engine.status).toMatchObject({ phase: 'synced', pending: 0 });
      await b.engine.syncNow();
      expect(await readOn(b, row)).toEqual(bytes);
    } finally {
      await proxy?.close();
      proxy = undefined;
    }
  });

  it('a row sent again by a workstation without the file (joining again) leaves the file on the server', async () => {
    const a = await join(team);
    const b = await join(team);
    const { bytes, row } = await attachedOn(a);
    await a.engine.syncNow();
    await b.engine.syncNow();
    // B loses its copy, then joins the team again: every record it holds is sent again, this row too.
    await fs.rm(path.join(b.folder, 'evidence', row.sha256));
    await leaveTeam(b.db);
    await joinTeam(b.db);
    await b.engine.syncNow();
    expect(b.engine.status).toMatchObject({ phase: 'synced', pending: 0, conflicts: 0 });

    const c = await join(team);
    await c.engine.syncNow();
    expect(await readOn(c, row)).toEqual(bytes);
  });

  it('a file removed on A is gone from B', async () => {
    const a = await join(team);
    const b = await join(team);
    const { row, target } = await attachedOn(a);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await evidenceOf(b.db, target)).toHaveLength(1);

    await removeEvidence(a.ctx, row.id);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await evidenceOf(b.db, target)).toEqual([]);
    expect(a.engine.status).toMatchObject({ phase: 'synced', pending: 0 });
  });
});
