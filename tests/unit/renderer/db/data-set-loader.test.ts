import { generateDemoData } from '../../../../shared/demo';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { DataSetRefusedError, loadDataSet } from '../../../../renderer/db/data-set-loader';
import { ValidationError } from '../../../../renderer/db/errors';
import { createEnquiry, deleteEnquiry } from '../../../../renderer/db/repositories/projects';
import { enquiryForm, freshDb } from './db-fixtures';

const demo = generateDemoData({ today: '2026-11-25' });
const total = Object.values(demo).reduce((sum, rows) => sum + ([] as unknown[]).concat(rows).length, 0);

async function counts(db: Awaited<ReturnType<typeof freshDb>>['db']) {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)),
  );
}

describe('loading a data set', () => {
  it('gives the next enquiry a reference after every one the data set uses, even after a deleted enquiry', async () => {
    const { ctx } = await freshDb();
    // An enquiry recorded then deleted leaves its number taken (DSH-<year>-001) and the database empty.
    const mistake = await createEnquiry(ctx, enquiryForm({ receivedOn: '2026-11-20' }));
    await deleteEnquiry(ctx, mistake.id, mistake.revision, 'Recorded by mistake.');
    await loadDataSet(ctx, demo);
    const next = await createEnquiry(ctx, enquiryForm({ title: 'After the demo' }));
    const year = next.reference.slice(4, 8);
    const used = demo.projects.map((p) => p.reference).filter((reference) => reference.includes(`-${year}-`));
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((reference) => reference < next.reference)).toBe(true);
    expect(next.reference).not.toBe(mistake.reference);
  });

  it('writes every record with one chained audit event each, and the log verifies intact', async () => {
    const { db, ctx } = await freshDb();
    const result = await loadDataSet(ctx, demo);
    expect(result).toEqual({ records: total, events: total });
    expect(await db.projects.count()).toBe(60);
    expect(await db.people.count()).toBe(200);
    expect(await db.bookings.count()).toBe(demo.bookings.length);
    expect(await db.auditEvents.count()).toBe(total);
    const project = demo.projects[0]!;
    expect(
      await db.auditEvents
        .where('[entity+entityId+seq]')
        .between(['project', project.id, 0], ['project', project.id, Infinity])
        .toArray(),
    ).toEqual([
      expect.objectContaining({
        action: 'load-demo',
        actor: ctx.actor,
        reason: 'Demo data loaded from Settings.',
      }),
    ]);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, checked: total });
  });

  it('in batches keeps the chain intact and reports progress', async () => {
    const { db, ctx } = await freshDb();
    const progress: number[] = [];
    await loadDataSet(ctx, demo, { batchSize: 500, onProgress: (written) => progress.push(written) });
    expect(progress.at(-1)).toBe(total);
    expect(progress.length).toBe(Math.ceil(total / 500));
    expect(await verifyAuditLog(db, { pageSize: 137 })).toMatchObject({ intact: true, checked: total });
  });

  it('refuses a database that already holds records, and changes nothing', async () => {
    const { db, ctx } = await freshDb();
    await loadDataSet(ctx, demo);
    const before = await counts(db);
    await expect(loadDataSet(ctx, demo)).rejects.toBeInstanceOf(DataSetRefusedError);
    await expect(loadDataSet(ctx, demo)).rejects.toThrow('Demo data can only go into an empty database.');
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a data set with one invalid record before writing anything', async () => {
    const { db, ctx } = await freshDb();
    const before = await counts(db);
    const broken = {
      ...demo,
      people: [...demo.people.slice(0, 199), { ...demo.people[199]!, email: 'not-an-email' }],
    };
    await expect(loadDataSet(ctx, broken)).rejects.toBeInstanceOf(ValidationError);
    expect(await counts(db)).toEqual(before);
  });

  it('leaves the database as it was when a write fails half-way (one transaction)', async () => {
    const { db, ctx } = await freshDb();
    const before = await counts(db);
    // Two bookings with the same id: the second bulkAdd fails after many tables were written.
    const clash = { ...demo, bookings: [...demo.bookings, demo.bookings[0]!] };
    await expect(loadDataSet(ctx, clash)).rejects.toThrow();
    expect(await counts(db)).toEqual(before);
  });
});

describe('loading into a database that clashes', () => {
  it('says so plainly and loads nothing when a record clashes with one already there', async () => {
    const { db, ctx } = await freshDb();
    await db.staffMembers.add({ ...demo.staffMembers[0]!, id: '22222222-2222-4222-8222-222222222222' });
    const before = await counts(db);
    await expect(loadDataSet(ctx, demo)).rejects.toThrow(
      'A record in the data set has the same id, e-mail address, reference or number as one already in the database. Nothing was loaded.',
    );
    expect(await counts(db)).toEqual(before);
  });
});
