// The append-only guard keeps its promise outside a restore; only the restore may clear the audit log.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { permitAuditLogReplacement } from '../../../../renderer/db/audit/append-only';
import { recordAuditEvent } from '../../../../renderer/db/audit/append';
import { plainDataProblem, rowSchemasOf } from '../../../../renderer/db/backup/row-checks';
import { AuditLogImmutableError } from '../../../../renderer/db/errors';
import { freshDb } from './db-fixtures';

async function withOneEvent() {
  const test = await freshDb();
  await recordAuditEvent(test.ctx, { entity: 'database', entityId: 'backup.json', action: 'backup' });
  return test;
}

describe('the append-only audit log, with restores in the picture', () => {
  it('still refuses clear, put, update and delete in an ordinary transaction over every table', async () => {
    const { db } = await withOneEvent();
    const event = (await db.auditEvents.get(1))!;
    const attempts: Array<() => Promise<unknown>> = [
      () => db.auditEvents.clear(),
      () => db.transaction('rw', db.tables, () => db.auditEvents.clear()),
      () => db.auditEvents.put({ ...event, action: 'edited' }),
      () => db.auditEvents.update(1, { action: 'edited' }),
      () => db.auditEvents.delete(1),
      () => db.auditEvents.where('seq').above(0).delete(),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(AuditLogImmutableError);
    expect(await db.auditEvents.count()).toBe(1);
  });

  it('lets a marked transaction clear the log, but still not put, update or delete one event', async () => {
    const { db } = await withOneEvent();
    const event = (await db.auditEvents.get(1))!;
    await db.transaction('rw', db.tables, async (transaction) => {
      permitAuditLogReplacement(transaction);
      await expect(db.auditEvents.put({ ...event, action: 'edited' })).rejects.toBeInstanceOf(
        AuditLogImmutableError,
      );
      await expect(db.auditEvents.update(1, { action: 'edited' })).rejects.toBeInstanceOf(
        AuditLogImmutableError,
      );
      await expect(db.auditEvents.delete(1)).rejects.toBeInstanceOf(AuditLogImmutableError);
      await db.auditEvents.clear();
    });
    expect(await db.auditEvents.count()).toBe(0);
    // The mark ended with its transaction.
    await recordAuditEvent(
      { db, actor: event.actor },
      { entity: 'database', entityId: 'x', action: 'backup' },
    );
    await expect(db.transaction('rw', db.tables, () => db.auditEvents.clear())).rejects.toBeInstanceOf(
      AuditLogImmutableError,
    );
  });

  it('is opened for a restore by the restore code alone', async () => {
    const root = path.resolve(__dirname, '../../../../renderer');
    const callers: string[] = [];
    const walk = async (folder: string): Promise<void> => {
      for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) await walk(file);
        else if (
          /\.tsx?$/.test(entry.name) &&
          (await fs.readFile(file, 'utf8')).includes('permitAuditLogReplacement')
        ) {
          callers.push(path.relative(root, file));
        }
      }
    };
    await walk(root);
    expect(callers.sort()).toEqual(['db/audit/append-only.ts', 'db/backup/restore.ts']);
  });
});

describe('what a restored row must be', () => {
  it('has a schema for every table of the database', async () => {
    const { db } = await freshDb();
    expect([...rowSchemasOf(db).keys()].sort()).toEqual(db.tables.map((table) => table.name).sort());
  });

  it.each([
    [
      'a smuggled prototype',
      Object.setPrototypeOf({ id: 'a' }, { polluted: true }),
      /field named "__proto__"/,
    ],
    ['a null prototype', Object.setPrototypeOf({ id: 'a' }, null), /field named "__proto__"/],
    ['a Date', { at: new Date() }, /holds a Date, not plain data/],
    ['a Map deep inside', { changes: { a: [new Map()] } }, /holds a Map/],
    ['a constructor key', JSON.parse('{"constructor":{"prototype":{}}}'), /field named "constructor"/],
    [
      'a getter',
      Object.defineProperty({}, 'x', { get: () => 1, enumerable: true }),
      /field "x" is not plain data/,
    ],
  ])('refuses %s', (_label, value, problem) => {
    expect(plainDataProblem(value)).toMatch(problem);
  });

  it('accepts plain data', () => {
    expect(plainDataProblem({ a: [1, 'b', null, { c: true }] })).toBeNull();
    expect(Dexie.currentTransaction).toBeNull();
  });
});
