/**
 * The certificate form's values: prefilled from the project (title, data controller, datasets, agreement
 * references from its information-governance references), its lead researcher and its closure checklist
 * (storage locations, destruction, the data owner's authorisation, approved extracts as outputs retained).
 * The form holds text ('' for empty); the schema turns it into the draft that is issued.
 */
import {
  CertificateContentSchema,
  IG_REFERENCE_LABELS,
  type ClosureRecord,
  type DestructionMethod,
  type IgReferenceKey,
  type Project,
  type StorageKind,
} from '../../../shared/domain';
import type { CertificateDraftContent } from '../../../shared/documents/certificate/certificate-preview';
import type { IsoDate } from '../../../shared/dates';
import { blankAsMissing } from '../../components/form/schema-resolver';

/** What the officer checks and may correct before issuing (the issue date is the day of issue). */
export const CertificateFormSchema = CertificateContentSchema.omit({ number: true, issuedOn: true });

/** What the form gives once its text is parsed: the draft without its issue date. */
export type ParsedCertificateForm = Omit<CertificateDraftContent, 'issuedOn'>;

/** The certificate form as text, the way its inputs hold it. */
export interface CertificateFormValues {
  projectReference: string;
  projectTitle: string;
  leadResearcher: string;
  dataController: string;
  agreementReferences: { label: string; reference: string }[];
  datasets: { name: string; provider: string }[];
  storageLocations: { location: string; kind: StorageKind | '' }[];
  method: DestructionMethod | '';
  technique: string;
  tool: string;
  verification: string;
  destroyedOn: string;
  performedBy: { name: string; role: string };
  witnessedBy: { name: string; role: string };
  attestation: {
    performedBy: { organisation: string; contact: string };
    witnessedBy: { organisation: string; contact: string };
  };
  dataOwnerAuthorisationRef: string;
  outputsRetained: { description: string; approvedBy: string; approvedOn: string }[];
  statement: string;
}

/** The statement printed on a certificate unless the officer words it otherwise (no outputs were kept). */
export const DEFAULT_STATEMENT =
  'We certify that all data held for this project in the Data Safe Haven, including backups and removable media, has been destroyed as described above, and that no copy of it remains.';

/**
 * The statement when approved outputs left the DSH: it must not say that nothing remains while the
 * certificate lists what was kept.
 */
export const STATEMENT_WITH_OUTPUTS =
  'We certify that all data held for this project in the Data Safe Haven, including backups and removable media, has been destroyed as described above, and that no copy of it remains apart from the outputs listed under “Outputs retained”, which were approved for release under the data agreements.';

/** What the form is prefilled from. */
export interface CertificateSources {
  project: Project;
  /** The lead researcher's name, when the onboarding form names one that is recorded. */
  leadName: string | undefined;
  closure: ClosureRecord | undefined;
  /** The DSH's name (Settings), the organisation of its staff who sanitise and witness. */
  organisationName?: string;
  /** The DSH team, whose e-mail addresses are the contact of a signatory who is one of them. */
  staff?: readonly { name: string; email: string }[];
}

/** The agreement references of the project: each information-governance reference that applies. */
export function agreementReferencesOf(project: Project): CertificateFormValues['agreementReferences'] {
  const ig = project.onboarding.igReferences ?? {};
  return (Object.keys(IG_REFERENCE_LABELS) as IgReferenceKey[]).flatMap((key) => {
    const entry = ig[key];
    return entry?.applicable && entry.reference
      ? [{ label: IG_REFERENCE_LABELS[key], reference: entry.reference }]
      : [];
  });
}

/** The form prefilled from the project, its lead researcher and its closure checklist. */
export function certificateFormValuesOf({
  project,
  leadName,
  closure,
  organisationName = '',
  staff = [],
}: CertificateSources): CertificateFormValues {
  const { onboarding } = project;
  const destruction = closure?.destruction;
  const attestor = (name: string | undefined) => ({
    organisation: organisationName,
    contact: staff.find((member) => member.name.toLowerCase() === name?.toLowerCase())?.email ?? '',
  });
  return {
    projectReference: project.reference,
    projectTitle: project.title,
    leadResearcher: leadName ?? project.enquiry.contact.name,
    dataController: onboarding.dataController ?? '',
    agreementReferences: agreementReferencesOf(project),
    datasets: (onboarding.datasets ?? []).map((dataset) => ({
      name: dataset.name ?? '',
      provider: dataset.provider ?? '',
    })),
    storageLocations: (closure?.storageLocations ?? []).map(({ location, kind }) => ({ location, kind })),
    method: destruction?.method ?? '',
    technique: destruction?.technique ?? '',
    tool: destruction?.tool ?? '',
    verification: destruction?.verification ?? '',
    destroyedOn: destruction?.date ?? '',
    performedBy: destruction?.performedBy ?? { name: '', role: '' },
    witnessedBy: destruction?.witnessedBy ?? { name: '', role: '' },
    attestation: {
      performedBy: attestor(destruction?.performedBy.name),
      witnessedBy: attestor(destruction?.witnessedBy.name),
    },
    dataOwnerAuthorisationRef: closure?.dataOwnerAuthorisationRef ?? '',
    outputsRetained: (closure?.extracts ?? []).map((extract) => ({ ...extract })),
    statement: closure?.extracts.length ? STATEMENT_WITH_OUTPUTS : DEFAULT_STATEMENT,
  };
}

/** The form's values as the certificate's draft content, dated `issuedOn`; undefined while any is invalid. */
export function draftOf(
  values: CertificateFormValues,
  issuedOn: IsoDate,
): CertificateDraftContent | undefined {
  const parsed = CertificateFormSchema.safeParse(blankAsMissing(values));
  return parsed.success ? { ...parsed.data, issuedOn } : undefined;
}
