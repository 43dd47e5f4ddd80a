/**
 * The officer's names for the fields the audit log records ("dataOwnerAuthorisationRef" is "data owner’s
 * authorisation reference"). Fields not named here are put in words from their camelCase name, so a field
 * added later never shows as a database word.
 */
import { IG_REFERENCE_LABELS } from '../domain/schemas/onboarding';

const LABELS: Record<string, string> = {
  dataOwnerAuthorisationRef: 'data owner’s authorisation reference',
  leadResearcherId: 'lead researcher',
  personId: 'person',
  projectId: 'project',
  staffIds: 'staff who took part',
  applicationIds: 'applications',
  connectionTypeId: 'connection type',
  sessionTemplateId: 'session',
  igReferences: 'information-governance references',
  approxSize: 'approximate size',
  onboarding: 'onboarding form',
  enquiry: 'enquiry details',
  title: 'working title',
  discussion: 'initial discussion',
  suitability: 'suitability outcome',
  closureStart: 'closure start',
  caseOfficerId: 'case officer',
  stageEnteredAt: 'dates each stage was entered',
  ended: 'end of the project',
  accessForm: 'user access form',
  accessGranted: 'access granted',
  accessRevoked: 'access revoked',
  overriddenRequirements: 'requirements overridden',
  notReadyWhenDone: 'not ready when done, because',
  doneOn: 'date done',
  decidedOn: 'date decided',
  requestedOn: 'date requested',
  receivedOn: 'date received',
  completedOn: 'date completed',
  expiresOn: 'expiry date',
  issuedOn: 'issue date',
  sha256: 'fingerprint',
  evidenceFilesCarried: 'evidence files carried',
  evidenceFilesNotHeld: 'evidence files not carried (not on this computer)',
  evidenceFilesPutBack: 'evidence files put back',
  evidenceFilesAlreadyHere: 'evidence files already on this computer',
  evidenceFilesMissing: 'evidence files neither in the backup nor on this computer',
  evidenceFilesDamaged: 'evidence files damaged in the backup (not put back)',
  evidenceFilesNotPutBack: 'evidence files not put back',
  dsaValidityMonths: 'NHS DSA validity (months)',
  ...IG_REFERENCE_LABELS,
};

/** A field's name in the officer's words, lower case ("planned start"). */
export function fieldLabel(field: string): string {
  const known = LABELS[field];
  if (known) return known;
  const words = field
    .replace(/Ids?$/, (id) => (id === 'Ids' ? 's' : ''))
    .replace(/Ref$/, 'Reference')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
  return words || field;
}

/** The same, starting with a capital ("Planned start"), for a field's label in a list. */
export function fieldTitle(field: string): string {
  const label = fieldLabel(field);
  return `${label[0]?.toUpperCase() ?? ''}${label.slice(1)}`;
}
