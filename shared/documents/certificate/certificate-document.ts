/**
 * What a certificate of deletion says, section by section, as document blocks. Used to print the
 * certificate and, when verifying one, to know what its pages must say.
 */
import { formatLongDate } from '../../dates';
import type { CertificateContent } from '../../domain';
import type { Block, DocumentSpec } from '../pdf/blocks';
import { controllerRows, destructionRows, letterheadDetails, storageTable } from './certificate-sections';

/** The title printed on every certificate. */
export const CERTIFICATE_TITLE = 'Certificate of Deletion';

/** The running title of a certificate's pages: "Certificate of Deletion · DSH-CERT-2026-0007". */
export function certificateRunningTitle(number: string): string {
  return `${CERTIFICATE_TITLE} · ${number}`;
}

/** The line a replacement prints under its key facts, naming the void certificate it replaces. */
function replacementNotice(content: CertificateContent): Block[] {
  if (!content.replaces) return [];
  const text = `This certificate replaces certificate ${content.replaces}, which is void. Rely on this one.`;
  return [{ kind: 'paragraph', tone: 'small', text }];
}

/** The document a certificate prints: its content, then its fingerprint and how to verify it. */
export function certificateDocument(
  content: CertificateContent,
  fingerprint: string,
  organisation: string,
): DocumentSpec {
  const blocks: Block[] = [
    {
      kind: 'letterhead',
      organisation,
      details: letterheadDetails(content),
      title: CERTIFICATE_TITLE,
      subtitle: 'Confirmation that research data held in the Data Safe Haven has been destroyed.',
    },
    {
      kind: 'keyFacts',
      facts: [
        { label: 'Certificate number', value: content.number },
        { label: 'Project reference', value: content.projectReference },
        { label: 'Date of issue', value: formatLongDate(content.issuedOn) },
      ],
    },
    // Only on a replacement: every certificate issued before prints the very same blocks.
    ...replacementNotice(content),
    { kind: 'heading', text: '1. Project' },
    {
      kind: 'fields',
      rows: [
        { label: 'Project reference', value: content.projectReference },
        { label: 'Project title', value: content.projectTitle },
        { label: 'Lead researcher', value: content.leadResearcher },
        ...controllerRows(content),
      ],
    },
    { kind: 'heading', text: '2. Agreements' },
    {
      kind: 'table',
      columns: [
        { header: 'Agreement', share: 0.45 },
        { header: 'Reference', share: 0.55 },
      ],
      rows: content.agreementReferences.map((agreement) => [agreement.label, agreement.reference]),
      empty: 'No information-governance agreement references were recorded.',
    },
    { kind: 'heading', text: '3. Data destroyed' },
    {
      kind: 'table',
      columns: [
        { header: 'Dataset', share: 0.6 },
        { header: 'Provider', share: 0.4 },
      ],
      rows: content.datasets.map((dataset) => [dataset.name, dataset.provider]),
      empty: 'No datasets were listed.',
    },
    { kind: 'heading', text: '4. Storage locations checked' },
    {
      kind: 'paragraph',
      tone: 'small',
      text: 'Every location where copies of the data were kept, including backups and removable media, was checked and holds none of the data.',
    },
    storageTable(content),
    { kind: 'heading', text: '5. Destruction' },
    { kind: 'fields', rows: destructionRows(content) },
    { kind: 'heading', text: '6. Performed and witnessed' },
    {
      kind: 'fields',
      rows: [
        { label: 'Performed by', value: `${content.performedBy.name}, ${content.performedBy.role}` },
        { label: 'Witnessed by', value: `${content.witnessedBy.name}, ${content.witnessedBy.role}` },
        { label: 'Data owner’s authorisation reference', value: content.dataOwnerAuthorisationRef },
      ],
    },
    { kind: 'heading', text: '7. Outputs retained' },
    {
      kind: 'entries',
      items: content.outputsRetained.map((extract) => ({
        text: extract.description,
        detail: `Approved by ${extract.approvedBy} on ${formatLongDate(extract.approvedOn)}`,
      })),
      empty: 'No outputs were retained: nothing was extracted from the Data Safe Haven.',
    },
    { kind: 'heading', text: '8. Statement' },
    { kind: 'paragraph', text: content.statement },
    { kind: 'fields', rows: [{ label: 'Date of issue', value: formatLongDate(content.issuedOn) }] },
    ...(content.attestation
      ? attestationBlocks(content, content.attestation, fingerprint, organisation)
      : verificationBlocks(
          '9. Verification',
          fingerprint,
          `This fingerprint is the SHA-256 hash of the certificate’s content. The same content is embedded in this PDF as the attachment certificate.json. To verify the certificate, ${organisation} recomputes the fingerprint from that content with DSH Desk, checks that the pages say the same, and compares it with the entry for ${content.number} in its certificate register: any difference means the certificate has been altered.`,
        )),
  ];
  return { organisation, runningTitle: certificateRunningTitle(content.number), blocks };
}

function verificationBlocks(heading: string, fingerprint: string, text: string): Block[] {
  return [
    { kind: 'heading', text: heading },
    { kind: 'fingerprint', label: 'SHA-256 fingerprint', hex: fingerprint },
    { kind: 'paragraph', tone: 'small', text },
  ];
}

const SIGNATURE_LINE = '_'.repeat(36);

/**
 * A certificate issued with attestation (NIST SP 800-88 Appendix G): who sanitised the data and who verified
 * and witnessed it, each with organisation, contact, date and a place to sign; then how to verify the file.
 */
function attestationBlocks(
  content: CertificateContent,
  attestation: NonNullable<CertificateContent['attestation']>,
  fingerprint: string,
  organisation: string,
): Block[] {
  const person = (
    who: { name: string; role: string },
    of: { organisation: string; contact?: string | undefined },
  ) => ({
    kind: 'fields' as const,
    rows: [
      { label: 'Name', value: who.name },
      { label: 'Role', value: who.role },
      { label: 'Organisation', value: of.organisation },
      ...(of.contact ? [{ label: 'Contact', value: of.contact }] : []),
      { label: 'Date', value: formatLongDate(content.destroyedOn) },
      { label: 'Signature', value: SIGNATURE_LINE },
    ],
  });
  return [
    { kind: 'heading', text: '9. Attestation' },
    {
      kind: 'paragraph',
      tone: 'small',
      text: 'Each signatory attests that the sanitisation and its verification described above were carried out as stated.',
    },
    { kind: 'subheading', text: 'Sanitised by' },
    person(content.performedBy, attestation.performedBy),
    { kind: 'subheading', text: 'Verified and witnessed by' },
    person(content.witnessedBy, attestation.witnessedBy),
    ...verificationBlocks(
      '10. Verification',
      fingerprint,
      `This fingerprint is the SHA-256 hash of the certificate’s content, which is embedded in this PDF as the attachment certificate.json. ${organisation} keeps in its certificate register the SHA-256 of this PDF file exactly as issued: a copy is genuine only if every byte is that file, which anyone can check against the value ${organisation} gives for ${content.number} (certutil -hashfile on Windows, shasum -a 256 on macOS and Linux).`,
    ),
  ];
}
