/**
 * A conflicting field's name in the officer's words: the label its form shows (the same words a refused
 * stale save uses, "Phone number changed by …"), else the field's name spelt out ("stage entered at").
 */
import type { SyncedTypeName } from '../../../shared/sync/synced-types';
import { humanised } from '../../components/form/stale-changes';
import { SESSION_FIELDS } from '../calendar/settings/SessionTemplateForm';
import { PERSON_FIELDS } from '../people/PersonForm';
import { TRAINING_FIELDS } from '../people/training/TrainingRecordForm';
import { PROJECT_FIELDS } from '../../../shared/audit/timeline-text';
import { APPLICATION_FIELDS } from '../settings/ApplicationForm';
import { CONNECTION_FIELDS } from '../settings/ConnectionTypeForm';
import { STAFF_FIELDS } from '../settings/StaffMemberForm';

const LABELS: Partial<Record<SyncedTypeName, Readonly<Record<string, string>>>> = {
  project: PROJECT_FIELDS,
  person: PERSON_FIELDS,
  'training-record': TRAINING_FIELDS,
  'staff-member': STAFF_FIELDS,
  application: APPLICATION_FIELDS,
  'connection-type': CONNECTION_FIELDS,
  'session-template': SESSION_FIELDS,
};

/** "Working title", "Phone number", "Stage entered at": a label, capitalised as a heading. */
export function fieldLabel(type: SyncedTypeName | undefined, field: string): string {
  const words = (type && LABELS[type]?.[field]) ?? humanised(field);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
