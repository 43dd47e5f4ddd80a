/**
 * Acknowledged reminders. Acknowledging stores one row per reminder (keyed by its id) and an `acknowledge`
 * audit event about the project or person the reminder concerns, in one transaction. A reminder's id
 * changes when its deadline or window changes (see shared/domain/reports/action-types.ts), so acknowledging
 * the 30-day reminder does not silence the 7-day one. In a team the row is a synced record keyed by the
 * reminder's id (alike on every workstation): the other officers see the reminder acknowledged, by whom;
 * of two acknowledgements made apart the first by the causal clock stands (both events stay in the log).
 * An acknowledgement is never withdrawn, so nothing here deletes a row.
 */
import type { ActionItem } from '../../../shared/domain/reports';
import { type AuditEntry, chainedEvents, storeChainedEvents } from '../audit/append';
import type { AcknowledgementRow, DshDatabase } from '../database';
import { instantOf, type WriteContext } from '../write/context';

/** What an acknowledgement needs to know about the reminder. */
export type AcknowledgedItem = Pick<ActionItem, 'id' | 'target'>;

/** Acknowledges a reminder (with an optional note); acknowledging it again changes nothing. */
export function acknowledgeReminder(
  ctx: WriteContext,
  item: AcknowledgedItem,
  note?: string,
): Promise<AcknowledgementRow> {
  const { db } = ctx;
  const trimmed = note?.trim() || undefined;
  return db.transaction('rw', [db.acknowledgements, db.auditEvents, db.meta], async () => {
    const existing = await db.acknowledgements.get(item.id);
    if (existing) return existing;
    const entry: AuditEntry = {
      entity: item.target.type,
      entityId: item.target.id,
      action: 'acknowledge',
      changes: { reminder: { after: item.id } },
      reason: trimmed,
    };
    // The event is made first (the row carries its clock) and stored last, as every write stores its event.
    const events = await chainedEvents(db, ctx, [entry]);
    const event = events.at(-1)!;
    const at = instantOf(ctx);
    const row: AcknowledgementRow = {
      itemId: item.id,
      entity: item.target.type,
      entityId: item.target.id,
      at,
      staffId: ctx.actor.staffId,
      staffName: ctx.actor.staffName,
      ...(trimmed ? { note: trimmed } : {}),
      revision: 1,
      updatedAt: at,
      // Which of two acknowledgements made apart came first, alike on every workstation (last-writer.ts).
      ...(event.hlc ? { hlc: event.hlc } : {}),
      ...(event.device ? { device: event.device } : {}),
    };
    await db.acknowledgements.add(row);
    await storeChainedEvents(db, events);
    return row;
  });
}

/**
 * The acknowledgements of these reminders, by reminder id. Reads whichever is smaller: every
 * acknowledgement (one range), or just those of the reminders asked about (one key each).
 */
export async function acknowledgementsOf(
  db: DshDatabase,
  itemIds: readonly string[],
): Promise<Map<string, AcknowledgementRow>> {
  if (itemIds.length === 0) return new Map();
  const stored = await db.acknowledgements.count();
  const rows =
    stored <= itemIds.length
      ? await db.acknowledgements.toArray()
      : (await db.acknowledgements.bulkGet([...itemIds])).filter((row) => row !== undefined);
  const wanted = new Set(itemIds);
  return new Map(rows.filter((row) => wanted.has(row.itemId)).map((row) => [row.itemId, row]));
}
