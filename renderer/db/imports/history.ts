/** The imports recorded in the audit log, newest first, each with whether it was undone. */
import Dexie from 'dexie';
import type { DshDatabase } from '../database';

/** One import as the Import page lists it. */
export interface ImportRecord {
  importId: string;
  at: string;
  by: string;
  file: string;
  records: string;
  created: number;
  updated: number;
  refused: number;
  undone: boolean;
}

/** The latest `limit` imports, through the audit log's action index. */
export async function recentImports(db: DshDatabase, limit = 10): Promise<ImportRecord[]> {
  const events = await db.auditEvents
    .where('[action+seq]')
    .between(['import', Dexie.minKey], ['import', Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  const undone = new Set(
    (
      await db.auditEvents
        .where('[action+seq]')
        .between(['undo-import', Dexie.minKey], ['undo-import', Dexie.maxKey])
        .toArray()
    ).map((event) => event.entityId),
  );
  return events.map((event) => ({
    importId: event.entityId,
    at: event.at,
    by: event.actor.staffName,
    file: String(event.changes['file']?.after ?? ''),
    records: String(event.changes['records']?.after ?? ''),
    created: Number(event.changes['created']?.after ?? 0),
    updated: Number(event.changes['updated']?.after ?? 0),
    refused: Number(event.changes['refused']?.after ?? 0),
    undone: undone.has(event.entityId),
  }));
}
