/** The audit log: append-only events, each carrying the hash of the one before it. */
import { z } from 'zod';
import {
  MAX,
  causalClockField,
  idField,
  instantField,
  optionalText,
  requiredText,
  strictForm,
  wholeNumberField,
} from './fields';

/** What kinds of record the audit log speaks about. */
export const AUDITED_ENTITIES = [
  'project',
  'person',
  'membership',
  'training-record',
  'setup-task',
  'change-request',
  'booking',
  'closure-record',
  'certificate',
  'staff-member',
  'application',
  'connection-type',
  'session-template',
  'blackout-date',
  'settings',
  /** The whole database: backups, exports and restores. */
  'database',
] as const;
/** A kind of record the audit log speaks about. */
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/**
 * Every action DSH Desk writes to the audit log. A closed list, so each has its wording (shared/audit/
 * describe.ts, a Record over this type: the compiler refuses a missing one). Events stored with an action
 * outside it (written by an older or newer version) stay valid and read in plain words all the same.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'advance',
  'override',
  'move-back',
  'withdraw',
  'decline',
  'close',
  'cancel',
  'approve',
  'reject',
  'complete',
  'record-access-form',
  'grant-access',
  'revoke-access',
  'issue',
  'export',
  'backup',
  'restore',
  'undo-restore',
  'acknowledge',
  'load-demo',
  'log-anomaly',
  'import',
  'undo-import',
  'record-file',
  'confirm-reference',
  'sync-conflict',
  'resolve-conflict',
  'merge-person',
  'number-locally',
  'assign',
  'void',
  'record-countersigned',
  'attach-evidence',
  'remove-evidence',
] as const;
/** An action DSH Desk writes to the audit log. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** True when a stored event's action is one this version writes (and words). */
export function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

const sha256Hex = (label: string) =>
  z.string().regex(/^[0-9a-f]{64}$/, `${label} must be 64 lower-case hexadecimal characters.`);

/** At most this many workstations in one event's `seen` (a team has 3–10). */
const MAX_SEEN = 1000;

/** A field's value before and after the change (absent before a creation, absent after a deletion). */
export const FieldChangeSchema = strictForm({ before: z.json().optional(), after: z.json().optional() });

/** One event of the audit log. */
export const AuditEventSchema = strictForm({
  id: idField('Event id'),
  /** Increases by one with every event; the order of the chain. */
  seq: wholeNumberField('Sequence number', 1, Number.MAX_SAFE_INTEGER),
  /**
   * The installation (workstation) that wrote the event: its `installationId`. Absent on events written before
   * DSH Desk recorded it. One chain per workstation is what team sync builds on.
   */
  device: z.string().min(1).max(100).optional(),
  at: instantField('Time'),
  /**
   * The event's hybrid logical clock (shared/audit/clock.ts): later than every event this workstation had
   * written or received, whatever its wall clock said. Absent on events written before DSH Desk stamped one.
   */
  hlc: causalClockField().optional(),
  /**
   * What the event saw of the other workstations' chains (SYNC.md): for each workstation whose chain moved on
   * since this workstation's previous event recorded it, the last seq received (shared/audit/seen.ts).
   * Absent when nothing new was seen, and on events written before DSH Desk recorded it.
   */
  seen: z
    .record(z.string().min(1).max(100), wholeNumberField('Seen event', 1, Number.MAX_SAFE_INTEGER))
    .refine((seen) => Object.keys(seen).length <= MAX_SEEN, `At most ${MAX_SEEN} workstations are seen.`)
    .optional(),
  actor: strictForm({
    staffId: idField('Staff member'),
    staffName: requiredText('Staff name', MAX.name),
    osUser: requiredText('Computer user name', 256),
    /** The team server account signed in on the workstation (team mode); absent in solo mode. */
    account: optionalText('Team account', 256),
  }),
  entity: z.enum(AUDITED_ENTITIES),
  entityId: requiredText('Record id', MAX.reference),
  /**
   * What happened, in kebab-case: one of AUDIT_ACTIONS when written by this version; any kebab-case word is
   * accepted when read, so events written by another version stay readable.
   */
  action: z
    .string()
    .regex(/^[a-z]+(-[a-z]+)*$/, 'Action must be a kebab-case word.')
    .max(MAX.short),
  changes: z.record(z.string().max(MAX.name), FieldChangeSchema),
  reason: optionalText('Reason', MAX.reason),
  prevHash: sha256Hex('Previous hash'),
  hash: sha256Hex('Hash'),
});
/** One event of the audit log. */
export type AuditEvent = z.infer<typeof AuditEventSchema>;

/**
 * An event as received from another workstation (and as kept in backups): the same checks, except that a
 * top-level field this version does not know — one a newer DSH Desk writes, as `hlc` and `seen` once were —
 * is kept as it came (any JSON value) instead of refusing the event. The event's hash covers that field, so
 * dropping it would break that workstation's chain here, and refusing the event would leave a gap in it.
 * Fields inside `actor`, `hlc` or a change stay strict: DSH Desk adds fields at the top level only.
 */
export const ReceivedAuditEventSchema = AuditEventSchema.catchall(z.json());
