/**
 * History for the benchmark's audit log: loading writes one event per record; a real log of that size also
 * holds years of edits. These are chained exactly as the app chains events (hashOfEvent over the canonical
 * content, each pointing at the one before, the meta head moved with them), through the app's Dexie (its
 * append-only middleware lets only `add` through), by staff members in turn, at times that never go back.
 */
import { GENESIS_HASH, hashOfEvent } from '../../shared/audit/chain';
import type { DemoDataSet } from '../../shared/demo';
import { AuditEventSchema, type AuditEvent, type AuditedEntity } from '../../shared/domain';
import { AUDIT_HEAD_KEY, readAuditHead } from '../../renderer/db/audit/append';
import type { DshDatabase } from '../../renderer/db/database';

const BATCH = 10_000;

type Edit = {
  entity: AuditedEntity;
  entityId: string;
  action: string;
  changes: AuditEvent['changes'];
  reason?: string;
};

/** The i-th history edit: mostly projects and bookings, as a DSH team's log is. */
function editOf(data: DemoDataSet, i: number): Edit {
  const pick = <T>(rows: readonly T[]) => rows[(i * 7919) % rows.length]!;
  switch (i % 10) {
    case 0:
    case 1:
    case 2: {
      const project = pick(data.projects);
      return {
        entity: 'project',
        entityId: project.id,
        action: 'update',
        changes: { title: { before: `${project.title} (draft)`, after: project.title } },
      };
    }
    case 3:
    case 4: {
      const booking = pick(data.bookings);
      return {
        entity: 'booking',
        entityId: booking.id,
        action: 'cancel',
        changes: { status: { before: 'booked', after: 'cancelled' } },
        reason: 'The researcher is on leave that day.',
      };
    }
    case 5:
    case 6: {
      const person = pick(data.people);
      return {
        entity: 'person',
        entityId: person.id,
        action: 'update',
        changes: { department: { before: 'Not recorded', after: person.department ?? 'Research' } },
      };
    }
    case 7: {
      const membership = pick(data.memberships);
      return {
        entity: 'membership',
        entityId: membership.id,
        action: 'update',
        changes: { role: { before: 'other', after: membership.role } },
      };
    }
    default: {
      const training = pick(data.trainingRecords);
      return {
        entity: 'training-record',
        entityId: training.id,
        action: 'update',
        changes: { evidenceReference: { before: 'pending', after: training.evidenceReference ?? 'on file' } },
      };
    }
  }
}

/** Appends `count` chained history events, timed evenly from `from` to `to` (ms); returns how many. */
export async function writeAuditHistory(
  db: DshDatabase,
  data: DemoDataSet,
  count: number,
  { from, to }: { from: number; to: number },
): Promise<number> {
  const staff = data.staffMembers;
  for (let start = 0; start < count; start += BATCH) {
    const end = Math.min(count, start + BATCH);
    await db.transaction('rw', db.auditEvents, db.meta, async () => {
      const stored = await readAuditHead(db);
      if (stored === 'damaged') throw new Error('The audit head of the benchmark database is damaged.');
      let head: { seq: number; hash: string } = stored ?? { seq: 0, hash: GENESIS_HASH };
      const events: AuditEvent[] = [];
      for (let i = start; i < end; i++) {
        const member = staff[i % staff.length]!;
        const content = {
          id: crypto.randomUUID(),
          seq: head.seq + 1,
          at: new Date(from + ((to - from) * i) / count).toISOString(),
          actor: { staffId: member.id, staffName: member.name, osUser: 'bench' },
          ...editOf(data, i),
          prevHash: head.hash,
        };
        const event = { ...content, hash: hashOfEvent(content) } as AuditEvent;
        events.push(event);
        head = { seq: event.seq, hash: event.hash };
      }
      // One event per batch is checked against the app's schema: they are all built alike.
      const checked = AuditEventSchema.safeParse(events[0]);
      if (!checked.success)
        throw new Error(`A history event does not fit the audit schema: ${checked.error.message}`);
      await db.auditEvents.bulkAdd(events);
      await db.meta.put({ key: AUDIT_HEAD_KEY, value: JSON.stringify(head) });
    });
  }
  return count;
}
