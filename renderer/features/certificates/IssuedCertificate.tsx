/**
 * An issued certificate of deletion: its number, date and fingerprint, "Save certificate PDF…", what is
 * kept now the project has closed, and the certificate as printed. Saving it again gives the same bytes.
 */
import { Link } from 'react-router';
import { formatLongDate } from '../../../shared/dates';
import { certificateDocument } from '../../../shared/documents/certificate/certificate-document';
import { fingerprintGroups } from '../../../shared/documents/pdf/blocks';
import type { Certificate, Project } from '../../../shared/domain';
import { DocumentPreview } from './DocumentPreview';
import { ExportOutcome } from '../../components/documents/ExportOutcome';
import { RetentionPanel } from './RetentionPanel';
import { certificateFileName } from '../../components/documents/document-files';
import { useSaveCertificate } from './use-save-certificate';

/** The issued certificate of a project. */
export function IssuedCertificate({
  certificate,
  project,
  organisation,
  justIssued,
}: {
  certificate: Certificate;
  project: Project;
  organisation: string;
  justIssued: boolean;
}) {
  const save = useSaveCertificate();
  const fileName = certificateFileName(certificate);
  const stillClosing = project.status === 'open' && project.stage === 'closure';
  return (
    <>
      <section className="panel cert-issued-panel" aria-labelledby="cert-issued-heading">
        <div className="panel-heading-row">
          <h2 id="cert-issued-heading">Register entry</h2>
          <span className="chip chip-done">Issued</span>
        </div>
        {justIssued && (
          <p className="saved-note" role="status">
            Certificate {certificate.number} issued and entered in the certificate register.
          </p>
        )}
        <dl className="facts">
          <dt>Issued on</dt>
          <dd>{formatLongDate(certificate.issuedOn)}</dd>
          <dt>Project</dt>
          <dd>
            <Link to={`/projects/${project.id}`}>{project.reference}</Link> ·{' '}
            {certificate.content.projectTitle}
          </dd>
          <dt>SHA-256 fingerprint</dt>
          <dd className="cert-fingerprint" aria-label={`SHA-256 fingerprint ${certificate.fingerprint}`}>
            {fingerprintGroups(certificate.fingerprint).map((group, i) => (
              <span key={i}>{group}</span>
            ))}
          </dd>
          <dt>SHA-256 of the file</dt>
          <dd>
            {certificate.pdfSha256 ? (
              <span className="cert-fingerprint" aria-label={`SHA-256 of the file ${certificate.pdfSha256}`}>
                {fingerprintGroups(certificate.pdfSha256).map((group, i) => (
                  <span key={i}>{group}</span>
                ))}
              </span>
            ) : (
              'kept when its PDF is first saved'
            )}
          </dd>
        </dl>
        <p className="muted">
          Only this exact file verifies as genuine. A data controller can check it without DSH Desk by
          comparing this SHA-256 with the one given by{' '}
          <code>certutil -hashfile &quot;{fileName}&quot; SHA256</code> on Windows, or{' '}
          <code>shasum -a 256 &quot;{fileName}&quot;</code> on macOS and Linux.
        </p>
        {stillClosing && (
          <p>
            The closure checklist is complete and the certificate issued: the project can now be closed from{' '}
            <Link to={`/projects/${project.id}?stage=closure`}>its Closure stage</Link>.
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => void save.saveCertificate(certificate)}
            disabled={save.busy}
          >
            Save certificate PDF…
          </button>
        </div>
        <ExportOutcome outcome={save.outcome} what="Certificate" />
      </section>
      <RetentionPanel project={project} />
      <section className="panel cert-preview-panel" aria-labelledby="cert-printed-heading">
        <h2 id="cert-printed-heading">As printed</h2>
        <DocumentPreview
          spec={certificateDocument(certificate.content, certificate.fingerprint, organisation)}
          label={`Certificate ${certificate.number} as printed`}
        />
      </section>
    </>
  );
}
