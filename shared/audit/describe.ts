/** Audit events in readable words, for the Audit page and a project's timeline. */
import type { AuditEvent, AuditedEntity } from '../domain';

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

const VERBS: Record<string, string> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  advance: 'Advanced',
  override: 'Overrode the gate of',
  'move-back': 'Moved back',
  withdraw: 'Withdrew',
  decline: 'Declined',
  close: 'Closed',
  cancel: 'Cancelled',
  export: 'Exported',
  backup: 'Backed up',
  restore: 'Restored',
  'undo-restore': 'Undid a restore of the',
  acknowledge: 'Acknowledged a reminder for',
  'load-demo': 'Loaded demo',
  issue: 'Issued',
  import: 'Imported a spreadsheet into the',
  'undo-import': 'Undid a spreadsheet import into the',
  'record-file': 'Kept the SHA-256 of the issued file of the',
  'log-anomaly': 'Recorded a problem found in the audit log of the',
  'confirm-reference': 'Confirmed the team-wide reference of',
};

/** The entity's name in the officer's words ("training record"). */
export function entityName(entity: AuditedEntity): string {
  return ENTITY_NAMES[entity];
}

/** A sentence for the event: "Updated project: title, stage." */
export function describeAuditEvent(event: Pick<AuditEvent, 'action' | 'entity' | 'changes'>): string {
  const verb =
    VERBS[event.action] ??
    `${event.action[0]?.toUpperCase() ?? ''}${event.action.slice(1).replace(/-/g, ' ')}`;
  const fields = Object.keys(event.changes);
  const what = `${verb} ${ENTITY_NAMES[event.entity]}`;
  return event.action === 'update' && fields.length > 0 ? `${what}: ${fields.join(', ')}.` : `${what}.`;
}
