/**
 * Audit events in readable words, for the Audit page, the dashboard and a project's timeline: every action
 * of the closed list has its wording (a Record over AuditAction, so the compiler refuses a missing one),
 * records are named as the officer knows them (DSH-2026-047, Dr A Smith) when the caller can name them, and
 * changed fields are said in words.
 */
import { isAuditAction, type AuditAction, type AuditEvent, type AuditedEntity } from '../domain';
import { sentence } from '../sentence';
import type { FieldChange } from './diff';
import { fieldLabel } from './field-labels';

const ENTITY_NAMES: Record<AuditedEntity, string> = {
  project: 'project',
  person: 'person',
  membership: 'project membership',
  'training-record': 'training record',
  'setup-task': 'set-up task',
  'change-request': 'change request',
  booking: 'booking',
  'closure-record': 'closure checklist',
  certificate: 'certificate',
  'staff-member': 'staff member',
  application: 'application',
  'connection-type': 'connection type',
  'session-template': 'bookable session',
  'blackout-date': 'blackout date',
  settings: 'settings',
  database: 'database',
};

/**
 * The sentence of each action, given the record in words ("project DSH-2026-047"), without its full stop.
 * Memberships read "Granted access: Dr A Smith on DSH-2026-047" (the record's name says whose and where).
 */
const ACTION_WORDS: Record<AuditAction, (record: string, named: string) => string> = {
  create: (record) => `Created ${record}`,
  update: (record) => `Updated ${record}`,
  delete: (record) => `Deleted ${record}`,
  advance: (record) => `Advanced ${record}`,
  override: (record) => `Overrode the gate of ${record}`,
  'move-back': (record) => `Moved back ${record}`,
  withdraw: (record) => `Withdrew ${record}`,
  decline: (record) => `Declined ${record}`,
  close: (record) => `Closed ${record}`,
  cancel: (record) => `Cancelled ${record}`,
  approve: (record) => `Approved ${record}`,
  reject: (record) => `Rejected ${record}`,
  complete: (record) => `Marked ${record} done`,
  'record-access-form': (_record, named) => `Recorded the signed user access form: ${named}`,
  'grant-access': (_record, named) => `Granted access: ${named}`,
  'revoke-access': (_record, named) => `Revoked access: ${named}`,
  issue: (record) => `Issued ${record}`,
  export: (record) => `Exported ${record}`,
  backup: (record) => `Backed up the ${record}`,
  restore: (record) => `Restored the ${record}`,
  'undo-restore': (record) => `Undid a restore of the ${record}`,
  acknowledge: (record) => `Acknowledged a reminder about ${record}`,
  'load-demo': (record) => `Loaded demo ${record}`,
  'log-anomaly': (record) => `Recorded a problem found in the audit log of the ${record}`,
  import: (record) => `Imported a spreadsheet into the ${record}`,
  'undo-import': (record) => `Undid a spreadsheet import into the ${record}`,
  'record-file': (record) => `Kept the SHA-256 of the issued file of ${record}`,
  'confirm-reference': (record) => `Confirmed the reference of ${record}, numbered for the whole team`,
  'sync-conflict': (record) => `Found that two workstations changed ${record} differently`,
  'resolve-conflict': (record) => `Chose between two workstations' versions of ${record}`,
  'merge-person': (record) => `Merged a researcher recorded twice: ${record}`,
  'number-locally': (record) =>
    `Numbered ${record} on this workstation on leaving the team, in place of its provisional reference`,
  assign: (record) => `Assigned a reminder about ${record} to an officer`,
  void: (record) => `Voided ${record}`,
  'record-countersigned': (record) =>
    `Recorded the countersigned copy of ${record} returned by the data controller`,
  'attach-evidence': (record) => `Attached an evidence file to ${record}`,
  'remove-evidence': (record) => `Removed an evidence file from ${record}`,
};

/** How the caller names records it knows (a project's reference, a person's name); undefined: unknown. */
export interface AuditNames {
  recordName: (entity: AuditedEntity, entityId: string) => string | undefined;
}

/** The entity's name in the officer's words ("training record"). */
export function entityName(entity: AuditedEntity): string {
  return ENTITY_NAMES[entity];
}

export { fieldLabel };

type Described = Pick<AuditEvent, 'action' | 'entity' | 'changes'> & { entityId?: string };

/** The record's own name as the event or the caller knows it ("DSH-CERT-2026-0007", "Dr A Smith"). */
function nameOf(event: Described, names: AuditNames | undefined): string | undefined {
  const known = event.entityId === undefined ? undefined : names?.recordName(event.entity, event.entityId);
  if (known) return known;
  const own = ['number', 'reference', 'name'].map((field) => {
    const change = event.changes[field];
    return change?.after ?? change?.before;
  });
  return own.find((value): value is string => typeof value === 'string' && value !== '');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The parts of an object field that changed ("data controller, datasets"), or none for a plain value. */
export function changedParts(change: FieldChange): string[] {
  const { before, after } = change;
  if (!isPlainObject(before) || !isPlainObject(after)) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(fieldLabel);
}

/** The fields an update changed, in words: "title, onboarding form (data controller, datasets)". */
export function changedFields(changes: Readonly<Record<string, FieldChange>>): string {
  return Object.entries(changes)
    .map(([field, change]) => {
      const parts = changedParts(change);
      return parts.length > 0 ? `${fieldLabel(field)} (${parts.join(', ')})` : fieldLabel(field);
    })
    .join(', ');
}

/** A sentence for the event: "Updated project DSH-2026-047: working title." */
export function describeAuditEvent(event: Described, names?: AuditNames): string {
  const name = nameOf(event, names);
  const record = name ? `${ENTITY_NAMES[event.entity]} ${name}` : ENTITY_NAMES[event.entity];
  const named = name ?? `a ${ENTITY_NAMES[event.entity]}`;
  if (!isAuditAction(event.action)) {
    // Written by another version: its action in plain words, then the record.
    const words = event.action.replace(/-/g, ' ');
    return sentence(`${words[0]?.toUpperCase() ?? ''}${words.slice(1)}: ${record}`);
  }
  const text = ACTION_WORDS[event.action](record, named);
  const fields = Object.keys(event.changes);
  return event.action === 'update' && fields.length > 0
    ? sentence(`${text}: ${changedFields(event.changes)}`)
    : sentence(text);
}
