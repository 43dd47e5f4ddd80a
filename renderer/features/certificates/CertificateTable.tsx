/** The rows of the certificate register, each with "Save PDF…" to export the certificate again. */
import { useState } from 'react';
import { Link } from 'react-router';
import { formatShortDate } from '../../../shared/dates';
import type { Certificate } from '../../../shared/domain';
import { ExportOutcome } from '../../components/documents/ExportOutcome';
import { useSaveCertificate } from './use-save-certificate';
import { DataTable } from '../../components/DataTable';

/** Void or current; what it replaces or was replaced by; whether the countersigned copy came back. */
function CertificateStatusCell({ certificate }: { certificate: Certificate }) {
  const { voided, replacedBy, countersigned, content } = certificate;
  return (
    <>
      <span className={voided ? 'chip chip-bad' : 'chip chip-done'}>{voided ? 'Void' : 'Current'}</span>
      {voided && (
        <span className="cert-table-title">
          {replacedBy ? `Replaced by ${replacedBy}` : 'Not replaced yet'}
        </span>
      )}
      {content.replaces && <span className="cert-table-title">Replaces {content.replaces}</span>}
      {countersigned && (
        <span className="cert-table-title">
          Countersigned copy received {formatShortDate(countersigned.receivedOn)}
        </span>
      )}
    </>
  );
}

/** A table of certificates; the outcome of the last export shows under it. */
export function CertificateTable({ certificates }: { certificates: readonly Certificate[] }) {
  const save = useSaveCertificate();
  const [saving, setSaving] = useState<string | null>(null);
  return (
    <>
      <DataTable
        headings={['Certificate', 'Issued', 'Project', 'Lead researcher', 'Status', 'Fingerprint']}
        actions
        className="cert-table"
      >
        {certificates.map((certificate) => (
          <tr key={certificate.id}>
            <th scope="row" className="nowrap">
              <Link to={`/projects/${certificate.projectId}/certificate`}>{certificate.number}</Link>
            </th>
            <td className="nowrap">{formatShortDate(certificate.issuedOn)}</td>
            <td>
              <Link to={`/projects/${certificate.projectId}`}>{certificate.content.projectReference}</Link>
              <span className="cert-table-title">{certificate.content.projectTitle}</span>
            </td>
            <td>{certificate.content.leadResearcher}</td>
            <td>
              <CertificateStatusCell certificate={certificate} />
            </td>
            <td className="nowrap">
              <span className="path" title={certificate.fingerprint}>
                {certificate.fingerprint.slice(0, 8)}…
              </span>
            </td>
            <td className="nowrap">
              <button
                type="button"
                className="button secondary small"
                disabled={save.busy}
                onClick={() => {
                  setSaving(certificate.number);
                  void save.saveCertificate(certificate);
                }}
              >
                Save PDF…<span className="visually-hidden"> of {certificate.number}</span>
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      <ExportOutcome outcome={save.outcome} what={saving ? `Certificate ${saving}` : 'Certificate'} />
    </>
  );
}
