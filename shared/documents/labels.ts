/** The words documents print for the domain's coded values ("removable" → "Removable media"). */
import type {
  ClosureReason,
  DatasetClassification,
  MediaOutcome,
  MembershipRole,
  ReadinessState,
  StorageKind,
} from '../domain';

const STORAGE_KINDS: Record<StorageKind, string> = {
  primary: 'Primary storage',
  backup: 'Backup',
  removable: 'Removable media',
  other: 'Other',
};

const MEDIA_OUTCOMES: Record<MediaOutcome, string> = {
  reused: 'Reused',
  recycled: 'Recycled',
  destroyed: 'Destroyed',
  returned: 'Returned to its owner',
  retained: 'Kept by the DSH',
};

const CLOSURE_REASONS: Record<ClosureReason, string> = {
  'end-date-reached': 'End date reached',
  'early-end': 'Early end',
  other: 'Other',
};

const ROLES: Record<MembershipRole, string> = { lead: 'Lead researcher', analyst: 'Analyst', other: 'Other' };

const READINESS: Record<ReadinessState, string> = {
  ready: 'Ready',
  expiring: 'Expiring',
  'not-ready': 'Not ready',
};

const CLASSIFICATIONS: Record<DatasetClassification, string> = {
  identifiable: 'Identifiable',
  pseudonymised: 'Pseudonymised',
  anonymised: 'Anonymised',
};

/** A kind of storage location as printed. */
export const storageKindLabel = (kind: StorageKind): string => STORAGE_KINDS[kind];
/** A reason for closure as printed. */
export const closureReasonLabel = (reason: ClosureReason): string => CLOSURE_REASONS[reason];
/** A member's role as printed. */
export const roleLabel = (role: MembershipRole): string => ROLES[role];
/** A readiness state as printed. */
export const readinessLabel = (state: ReadinessState): string => READINESS[state];
/** A dataset's classification as printed. */
export const classificationLabel = (classification: DatasetClassification): string =>
  CLASSIFICATIONS[classification];
/** What became of a storage location's media, as printed. */
export const mediaOutcomeLabel = (outcome: MediaOutcome): string => MEDIA_OUTCOMES[outcome];
