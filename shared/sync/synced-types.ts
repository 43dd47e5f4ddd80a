/**
 * The record kinds that travel to the team server: each one's document type (the `_id` prefix), the Dexie
 * table it lives in on a workstation, its zod schema, and how its document key is made from the record.
 * Local-only tables (settings, counters, meta, the outbox, caches and aggregates) are deliberately absent.
 */
import type { z } from 'zod';
import {
  AcknowledgementSchema,
  ApplicationSchema,
  BlackoutDateSchema,
  BookingSchema,
  CertificateSchema,
  ChangeRequestSchema,
  ClosureRecordSchema,
  ConnectionTypeSchema,
  EvidenceFileSchema,
  MembershipSchema,
  PersonSchema,
  ProjectSchema,
  ReceivedAuditEventSchema,
  ReminderAssignmentSchema,
  SessionTemplateSchema,
  SetupTaskSchema,
  StaffMemberSchema,
  TrainingRecordSchema,
} from '../domain/schemas';

/** How one kind of record becomes a document. `key` is null when the record lacks what its key needs. */
interface SyncedType {
  table: string;
  schema: z.ZodType<Record<string, unknown>>;
  key: (record: Record<string, unknown>) => string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const byId = (record: Record<string, unknown>) => text(record.id);
/** Two ids joined, for rows that Dexie keeps unique by a pair: both workstations make the same document. */
const byPair = (first: string, second: string) => (record: Record<string, unknown>) => {
  const a = text(record[first]);
  const b = text(record[second]);
  return a && b ? `${a}:${b}` : null;
};

/** The digits of an audit event's sequence number in its id, so ids sort in chain order. */
export const AUDIT_SEQ_DIGITS = 12;

/** An audit event is `audit:<device>:<seq>`: one chain per workstation (SYNC.md), never two writers of a key. */
function auditKey(record: Record<string, unknown>): string | null {
  const device = text(record.device);
  const seq = record.seq;
  if (!device || typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  return `${device}:${String(seq).padStart(AUDIT_SEQ_DIGITS, '0')}`;
}

const entry = (table: string, schema: z.ZodType, key = byId): SyncedType => ({
  table,
  schema: schema as z.ZodType<Record<string, unknown>>,
  key,
});

/** Every synced kind, by document type (the audit log's entity names, plus `audit` for its events). */
export const SYNCED_TYPES = {
  project: entry('projects', ProjectSchema),
  person: entry('people', PersonSchema),
  // Dexie keeps one membership per project and person, one setup task per project and kind, one closure
  // record per project: the document id is made of those, so two offline creations meet as one document.
  membership: entry('memberships', MembershipSchema, byPair('projectId', 'personId')),
  'training-record': entry('trainingRecords', TrainingRecordSchema),
  'setup-task': entry('setupTasks', SetupTaskSchema, byPair('projectId', 'kind')),
  'change-request': entry('changeRequests', ChangeRequestSchema),
  booking: entry('bookings', BookingSchema),
  'closure-record': entry('closureRecords', ClosureRecordSchema, (record) => text(record.projectId)),
  certificate: entry('certificates', CertificateSchema),
  'staff-member': entry('staffMembers', StaffMemberSchema),
  application: entry('applications', ApplicationSchema),
  'connection-type': entry('connectionTypes', ConnectionTypeSchema),
  'session-template': entry('sessionTemplates', SessionTemplateSchema),
  'blackout-date': entry('blackoutDates', BlackoutDateSchema),
  // Keyed by the reminder (without its window): two officers assigning it offline meet as one document, and
  // the later assignment by the causal clock wins (LAST_WRITER_TYPES).
  'reminder-assignment': entry('reminderAssignments', ReminderAssignmentSchema),
  // The row only: its bytes travel as an attachment of its document, named by their SHA-256
  // (renderer/db/sync/evidence-transfer.ts); a removed file's row travels as a deletion.
  'evidence-file': entry('evidenceFiles', EvidenceFileSchema),
  // Keyed by the reminder's id (the table's key): two officers acknowledging it offline meet as one document,
  // and the first acknowledgement by the causal clock stands (FIRST_WRITER_TYPES).
  acknowledgement: entry('acknowledgements', AcknowledgementSchema, (record) => text(record.itemId)),
  // A newer version's event is kept whole, fields this one does not know included (its hash covers them).
  audit: entry('auditEvents', ReceivedAuditEventSchema, auditKey),
} satisfies Record<string, SyncedType>;

/** A kind of record that travels to the team server. */
export type SyncedTypeName = keyof typeof SYNCED_TYPES;

/**
 * Types whose versions made apart are not merged field by field but decided whole: the one written later by
 * the causal clock is kept (an assignment is one choice, not a form; nothing to pick per field).
 */
export const LAST_WRITER_TYPES: ReadonlySet<SyncedTypeName> = new Set(['reminder-assignment']);

/**
 * Types decided whole the other way: the version written first by the causal clock is kept (an
 * acknowledgement says since when a reminder is in hand; acknowledging it again changes nothing).
 */
export const FIRST_WRITER_TYPES: ReadonlySet<SyncedTypeName> = new Set(['acknowledgement']);

/** Whether `name` is a synced document type. */
export function isSyncedType(name: string): name is SyncedTypeName {
  return Object.prototype.hasOwnProperty.call(SYNCED_TYPES, name);
}
