/**
 * The certificate register as a table: every certificate of deletion issued, void ones included and marked,
 * with its SHA-256 fingerprint, what it replaces and when the countersigned copy came back.
 */
import { formatShortDate } from '../../../../shared/dates';
import { certificateStatusWords, type Certificate } from '../../../../shared/domain';
import type { ReportTable } from '../../../../shared/domain/reports';

/** One certificate of the register. */
export interface CertificateRow {
  number: string;
  reference: string;
  title: string;
  issuedOn: string;
  destroyedOn: string;
  method: string;
  performedBy: string;
  witnessedBy: string;
  fingerprint: string;
  status: string;
  replaces: string | null;
  countersigned: string | null;
}

const COLUMNS: ReportTable<CertificateRow>['columns'] = [
  { key: 'number', label: 'Certificate', kind: 'text' },
  { key: 'reference', label: 'Project', kind: 'text' },
  { key: 'title', label: 'Title', kind: 'text' },
  { key: 'issuedOn', label: 'Issued', kind: 'date' },
  { key: 'destroyedOn', label: 'Data destroyed', kind: 'date' },
  { key: 'method', label: 'Method (NIST SP 800-88)', kind: 'text' },
  { key: 'performedBy', label: 'Performed by', kind: 'text' },
  { key: 'witnessedBy', label: 'Witnessed by', kind: 'text' },
  { key: 'fingerprint', label: 'SHA-256 fingerprint', kind: 'text' },
  { key: 'status', label: 'Status', kind: 'text' },
  { key: 'replaces', label: 'Replaces', kind: 'text' },
  { key: 'countersigned', label: 'Countersigned copy received', kind: 'date' },
];

/** The register, in certificate number order. */
export function certificateRegisterTable(certificates: readonly Certificate[]): ReportTable<CertificateRow> {
  const rows = [...certificates]
    .sort((a, b) => a.number.localeCompare(b.number))
    .map(({ number, issuedOn, fingerprint, content, voided, replacedBy, countersigned }) => ({
      number,
      reference: content.projectReference,
      title: content.projectTitle,
      issuedOn,
      destroyedOn: content.destroyedOn,
      method: content.method,
      performedBy: `${content.performedBy.name} (${content.performedBy.role})`,
      witnessedBy: `${content.witnessedBy.name} (${content.witnessedBy.role})`,
      fingerprint,
      status: voided
        ? `${certificateStatusWords({ voided, replacedBy })} (voided ${formatShortDate(voided.on)}: ${voided.reason})`
        : 'Current',
      replaces: content.replaces ?? null,
      countersigned: countersigned?.receivedOn ?? null,
    }));
  return { columns: COLUMNS, rows };
}
