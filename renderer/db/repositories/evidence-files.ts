/**
 * Evidence files: which kept file (by SHA-256) proves which record. Attaching and removing write the row and
 * an audit event about the record in one transaction. The bytes are the main process's (kept by SHA-256 in
 * the data folder); removing a row leaves the bytes, which other rows (or a backup) may still name.
 */
import type { StoreEvidenceResult } from '../../../shared/contract/evidence-payloads';
import type { TrainingForm, TrainingRecord } from '../../../shared/domain';
import { appendAuditEvent } from '../audit/append';
import type { DshDatabase, EvidenceFileRow } from '../database';
import { DuplicateError, NotFoundError } from '../errors';
import { instantOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { addTrainingRecord } from './training';

/** The records an evidence file can prove, by their audit name. */
export const EVIDENCE_OWNERS = {
  'training-record': ENTITIES.trainingRecord,
  membership: ENTITIES.membership,
  'closure-record': ENTITIES.closureRecord,
  certificate: ENTITIES.certificate,
} as const;
/** A kind of record evidence is attached to. */
export type EvidenceOwner = keyof typeof EVIDENCE_OWNERS;

/** A file main has checked and kept: what storeEvidenceFile answered, and the name the officer gave it. */
export type KeptFile = Omit<Extract<StoreEvidenceResult, { status: 'stored' }>, 'status' | 'text'> & {
  fileName: string;
};

/** The record a file is attached to. */
export interface EvidenceTarget {
  entity: EvidenceOwner;
  entityId: string;
}

/** Attaches a kept file to a record, with an `attach-evidence` event about the record. */
export function attachEvidence(
  ctx: WriteContext,
  target: EvidenceTarget,
  file: KeptFile,
): Promise<EvidenceFileRow> {
  const { db } = ctx;
  const owner = EVIDENCE_OWNERS[target.entity];
  return db.transaction('rw', [db.evidenceFiles, db.auditEvents, db.meta, owner.table(db)], async () => {
    if (!(await owner.table(db).get(target.entityId))) throw new NotFoundError(owner.what);
    const same = await db.evidenceFiles
      .where('[entity+entityId]')
      .equals([target.entity, target.entityId])
      .filter((row) => row.sha256 === file.sha256)
      .first();
    if (same) throw new DuplicateError(`This file is already attached here, as "${same.fileName}".`);
    const row: EvidenceFileRow = {
      id: crypto.randomUUID(),
      sha256: file.sha256,
      entity: target.entity,
      entityId: target.entityId,
      fileName: file.fileName,
      mediaType: file.mediaType,
      size: file.size,
      at: instantOf(ctx),
      staffId: ctx.actor.staffId,
      staffName: ctx.actor.staffName,
      // Like every synced record: a merge of two versions (team sync) counts on them.
      revision: 1,
      updatedAt: instantOf(ctx),
    };
    await db.evidenceFiles.add(row);
    await appendAuditEvent(db, ctx, {
      entity: target.entity,
      entityId: target.entityId,
      action: 'attach-evidence',
      changes: { file: { after: file.fileName }, sha256: { after: file.sha256 } },
    });
    return row;
  });
}

/** Removes an evidence file from its record, with a `remove-evidence` event about the record. */
export function removeEvidence(ctx: WriteContext, id: string): Promise<void> {
  const { db } = ctx;
  return db.transaction('rw', [db.evidenceFiles, db.auditEvents, db.meta], async () => {
    const row = await db.evidenceFiles.get(id);
    if (!row) throw new NotFoundError('This evidence file');
    await db.evidenceFiles.delete(id);
    await appendAuditEvent(db, ctx, {
      entity: row.entity as EvidenceOwner,
      entityId: row.entityId,
      action: 'remove-evidence',
      changes: { file: { before: row.fileName }, sha256: { before: row.sha256 } },
    });
  });
}

/**
 * Records a course from a certificate the officer confirmed, with the certificate kept as its evidence: the
 * record, the evidence row and both audit events commit together or not at all.
 */
export function addTrainingWithEvidence(
  ctx: WriteContext,
  form: TrainingForm,
  file: KeptFile,
): Promise<TrainingRecord> {
  const { db } = ctx;
  const tables = [db.trainingRecords, db.people, db.evidenceFiles, db.auditEvents, db.meta];
  return db.transaction('rw', tables, async () => {
    const record = await addTrainingRecord(ctx, form);
    await attachEvidence(ctx, { entity: 'training-record', entityId: record.id }, file);
    return record;
  });
}

/** The evidence files of a record, oldest first. */
export async function evidenceOf(db: DshDatabase, target: EvidenceTarget): Promise<EvidenceFileRow[]> {
  const rows = await db.evidenceFiles
    .where('[entity+entityId]')
    .equals([target.entity, target.entityId])
    .toArray();
  return rows.sort((a, b) => a.at.localeCompare(b.at));
}
