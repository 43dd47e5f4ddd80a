/**
 * Importing a previewed plan: every good row through the same generic writes as a typed record (validated,
 * one audit event per record, each noting the import), and one `import` event for the whole file with its
 * name, SHA-256 and counts — all in ONE transaction, so a file is imported whole or not at all.
 */
import type { FieldChange } from '../../../shared/audit/diff';
import { appendAuditEvent } from '../audit/append';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, updateRecord } from '../write/records';
import { planCounts, type ImportPlan } from './plan';

/** The file an import came from. */
export interface ImportedFile {
  name: string;
  sha256: string;
}

/** What an import did, for the page and for its undo. */
export interface ImportOutcome {
  importId: string;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/** The note every record event of an import carries, naming the import (undo finds its records by it). */
export const IMPORT_NOTE = 'import';

/** Reports how far an import has got (rows written so far of all to write). */
export type ImportProgress = (done: number, total: number) => void;

/** Writes the plan's good rows and the import's own event in one transaction; any failure writes nothing. */
export async function runImport(
  ctx: WriteContext,
  plan: ImportPlan,
  file: ImportedFile,
  progress: ImportProgress = () => {},
): Promise<ImportOutcome> {
  const { db } = ctx;
  const importId = `import-${crypto.randomUUID()}`;
  const counts = planCounts(plan);
  const reason = `Imported from ${file.name}`;
  const total = counts.created + counts.updated;
  const note = (extra: Record<string, FieldChange> = {}) => ({
    [IMPORT_NOTE]: { after: importId },
    ...extra,
  });
  await db.transaction('rw', [db.people, db.trainingRecords, db.auditEvents, db.meta], async () => {
    let done = 0;
    for (const row of plan.rows) {
      if (row.action === 'create-person') {
        await createRecord(ctx, ENTITIES.person, row.form, { reason, notes: note() });
      } else if (row.action === 'create-training') {
        await createRecord(ctx, ENTITIES.trainingRecord, row.form, { reason, notes: note() });
      } else if (row.action === 'update-person') {
        const revision = { before: row.revision, after: row.revision + 1 };
        await updateRecord(ctx, ENTITIES.person, row.id, row.revision, () => row.form, {
          reason,
          notes: note({ revision }),
        });
      } else continue;
      done += 1;
      if (done % 100 === 0 || done === total) progress(done, total);
    }
    await appendAuditEvent(db, ctx, {
      entity: 'database',
      entityId: importId,
      action: 'import',
      changes: {
        file: { after: file.name },
        sha256: { after: file.sha256 },
        records: { after: plan.shape },
        created: { after: counts.created },
        updated: { after: counts.updated },
        unchanged: { after: counts.unchanged },
        refused: { after: counts.refused },
      },
      reason: `Imported ${file.name}`,
    });
  });
  return { importId, ...counts };
}
