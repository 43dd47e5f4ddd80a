/**
 * What every row of a backup must be before it may be restored: plain data (no prototype smuggled in through
 * a `__proto__` key, no `constructor` or `prototype` keys, no revived Dates, Maps or Blobs) that passes the
 * zod schema of its table (ENTITIES for records), stored in the form that schema gives it.
 */
import { z } from 'zod';
import { withoutUndefined } from '../../../shared/audit/diff';
import {
  AcknowledgementSchema,
  AuditEventSchema,
  EvidenceFileSchema,
  PROJECT_STATUSES,
  ReceivedAuditEventSchema,
  ReminderAssignmentSchema,
  STAGES,
} from '../../../shared/domain';
import { idField, isoDateField, requiredText } from '../../../shared/domain/schemas/fields';
import type { DshDatabase } from '../database';
import { SYNC_ROW_SCHEMAS } from '../sync/rows';
import { ENTITIES } from '../write/entities';
import type { RecordSchema } from '../write/validate';

/** A table's row schema. */
export type RowSchema = RecordSchema<unknown>;

const MetaRowSchema = z.strictObject({ key: z.string().min(1).max(200), value: z.string().max(100_000) });
const CounterRowSchema = z.strictObject({
  key: z.string().min(1).max(200),
  last: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Seats of a session on a day (renderer/db/aggregates: derived, checked but never restored). */
const SeatCountRowSchema = z.strictObject({
  date: isoDateField('Date'),
  sessionId: idField('Session'),
  booked: count,
  total: count,
});

/** Projects of a status and stage (renderer/db/aggregates: derived, checked but never restored). */
const ProjectCountRowSchema = z.strictObject({
  status: z.enum(PROJECT_STATUSES),
  stage: z.enum(STAGES),
  count,
});

/** A day, or '' (a reminder without a date, or standing whatever the day). */
const dayOrNone = (label: string) => z.union([isoDateField(label), z.literal('')]);

/** A reminder a record can give rise to (renderer/db/aggregates/deadline-rows.ts: derived, never restored). */
const DeadlineRowSchema = z.strictObject({
  id: requiredText('Deadline', 300),
  subject: requiredText('Subject', 200),
  kind: z.enum(['project-end', 'onboarding-stalled', 'closure', 'access', 'dsa']),
  projectId: idField('Project'),
  membershipId: idField('Membership').optional(),
  personId: idField('Person').optional(),
  on: dayOrNone('Reminder date'),
  dueOn: dayOrNone('Due date').optional(),
  until: isoDateField('Standing until').optional(),
});

/**
 * The schema of every table of `db`, by table name: ENTITIES for the records, and the tables that are not
 * records. A table without a schema here cannot be backed up and restored (a test checks every table has one).
 */
export function rowSchemasOf(db: DshDatabase): ReadonlyMap<string, RowSchema> {
  return new Map<string, RowSchema>([
    [db.meta.name, MetaRowSchema],
    [db.counters.name, CounterRowSchema],
    [db.auditEvents.name, AuditEventSchema],
    [db.acknowledgements.name, AcknowledgementSchema],
    [db.outbox.name, SYNC_ROW_SCHEMAS.outbox],
    [db.syncRevs.name, SYNC_ROW_SCHEMAS.syncRevs],
    [db.syncConflicts.name, SYNC_ROW_SCHEMAS.syncConflicts],
    [db.peerAuditEvents.name, ReceivedAuditEventSchema],
    [db.reminderAssignments.name, ReminderAssignmentSchema],
    [db.evidenceFiles.name, EvidenceFileSchema],
    [db.seatCounts.name, SeatCountRowSchema],
    [db.projectCounts.name, ProjectCountRowSchema],
    [db.deadlines.name, DeadlineRowSchema],
    ...Object.values(ENTITIES).map((spec) => [spec.table(db).name, spec.schema as RowSchema] as const),
  ]);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** Why `value` is not plain JSON-like data, or null when it is. */
export function plainDataProblem(value: unknown, depth = 0): string | null {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    return `it holds a ${typeof value}`;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) return `it is nested more than ${MAX_DEPTH} levels deep`;
  const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: string; prototype?: unknown } };
  if (prototype !== Object.prototype && prototype !== Array.prototype) {
    const isClass =
      typeof prototype?.constructor === 'function' && prototype.constructor.prototype === prototype;
    // A "__proto__" key in the file becomes the row's prototype when the file is parsed.
    return isClass
      ? `it holds a ${prototype.constructor?.name ?? 'special object'}, not plain data`
      : 'it has a field named "__proto__", which is never allowed';
  }
  for (const key of Reflect.ownKeys(value)) {
    const name = String(key);
    if (typeof key === 'symbol' || FORBIDDEN_KEYS.has(name)) {
      return `it has a field named "${name}", which is never allowed`;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) return `its field "${name}" is not plain data`;
    const found = plainDataProblem(descriptor.value, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** A row as its table stores it, or the reason it cannot be restored (in words for the officer). */
export function checkedRow(
  schema: RowSchema,
  row: unknown,
): { ok: true; row: Record<string, unknown> } | { ok: false; problem: string } {
  const shape = plainDataProblem(row);
  if (shape !== null) return { ok: false, problem: shape };
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.length ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`,
    );
    return { ok: false, problem: issues.join('; ') };
  }
  return { ok: true, row: withoutUndefined(parsed.data) as Record<string, unknown> };
}
