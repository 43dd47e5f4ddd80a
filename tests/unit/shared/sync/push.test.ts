/**
 * Push against a CouchDB-compatible server (pouchdb-server started here, or COUCHDB_URL): what one workstation
 * pushes another pulls; a stale revision is a conflict, not an overwrite; a refusal says why; a retried push
 * merges with nothing to choose.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { aPerson, aProject } from '../../../helpers/domain-fixtures';
import {
  anAuditEvent,
  bounded,
  clientOf,
  collector as store,
  newTeamDatabase,
} from '../../../helpers/sync-fixtures';
import { documentToRecord } from '../../../../shared/sync/documents';
import { mergeRecords } from '../../../../shared/sync/merge';
import { pullChanges } from '../../../../shared/sync/pull';
import { pushBatch } from '../../../../shared/sync/push';

const couch = useTestCouch();

describe('push then pull', () => {
  it('a project pushed by workstation A is pulled by workstation B', async () => {
    const db = await newTeamDatabase(couch);
    const pushed = await pushBatch(
      clientOf(couch, db),
      [{ type: 'project', record: aProject(), baseRev: null }],
      bounded(),
    );
    expect(pushed.conflicts).toEqual([]);
    expect(pushed.refused).toEqual([]);
    expect(pushed.accepted).toEqual([expect.objectContaining({ docId: `project:${aProject().id}` })]);

    const b = store();
    const pulled = await pullChanges(clientOf(couch, db), '0', b.apply, {
      batchSize: 50,
      maxBatches: 5,
      ...bounded(),
    });
    expect(pulled.status).toBe('complete');
    const records = b.applied.flatMap((batch) => batch.records);
    expect(records).toEqual([
      expect.objectContaining({ table: 'projects', rev: pushed.accepted[0]?.rev, record: aProject() }),
    ]);
  });

  it('a change based on a stale revision comes back as a conflict and the server keeps the other one', async () => {
    const db = await newTeamDatabase(couch);
    const client = clientOf(couch, db);
    const first = await pushBatch(
      client,
      [{ type: 'project', record: aProject(), baseRev: null }],
      bounded(),
    );
    const base = first.accepted[0]!.rev;
    const mine = aProject({ title: 'A’s title', revision: 2 });
    const theirs = aProject({ title: 'B’s title', revision: 2 });
    const b = await pushBatch(client, [{ type: 'project', record: theirs, baseRev: base }], bounded());
    expect(b.accepted).toHaveLength(1);

    const a = await pushBatch(client, [{ type: 'project', record: mine, baseRev: base }], bounded());
    expect(a.accepted).toEqual([]);
    expect(a.conflicts).toEqual([
      { row: expect.objectContaining({ record: mine }), docId: `project:${mine.id}` },
    ]);
    const onServer = await client.getDoc(`project:${mine.id}`, { conflicts: true }, bounded());
    expect(onServer).toMatchObject({ title: 'B’s title', _rev: b.accepted[0]!.rev });
    expect(onServer?._conflicts).toBeUndefined();
  });

  it('a change the server refuses is reported with its reason, and so is one that cannot be sent at all', async () => {
    const db = await newTeamDatabase(couch);
    const client = clientOf(couch, db);
    const event = anAuditEvent('ws-a', 1);
    const created = await pushBatch(client, [{ type: 'audit', record: event, baseRev: null }], bounded());
    const rev = created.accepted[0]!.rev;
    const rows = [
      { type: 'audit' as const, record: { ...event, action: 'delete' }, baseRev: rev },
      { type: 'person' as const, record: aPerson(), baseRev: null, deleted: true },
    ];
    const pushed = await pushBatch(client, rows, bounded());
    expect(pushed.accepted).toEqual([]);
    expect(pushed.refused).toEqual([
      { row: rows[1], docId: '', reason: 'A record the team server never had cannot be deleted there.' },
      { row: rows[0], docId: 'audit:ws-a:000000000001', reason: 'Audit events are never changed.' },
    ]);
  });

  it('a push retried after the line dropped comes back as a conflict whose two sides merge with nothing to choose', async () => {
    const db = await newTeamDatabase(couch);
    const client = clientOf(couch, db);
    const created = await pushBatch(
      client,
      [{ type: 'project', record: aProject(), baseRev: null }],
      bounded(),
    );
    const base = created.accepted[0]!.rev;
    const edited = aProject({ title: 'Renamed', revision: 2 });
    const row = { type: 'project' as const, record: edited, baseRev: base };
    // The server stored the change, but its answer was lost: the outbox still holds the row and sends it again.
    expect((await pushBatch(client, [row], bounded())).accepted).toHaveLength(1);
    const retried = await pushBatch(client, [row], bounded());
    expect(retried.conflicts).toHaveLength(1);

    const theirs = documentToRecord(await client.getDoc(`project:${edited.id}`, {}, bounded()));
    if (!theirs.ok) throw new Error(theirs.reason);
    expect(theirs.rev).not.toBe(base);
    const mine: Record<string, unknown> = edited;
    expect(mergeRecords(aProject(), mine, theirs.record)).toEqual({ merged: edited, conflicts: [] });
  });
});
