/**
 * The certificate of deletion before it is issued: exactly what will print, built from the records (nothing
 * is typed here, so the certificate cannot disagree with the closure record); where to correct each record;
 * "Save PDF preview…"; and Issue, refused with every reason until the closure checklist is complete.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatLongDate, londonToday } from '../../../shared/dates';
import {
  PREVIEW_MARK,
  certificatePreviewDocument,
  type CertificateDraftContent,
} from '../../../shared/documents/certificate/certificate-preview';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { RefusedError } from '../../db/errors';
import { issueCertificate } from '../../db/repositories/certificates';
import {
  certificateDraftOf,
  type CertificateSources,
} from '../../../shared/documents/certificate/certificate-draft';
import { DocumentPreview } from './DocumentPreview';
import { DraftSources } from './DraftSources';
import { ExportOutcome } from '../../components/documents/ExportOutcome';
import {
  issuedCertificateFile,
  previewFileName,
  previewPdfBytes,
  useExport,
} from '../../components/documents/document-files';

/** The preview of what will print, where to correct it, and the Issue step. */
export function CertificateForm({
  sources,
  blockers,
  organisation,
  onIssued,
}: {
  sources: CertificateSources;
  /** What is still missing before the certificate may be issued (empty: it may be). */
  blockers: string[];
  organisation: string;
  onIssued: (number: string) => void;
}) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const { project } = sources;
  const today = londonToday();
  const { draft, problems } = useMemo(() => certificateDraftOf(sources, today), [sources, today]);
  const [confirming, setConfirming] = useState<CertificateDraftContent | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; reasons?: string[] } | null>(null);
  const preview = useExport();

  const savePreview = () =>
    draft &&
    preview.run(async () => ({
      suggestedName: previewFileName(project.reference),
      kind: 'pdf',
      bytes: await previewPdfBytes(db, draft),
      record: {
        entity: 'project',
        entityId: project.id,
        document: 'certificate of deletion preview (not issued)',
      },
    }));

  async function issue(content: CertificateDraftContent) {
    setFailure(null);
    setBusy(true);
    // The PDF is made once before the certificate exists: a name no font can print is refused now, while it
    // can still be corrected, never after an unchangeable certificate is in the register.
    try {
      await previewPdfBytes(db, content);
    } catch (error) {
      setConfirming(null);
      setBusy(false);
      const reason = error instanceof Error ? error.message : String(error);
      setFailure({ message: 'The certificate was not issued.', reasons: [reason] });
      return;
    }
    try {
      const certificate = await issueCertificate(ctx, project.id, content);
      setConfirming(null);
      onIssued(certificate.number);
      // Its file is made now and its SHA-256 kept, so that only this file will verify. Should that fail, the
      // certificate stands and the first "Save certificate PDF…" keeps it instead (and says what went wrong).
      await issuedCertificateFile(ctx, certificate).catch(() => undefined);
    } catch (error) {
      setConfirming(null);
      setFailure(
        error instanceof RefusedError
          ? { message: 'The certificate was not issued.', reasons: error.reasons }
          : { message: `The certificate was not issued: ${(error as Error).message}` },
      );
    } finally {
      setBusy(false);
    }
  }

  const canIssue = blockers.length === 0 && draft !== undefined;
  return (
    <div className="cert-form">
      {blockers.length > 0 && (
        <p className="cert-blocked-notice" role="note">
          <strong>This certificate cannot be issued yet:</strong>{' '}
          {blockers.length === 1 ? 'one item is' : `${blockers.length} items are`} still missing (listed under
          “Issue the certificate” below).{' '}
          {project.stage === 'closure' && project.status === 'open' && (
            <Link to={`/projects/${project.id}?stage=closure`}>Complete the closure checklist</Link>
          )}
        </p>
      )}
      <DraftSources project={project} problems={problems} />

      <section className="panel cert-preview-panel" aria-labelledby="cert-preview-heading">
        <div className="panel-heading-row">
          <h2 id="cert-preview-heading">What will print</h2>
          <span className="chip chip-warn">Not issued</span>
        </div>
        <p className="panel-intro">
          The certificate as it will be printed: the same text, in the same order, as the PDF. Its number and
          fingerprint are given when it is issued.
        </p>
        {draft ? (
          <DocumentPreview
            spec={certificatePreviewDocument(draft, organisation)}
            label="Preview of the certificate of deletion"
            mark={PREVIEW_MARK}
          />
        ) : (
          <p className="cert-preview-missing" role="note">
            The preview appears once the records above are complete.
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button secondary"
            onClick={() => void savePreview()}
            disabled={preview.busy || !draft}
          >
            Save PDF preview…
          </button>
        </div>
        <ExportOutcome outcome={preview.outcome} what="Preview" />
      </section>

      <section className="panel cert-issue-panel" aria-labelledby="cert-issue-heading">
        <h2 id="cert-issue-heading">Issue the certificate</h2>
        {blockers.length === 0 ? (
          <p>
            Issuing gives the certificate the next number of the certificate register and stores the SHA-256
            fingerprint of its content, so any copy can be verified later. An issued certificate cannot be
            changed; a wrong one can be voided and replaced by a manager.
          </p>
        ) : (
          <>
            <p id="cert-blockers-intro">
              The certificate cannot be issued until the closure checklist is complete. Still missing:
            </p>
            <ul className="blockers" aria-labelledby="cert-blockers-intro">
              {blockers.map((blocker) => (
                <li key={blocker}>{blocker}</li>
              ))}
            </ul>
          </>
        )}
        {failure && (
          <div role="alert" className="form-failure">
            {failure.message}
            {failure.reasons && (
              <ul className="blockers">
                {failure.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {confirming ? (
          <div className="confirm-box" role="group" aria-labelledby="cert-confirm-text">
            <p id="cert-confirm-text">
              Issue the certificate of deletion for {project.reference}, dated {formatLongDate(today)}? It
              cannot be changed once issued.
            </p>
            <div className="form-actions">
              <button type="button" className="button" disabled={busy} onClick={() => void issue(confirming)}>
                Issue certificate
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={!canIssue}
              onClick={() => draft && setConfirming(draft)}
            >
              Issue certificate…
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
