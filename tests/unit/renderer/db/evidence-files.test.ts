/**
 * Evidence rows: attaching and removing a file is audited in the same transaction as the row, a file is
 * attached to a record once, and a course read from a certificate is recorded with its evidence or not at all.
 */
import { describeAuditEvent } from '../../../../shared/audit/describe';
import { addPerson } from '../../../../renderer/db/repositories/people';
import {
  addTrainingWithEvidence,
  attachEvidence,
  evidenceOf,
  removeEvidence,
  type KeptFile,
} from '../../../../renderer/db/repositories/evidence-files';
import { addTrainingRecord } from '../../../../renderer/db/repositories/training';
import { freshDb, personForm, type TestDb } from './db-fixtures';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(() => t.db.close());

const FILE: KeptFile = {
  fileName: 'dsa-certificate.pdf',
  sha256: 'a'.repeat(64),
  size: 2048,
  mediaType: 'application/pdf',
};

async function aTrainingRecord() {
  const person = await addPerson(t.ctx, personForm());
  const record = await addTrainingRecord(t.ctx, {
    personId: person.id,
    kind: 'dsh-environment',
    completedOn: '2026-11-01',
  });
  return { person, record };
}

const eventsAbout = async (entityId: string) =>
  (await t.db.auditEvents.orderBy('seq').toArray()).filter((event) => event.entityId === entityId);

describe('attaching evidence', () => {
  it('keeps the row and an audit event saying what was attached to which record', async () => {
    const { record } = await aTrainingRecord();
    const row = await attachEvidence(t.ctx, { entity: 'training-record', entityId: record.id }, FILE);
    expect(await evidenceOf(t.db, { entity: 'training-record', entityId: record.id })).toEqual([row]);
    expect(row).toMatchObject({ ...FILE, staffName: 'Sam Officer', at: '2026-11-25T10:00:00.000Z' });
    const event = (await eventsAbout(record.id)).at(-1)!;
    expect(event).toMatchObject({
      action: 'attach-evidence',
      entity: 'training-record',
      changes: { file: { after: 'dsa-certificate.pdf' }, sha256: { after: FILE.sha256 } },
    });
    expect(describeAuditEvent(event)).toBe('Attached an evidence file to training record.');
  });

  it('refuses the same file twice on one record, and a record that does not exist, writing nothing', async () => {
    const { record } = await aTrainingRecord();
    const target = { entity: 'training-record' as const, entityId: record.id };
    await attachEvidence(t.ctx, target, FILE);
    const events = await t.db.auditEvents.count();
    await expect(attachEvidence(t.ctx, target, { ...FILE, fileName: 'again.pdf' })).rejects.toThrow(
      'This file is already attached here, as "dsa-certificate.pdf".',
    );
    await expect(
      attachEvidence(t.ctx, { entity: 'membership', entityId: crypto.randomUUID() }, FILE),
    ).rejects.toThrow('This membership');
    expect(await t.db.evidenceFiles.count()).toBe(1);
    expect(await t.db.auditEvents.count()).toBe(events);
  });
});

describe('removing evidence', () => {
  it('deletes the row with a remove-evidence event about the record', async () => {
    const { record } = await aTrainingRecord();
    const row = await attachEvidence(t.ctx, { entity: 'training-record', entityId: record.id }, FILE);
    await removeEvidence(t.ctx, row.id);
    expect(await t.db.evidenceFiles.count()).toBe(0);
    expect((await eventsAbout(record.id)).at(-1)).toMatchObject({
      action: 'remove-evidence',
      changes: { file: { before: 'dsa-certificate.pdf' } },
    });
  });
});

describe('a course read from a certificate', () => {
  it('is recorded with the certificate as its evidence, in one transaction', async () => {
    const person = await addPerson(t.ctx, personForm());
    const record = await addTrainingWithEvidence(
      t.ctx,
      {
        personId: person.id,
        kind: 'nhs-dsa-level-1',
        completedOn: '2026-12-01',
        expiresOn: '2027-12-01',
        evidenceReference: 'DSA-1',
      },
      FILE,
    );
    expect(await evidenceOf(t.db, { entity: 'training-record', entityId: record.id })).toHaveLength(1);
    expect((await eventsAbout(record.id)).map((event) => event.action)).toEqual([
      'create',
      'attach-evidence',
    ]);
  });

  it('leaves neither the record nor the evidence when the record is refused', async () => {
    const person = await addPerson(t.ctx, personForm());
    const events = await t.db.auditEvents.count();
    await expect(
      addTrainingWithEvidence(
        t.ctx,
        // An NHS DSA record needs its certificate reference.
        { personId: person.id, kind: 'nhs-dsa-level-1', completedOn: '2026-12-01' },
        FILE,
      ),
    ).rejects.toThrow('certificate reference');
    expect(await t.db.trainingRecords.count()).toBe(0);
    expect(await t.db.evidenceFiles.count()).toBe(0);
    expect(await t.db.auditEvents.count()).toBe(events);
  });

  it('leaves no record when the evidence is refused', async () => {
    const person = await addPerson(t.ctx, personForm());
    // A file whose row would break the row rules is refused by the database itself.
    const form = { personId: person.id, kind: 'dsh-environment' as const, completedOn: '2026-12-01' };
    const original = t.db.evidenceFiles.add.bind(t.db.evidenceFiles);
    t.db.evidenceFiles.add = (() => Promise.reject(new Error('disk full'))) as never;
    await expect(addTrainingWithEvidence(t.ctx, form, FILE)).rejects.toThrow('disk full');
    t.db.evidenceFiles.add = original;
    expect(await t.db.trainingRecords.count()).toBe(0);
  });
});
