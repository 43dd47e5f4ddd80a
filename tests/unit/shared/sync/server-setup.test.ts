/**
 * The team database setup, against a CouchDB-compatible server (pouchdb-server started here, or COUCHDB_URL):
 * idempotent; the design document keeps audit events append-only and every record's type honest, whoever
 * writes; only staff accounts can use the database. The npm script: tests/unit/scripts/team-setup.test.ts.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import {
  OFFICER,
  anAuditEvent,
  bounded,
  clientOf,
  newTeamDatabase,
  nodeFetch,
} from '../../../helpers/sync-fixtures';
import { recordToDocument } from '../../../../shared/sync/documents';
import { SyncError } from '../../../../shared/sync/errors';
import { basicAuth, couchRequest, parseServerUrl } from '../../../../shared/sync/http';
import { setupTeamDatabase } from '../../../../shared/sync/server-setup';
import { fixtureId } from '../../../helpers/domain-fixtures';
import { failureOf } from '../../../helpers/failure-of';

const couch = useTestCouch();

/** A raw request as the server admin (to show the rules hold for admins too). */
const asAdmin = (request: Omit<Parameters<typeof couchRequest>[1], 'what'>) =>
  couchRequest(
    {
      url: parseServerUrl(couch.url),
      fetch: nodeFetch,
      headers: basicAuth(couch.admin.name, couch.admin.password),
    },
    { what: 'testing', ...bounded(), ...request },
  );

it('is idempotent: a second run finds everything in place and says so', async () => {
  const db = couch.newDatabaseName();
  const options = {
    url: couch.url,
    db,
    admin: couch.admin,
    users: [{ ...OFFICER, role: 'dsh-staff' as const }],
    fetch: nodeFetch,
    ...bounded(),
  };
  expect(await setupTeamDatabase(options)).toEqual([
    `Created the database ${db}.`,
    'Only accounts with the role dsh-staff can read and write it; dsh-managers administer it.',
    'Installed the rules: audit events are only ever added; every record says what it is.',
    `Created the account ${OFFICER.name} (dsh-staff).`,
  ]);
  expect(
    await setupTeamDatabase({ ...options, users: [{ ...OFFICER, password: 'other', role: 'dsh-staff' }] }),
  ).toEqual([
    `The database ${db} already exists.`,
    'Only accounts with the role dsh-staff can read and write it; dsh-managers administer it.',
    'The rules (audit events only ever added; every record says what it is) are already installed.',
    `The account ${OFFICER.name} already exists; left unchanged.`,
  ]);
  // The existing password was left alone.
  expect(await clientOf(couch, db).session(OFFICER.name, OFFICER.password, bounded())).toEqual({
    name: OFFICER.name,
    roles: ['dsh-staff'],
  });
});

it('replaces rules from an older setup, and refuses a database name CouchDB would refuse', async () => {
  const db = await newTeamDatabase(couch);
  const options = { url: couch.url, db, admin: couch.admin, fetch: nodeFetch, ...bounded() };
  const old = await asAdmin({ method: 'GET', path: `${db}/_design/dsh-desk` });
  await asAdmin({
    method: 'PUT',
    path: `${db}/_design/dsh-desk`,
    body: { ...(old.json as object), validate_doc_update: 'function (newDoc) {}' },
  });
  expect(await setupTeamDatabase(options)).toContain(
    'Updated the rules: audit events are only ever added; every record says what it is.',
  );
  const [refused] = await clientOf(couch, db).bulkDocs([{ _id: 'project:x', type: 'person' }], bounded());
  expect(refused?.status).toBe('forbidden');

  await expect(setupTeamDatabase({ ...options, db: 'DSH Desk' })).rejects.toThrow(
    '“DSH Desk” cannot be a CouchDB database name: use lower-case letters, digits and - or _, starting with a letter.',
  );
});

describe('the design document', () => {
  it('refuses to change or delete an audit event, even for the server admin (HTTP 403 with the reason)', async () => {
    const db = await newTeamDatabase(couch);
    const officer = clientOf(couch, db);
    const event = anAuditEvent('ws-a', 1);
    const [created] = await officer.bulkDocs([recordToDocument('audit', event)], bounded());
    expect(created).toMatchObject({ status: 'ok', id: 'audit:ws-a:000000000001' });
    const rev = created?.status === 'ok' ? created.rev : '';

    const changed = await officer.bulkDocs(
      [recordToDocument('audit', { ...event, action: 'delete' }, rev)],
      bounded(),
    );
    expect(changed).toEqual([
      {
        id: 'audit:ws-a:000000000001',
        status: 'forbidden',
        error: 'forbidden',
        reason: 'Audit events are never changed.',
      },
    ]);

    const path = `${db}/audit:ws-a:000000000001`;
    const update = await failureOf(
      asAdmin({ method: 'PUT', path, body: { ...recordToDocument('audit', event, rev), action: 'x' } }),
      SyncError,
    );
    expect(update).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(update.message).toBe(
      'The team server said this account is not allowed to do this (testing). Audit events are never changed.',
    );
    const deletion = await failureOf(asAdmin({ method: 'DELETE', path, query: { rev } }), SyncError);
    expect(deletion).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(deletion.message).toMatch(/Audit events are never deleted\.$/);
    expect(await officer.getDoc('audit:ws-a:000000000001', {}, bounded())).toMatchObject({
      _rev: rev,
      action: 'create',
    });
  });

  it('refuses a document whose type is not the start of its id', async () => {
    const db = await newTeamDatabase(couch);
    const results = await clientOf(couch, db).bulkDocs(
      [
        { _id: 'project:x', type: 'person' },
        { _id: 'project:y', name: 'no type' },
        { _id: 'person:z', type: 'person' },
      ],
      bounded(),
    );
    expect(results.map((result) => [result.id, result.status])).toEqual([
      ['project:x', 'forbidden'],
      ['project:y', 'forbidden'],
      ['person:z', 'ok'],
    ]);
    expect(results[0]).toMatchObject({
      reason: 'A record must say what it is: its type must be the start of its id (project:x).',
    });
  });
});

describe('attachments', () => {
  const bytes = new TextEncoder().encode('%PDF-1.4 a scanned form');
  const sha256 = 'ab'.repeat(32);
  const evidence = {
    _id: `evidence-file:${fixtureId(701)}`,
    type: 'evidence-file',
    id: fixtureId(701),
    sha256,
    size: bytes.byteLength,
  };
  const attach = (docId: string, name: string, rev: string, data = bytes) =>
    clientOf(couch, db).putAttachment(
      { docId, name, rev, bytes: data, contentType: 'application/pdf' },
      bounded(),
    );
  let db: string;
  beforeEach(async () => {
    db = await newTeamDatabase(couch);
  });

  it('an evidence file’s document takes its own file, and the bytes read back the same', async () => {
    const [stored] = await clientOf(couch, db).bulkDocs([evidence], bounded());
    const rev = stored?.status === 'ok' ? stored.rev : '';
    const next = await attach(evidence._id, sha256, rev);
    expect(next).not.toBe(rev);
    expect(await clientOf(couch, db).getAttachment({ docId: evidence._id, name: sha256 }, bounded())).toEqual(
      bytes,
    );
    // The row is unchanged by it, at the new revision.
    expect(await clientOf(couch, db).getDoc(evidence._id, {}, bounded())).toMatchObject({
      _rev: next,
      sha256,
    });
  });

  it('refuses an attachment on any other record, or under another name, even from the admin', async () => {
    const [person, file] = await clientOf(couch, db).bulkDocs(
      [{ _id: 'person:p1', type: 'person' }, evidence],
      bounded(),
    );
    const revOf = (result: typeof person) => (result?.status === 'ok' ? result.rev : '');
    await expect(failureOf(attach('person:p1', sha256, revOf(person)), SyncError)).resolves.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/Only an evidence file carries an attachment \(person:p1\)\.$/),
    });
    await expect(
      failureOf(attach(evidence._id, 'cd'.repeat(32), revOf(file)), SyncError),
    ).resolves.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/An evidence file carries only its own file, named by its SHA-256/),
    });
    // Sent inline by the server admin, another file under the document's name is refused too.
    const inline = await failureOf(
      asAdmin({
        method: 'PUT',
        path: `${db}/${encodeURIComponent(evidence._id)}`,
        body: {
          ...evidence,
          _rev: revOf(file),
          _attachments: { ['cd'.repeat(32)]: { content_type: 'application/pdf', data: btoa('%PDF-1.4') } },
        },
      }),
      SyncError,
    );
    expect(inline).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(await clientOf(couch, db).getDoc('person:p1', {}, bounded())).not.toHaveProperty('_attachments');
  });
});

describe('who may use the team database', () => {
  it('a wrong password is refused in plain words', async () => {
    const db = await newTeamDatabase(couch);
    const error = await failureOf(clientOf(couch, db).session(OFFICER.name, 'wrong', bounded()), SyncError);
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(error.message).toBe(
      'The team server refused the sign-in while signing in: wrong user name or password.',
    );
  });

  it('an account without the staff role, or no account, cannot read it', async () => {
    const db = await newTeamDatabase(couch);
    const visitor = { name: 'visitor', password: 'visitor-password' };
    await asAdmin({
      method: 'PUT',
      path: '_users/org.couchdb.user:visitor',
      body: { ...visitor, roles: [], type: 'user' },
    });
    const outsider = await failureOf(
      clientOf(couch, db, visitor).changes({ since: '0', limit: 1 }, bounded()),
      SyncError,
    );
    // CouchDB answers a signed-in non-member 403; pouchdb-server answers 401. Either way: no data.
    expect(outsider.kind).toBe(couch.real ? 'forbidden' : 'unauthorized');
    const anonymous = await failureOf(
      couchRequest(
        { url: parseServerUrl(couch.url), fetch: nodeFetch },
        { method: 'GET', path: `${db}/_all_docs`, what: 'listing', ...bounded() },
      ),
      SyncError,
    );
    expect(anonymous.kind).toBe('unauthorized');
    expect((await clientOf(couch, db).allDocs({}, bounded())).map((row) => row.id)).toEqual([
      '_design/dsh-desk',
    ]);
  });
});
