/**
 * Two or more workstations in one test, each with its own wall clock (a write context whose `now` says the
 * time asked), whose audit events reach one another as a pull would deliver them (applyPullBatch; the team-*
 * tests do the same through a real server).
 */
import { recordAuditEvent } from '../../../../renderer/db/audit/append';
import { applyPullBatch } from '../../../../renderer/db/sync/apply';
import type { TestDb } from './db-fixtures';

/** The instant `time` (hh:mm) on 6 December 2026, UTC. */
export const at = (time: string): Date => new Date(`2026-12-06T${time}:00.000Z`);

/** `t`'s write context with its clock saying `time`. */
export const clockAt = (t: TestDb, time: string) => ({ ...t.ctx, now: () => at(time) });

/** An export event written on `t` when its clock says `time`. */
export const write = (t: TestDb, time: string, entityId = 'p-1') =>
  recordAuditEvent(clockAt(t, time), { entity: 'project', entityId, action: 'export' });

/** The installation id of `t`: the `device` of its events. */
export const deviceOf = async (t: TestDb): Promise<string> => (await t.db.meta.get('installationId'))!.value;

/**
 * Delivers every event of `from`'s own log to `to` as one pulled batch, `to`'s clock saying `time` (or the
 * real one when no time is given).
 */
export async function deliver(from: TestDb, to: TestDb, time?: string): Promise<void> {
  const events = await from.db.auditEvents.toArray();
  await applyPullBatch(
    to.db,
    {
      records: events.map((event) => ({
        ok: true as const,
        docId: `audit:${event.device}:${event.seq}`,
        type: 'audit' as const,
        table: 'auditEvents',
        rev: '1-x',
        record: event as unknown as Record<string, unknown>,
        conflicts: [],
      })),
      deletions: [],
      quarantined: [],
      checkpoint: String(events.length),
    },
    time ? clockAt(to, time) : undefined,
  );
}
