/**
 * The evidence pack for an audit: one zip holding the training compliance report, the access list of every
 * live project, the certificate register, and the result of verifying the audit log with when it was
 * checked, the evidence files attached to records with their index, plus a README that lists each file with
 * its SHA-256, so a copy can be checked later.
 */
import { strToU8, zipSync } from 'fflate';
import { sha256HexOfBytes } from '../../../../shared/hashing';
import { formatInstant, type IsoDate, type IsoInstant } from '../../../../shared/dates';
import type { ReportTable, TrainingCompliance } from '../../../../shared/domain/reports';
import type { AuditHead } from '../../../../shared/audit/head';
import type { AuditLogVerdict } from '../../../db/audit/verify';
import { reportCsv } from '../figure/report-csv';
import { overallTable } from '../compliance-tables';
import type { AccessListRow } from './access-list';
import type { CertificateRow } from './certificate-register';
import { gatheredNothing, type PackAttachments } from './evidence-attachments';

/** The files of the pack, by name, in the order they are listed. */
export const EVIDENCE_FILES = {
  readme: 'README.txt',
  compliance: 'training-compliance.csv',
  complianceSummary: 'training-compliance-summary.csv',
  accessList: 'access-list.csv',
  certificates: 'certificate-register.csv',
  auditVerification: 'audit-log-verification.txt',
  attachments: 'evidence-files.csv',
} as const;

/** What the pack is made from. */
export interface EvidenceInput {
  organisationName: string;
  today: IsoDate;
  madeAt: IsoInstant;
  madeBy: { staffName: string; osUser: string };
  compliance: TrainingCompliance;
  accessList: ReportTable<AccessListRow>;
  certificates: ReportTable<CertificateRow>;
  verdict: AuditLogVerdict;
  verifiedAt: IsoInstant;
  /** Where the log ended when the pack was made: an anchor an auditor can compare a later log with. */
  head?: AuditHead | undefined;
  /** The evidence files attached to records, and their index (none when absent). */
  attachments?: PackAttachments;
}

const COUNT = new Intl.NumberFormat('en-GB');

function verificationText({ verdict, verifiedAt, head }: EvidenceInput): string {
  return [
    'Verification of the DSH Desk audit log',
    '',
    `Checked: ${formatInstant(verifiedAt)} (London time; ${verifiedAt} UTC)`,
    `Result: ${verdict.intact ? 'INTACT' : 'BROKEN'}`,
    `Events checked: ${COUNT.format(verdict.checked)}`,
    ...(verdict.intact || verdict.brokenAtSeq === undefined
      ? []
      : [`First broken event: ${verdict.brokenAtSeq}`]),
    ...(verdict.intact
      ? []
      : verdict.brokenPeers.map(
          ({ device, seq }) => `First broken event of workstation ${device.slice(0, 8)}: ${seq}`,
        )),
    ...(head ? [`End of the log: event ${head.seq}, SHA-256 ${head.hash}`] : []),
    '',
    verdict.message,
    '',
    'Each event of the log carries the SHA-256 hash of the event before it; the check follows the whole',
    'chain and compares its end with the recorded head, so an edited, removed, inserted or reordered event',
    'breaks it. The end of the log is also recorded outside the database (in the data folder) with every',
    'backup and evidence pack: a later log that no longer holds this event with this hash was shortened or',
    'rewritten.',
    '',
  ].join('\r\n');
}

function readme(input: EvidenceInput, files: Record<string, Uint8Array>): string {
  const { compliance } = input;
  return [
    `Evidence pack of ${input.organisationName}`,
    '',
    `Made: ${formatInstant(input.madeAt)} (London time; ${input.madeAt} UTC)`,
    `Made by: ${input.madeBy.staffName} (computer user ${input.madeBy.osUser}), with DSH Desk`,
    `Figures as of: ${input.today}`,
    '',
    'Contents',
    `- ${EVIDENCE_FILES.compliance}: training compliance of every live project (Set Up, Access, Active).`,
    `- ${EVIDENCE_FILES.complianceSummary}: the same over all live projects: ${COUNT.format(compliance.overall.ready)} of ${COUNT.format(compliance.overall.members)} members ready.`,
    `- ${EVIDENCE_FILES.accessList}: every member of every live project, with the access form, access granted and revoked.`,
    `- ${EVIDENCE_FILES.certificates}: every certificate of deletion issued (${COUNT.format(input.certificates.rows.length)}), with its SHA-256 fingerprint.`,
    `- ${EVIDENCE_FILES.auditVerification}: the audit log's verification: ${input.verdict.intact ? 'intact' : 'BROKEN'}.`,
    `- ${EVIDENCE_FILES.attachments}: every evidence file attached to a record (${COUNT.format(input.attachments?.table.rows.length ?? 0)}), which record it proves and its SHA-256; the files are in the evidence folder.`,
    '',
    'SHA-256 of each file',
    ...Object.entries(files).map(([name, bytes]) => `${sha256HexOfBytes(bytes)}  ${name}`),
    '',
  ].join('\r\n');
}

/** The files of the pack (README last computed, over the others) and the zip holding them. */
export function buildEvidencePack(input: EvidenceInput): {
  files: Record<string, Uint8Array>;
  zip: Uint8Array;
} {
  const parts: Record<string, Uint8Array> = {
    [EVIDENCE_FILES.compliance]: reportCsv(input.compliance.table),
    [EVIDENCE_FILES.complianceSummary]: reportCsv(overallTable(input.compliance)),
    [EVIDENCE_FILES.accessList]: reportCsv(input.accessList),
    [EVIDENCE_FILES.certificates]: reportCsv(input.certificates),
    [EVIDENCE_FILES.auditVerification]: strToU8(verificationText(input)),
    [EVIDENCE_FILES.attachments]: reportCsv((input.attachments ?? gatheredNothing()).table),
    ...input.attachments?.files,
  };
  const files = { [EVIDENCE_FILES.readme]: strToU8(readme(input, parts)), ...parts };
  const mtime = new Date(input.madeAt);
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime }]])),
  );
  return { files, zip };
}
