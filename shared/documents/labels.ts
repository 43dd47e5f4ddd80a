/** The words documents print for the domain's coded values ("removable" → "Removable media"). */
import type {
  ClosureReason,
  DatasetClassification,
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
