/**
 * The certificate's content, built from the records alone: the project (title, data controller, datasets
 * and their providers, agreement references from its information-governance references), its lead
 * researcher, its closure checklist (storage locations with their media, sanitisation and fate, the
 * destruction, the data owner's authorisation, approved extracts as outputs retained) and Settings (the
 * DSH's name, address and contact). Nothing is typed on the certificate page, so the certificate cannot
 * disagree with the record; what does not pass the schema is listed with the record to correct.
 */
import { z } from 'zod';
import {
  ANY_PROJECT_REFERENCE_PATTERN,
  CertificateContentSchema,
  IG_REFERENCE_LABELS,
  type ClosureRecord,
  type IgReferenceKey,
  type Project,
} from '../../domain';
import type { CertificateDraftContent } from './certificate-preview';
import type { IsoDate } from '../../dates';
import { problemsOf, type DraftProblem } from './draft-problems';

/**
 * What is checked before issue: the content without its number (the register gives it). A project
 * recorded offline in a team still has a provisional reference: its draft shows it, and the confirmed one
 * (which issuing waits for) is printed.
 */
export const CertificateDraftSchema = CertificateContentSchema.omit({ number: true }).extend({
  projectReference: z
    .string()
    .regex(ANY_PROJECT_REFERENCE_PATTERN, 'Project reference must look like DSH-2026-014.'),
});

/** The statement printed on a certificate when no outputs were kept. */
export const DEFAULT_STATEMENT =
  'We certify that all data held for this project in the Data Safe Haven, including backups and removable media, has been destroyed as described above, and that no copy of it remains.';

/**
 * The statement when approved outputs left the DSH: it must not say that nothing remains while the
 * certificate lists what was kept.
 */
export const STATEMENT_WITH_OUTPUTS =
  'We certify that all data held for this project in the Data Safe Haven, including backups and removable media, has been destroyed as described above, and that no copy of it remains apart from the outputs listed under “Outputs retained”, which were approved for release under the data agreements.';

/** What the certificate is built from. */
export interface CertificateSources {
  project: Project;
  /** The lead researcher's name, when the onboarding form names one that is recorded. */
  leadName: string | undefined;
  closure: ClosureRecord | undefined;
  /** The DSH's name (Settings), the organisation of its staff who sanitise and witness. */
  organisationName?: string;
  /** The DSH's address and contact (Settings), printed under its name. */
  organisationAddress?: string | undefined;
  organisationContact?: string | undefined;
  /** The DSH team, whose e-mail addresses are the contact of a signatory who is one of them. */
  staff?: readonly { name: string; email: string }[];
  /** The number of the project's void certificate that this one replaces, when there is one. */
  replaces?: string | undefined;
}

/** The agreement references of the project: each information-governance reference that applies. */
export function agreementReferencesOf(project: Project): { label: string; reference: string }[] {
  const ig = project.onboarding.igReferences ?? {};
  return (Object.keys(IG_REFERENCE_LABELS) as IgReferenceKey[]).flatMap((key) => {
    const entry = ig[key];
    return entry?.applicable && entry.reference
      ? [{ label: IG_REFERENCE_LABELS[key], reference: entry.reference }]
      : [];
  });
}

/** Text, or undefined when blank (the schema then says what is missing). */
const given = (text: string | undefined): string | undefined => (text?.trim() ? text : undefined);

/** The content as the records give it, before it is checked. */
export function draftCandidateOf(
  {
    project,
    leadName,
    closure,
    organisationName = '',
    organisationAddress,
    organisationContact,
    staff = [],
    replaces,
  }: CertificateSources,
  issuedOn: IsoDate,
): Record<string, unknown> {
  const { onboarding } = project;
  const destruction = closure?.destruction;
  const datasets = (onboarding.datasets ?? []).map((dataset) => ({
    name: given(dataset.name),
    provider: given(dataset.provider),
  }));
  const attestor = (name: string | undefined) => ({
    organisation: given(organisationName),
    contact: staff.find((member) => member.name.toLowerCase() === name?.toLowerCase())?.email,
  });
  const issuer = { address: given(organisationAddress), contact: given(organisationContact) };
  const extracts = closure?.extracts ?? [];
  return {
    projectReference: project.reference,
    projectTitle: project.title,
    leadResearcher: leadName ?? project.enquiry.contact.name,
    dataController: given(onboarding.dataController),
    dataProviders: [...new Set(datasets.flatMap((dataset) => dataset.provider ?? []))],
    agreementReferences: agreementReferencesOf(project),
    datasets,
    // Each location names its own sanitisation; one recorded for the whole project applies where a
    // location gives none.
    storageLocations: (closure?.storageLocations ?? []).map((place) => ({
      location: place.location,
      kind: place.kind,
      mediaType: place.mediaType,
      identifier: place.identifier,
      method: place.method ?? destruction?.method,
      technique: place.technique ?? destruction?.technique,
      verification: place.verification ?? destruction?.verification,
      afterwards: place.afterwards,
    })),
    method: destruction?.method,
    technique: destruction?.technique,
    tool: destruction?.tool,
    verification: destruction?.verification,
    destroyedOn: destruction?.date,
    backupsOverwrittenBy: destruction?.backupsOverwrittenBy,
    performedBy: destruction?.performedBy,
    witnessedBy: destruction?.witnessedBy,
    attestation: {
      performedBy: attestor(destruction?.performedBy.name),
      witnessedBy: attestor(destruction?.witnessedBy.name),
    },
    dataOwnerAuthorisationRef: closure?.dataOwnerAuthorisationRef,
    outputsRetained: extracts.map((extract) => ({ ...extract })),
    statement: extracts.length > 0 ? STATEMENT_WITH_OUTPUTS : DEFAULT_STATEMENT,
    issuedOn,
    ...(issuer.address || issuer.contact ? { issuer } : {}),
    ...(replaces ? { replaces } : {}),
  };
}

/** The certificate's draft from the records, or every reason it cannot be made with the record to correct. */
export function certificateDraftOf(
  sources: CertificateSources,
  issuedOn: IsoDate,
): { draft: CertificateDraftContent; problems: [] } | { draft: undefined; problems: DraftProblem[] } {
  const parsed = CertificateDraftSchema.safeParse(draftCandidateOf(sources, issuedOn));
  // Parts the records leave out are dropped rather than kept as undefined, so the content stored is
  // exactly the content its embedded record (JSON) carries.
  return parsed.success
    ? { draft: JSON.parse(JSON.stringify(parsed.data)) as CertificateDraftContent, problems: [] }
    : { draft: undefined, problems: problemsOf(parsed.error.issues) };
}
