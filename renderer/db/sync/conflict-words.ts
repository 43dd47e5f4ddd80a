/** A conflict as the Conflicts page shows it: what the record is, and who saved each version when. */
import Dexie from 'dexie';
import type { FieldConflict } from '../../../shared/sync/merge';
import type { IncomingRecord } from '../../../shared/sync/documents';
import type { DshDatabase } from '../database';
import type { LocalRecord } from './local-rows';
import type { SyncConflict } from './rows';

/** What a record is, in words: "Project DSH-2026-014 · Lung imaging", "Person Ada Nowak". */
export function recordTitle(type: string, record: LocalRecord): string {
  const text = (field: string) => (typeof record[field] === 'string' ? (record[field] as string) : '');
  if (type === 'project') return `Project ${text('reference')} · ${text('title')}`;
  if (type === 'person' || type === 'staff-member')
    return `${type === 'person' ? 'Person' : 'Staff member'} ${text('name')}`;
  if (type === 'certificate') return `Certificate ${text('number')}`;
  const words = type.replace(/-/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${text('id')}`;
}

/** Who last saved a record, by the newest audit event about it in `table`, or null when none is known. */
async function lastWriter(
  table: Dexie.Table,
  index: string,
  entity: string,
  id: string,
): Promise<string | null> {
  const event = (await table
    .where(index)
    .between([entity, id, Dexie.minKey], [entity, id, Dexie.maxKey])
    .last()) as { actor?: { staffName?: string } } | undefined;
  return event?.actor?.staffName ?? null;
}

/** The Conflicts list's row for a record both sides changed. */
export async function describeConflict(
  db: DshDatabase,
  incoming: IncomingRecord,
  found: { mine: LocalRecord; theirs: LocalRecord; base: LocalRecord | null; fields: FieldConflict[] },
): Promise<SyncConflict> {
  const id = String(found.theirs.id);
  const mineBy = await lastWriter(
    db.auditEvents,
    '[entity+entityId+seq]',
    incoming.type,
    String(found.mine.id),
  );
  const theirsBy = await lastWriter(db.peerAuditEvents, '[entity+entityId+at]', incoming.type, id);
  return {
    docId: incoming.docId,
    type: incoming.type,
    table: incoming.table,
    recordId: id,
    title: recordTitle(incoming.type, found.theirs),
    fields: found.fields,
    mine: { record: found.mine, by: mineBy ?? 'This workstation', at: String(found.mine.updatedAt ?? '') },
    theirs: {
      record: found.theirs,
      by: theirsBy ?? 'Another workstation',
      at: String(found.theirs.updatedAt ?? ''),
    },
    foundAt: new Date().toISOString(),
    base: found.base,
    theirRev: incoming.rev,
  };
}
