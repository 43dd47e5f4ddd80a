/**
 * The certificate of deletion before it is issued: every field, prefilled from the project and its closure
 * checklist; an HTML preview of exactly what the PDF prints; "Save PDF preview…" (a PDF marked as a
 * preview); and Issue, which is refused, with every reason, until the closure checklist is complete.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { formatLongDate, londonToday } from '../../../shared/dates';
import type { CertificateDraftContent } from '../../../shared/documents/certificate/certificate-preview';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { reportSaveError } from '../../components/form/save-errors';
import { schemaResolver } from '../../components/form/schema-resolver';
import { NOT_SAVED_YET, useRecordForm } from '../../components/form/use-record-form';
import type { Certificate } from '../../../shared/domain';
import { RefusedError } from '../../db/errors';
import { issueCertificate } from '../../db/repositories/certificates';
import {
  CertificateFormSchema,
  certificateFormValuesOf,
  type CertificateFormValues,
  type CertificateSources,
} from './certificate-draft';
import { CertificateFieldSections } from './CertificateFieldSections';
import { ExportOutcome } from './ExportOutcome';
import { LivePreview } from './LivePreview';
import { issuedCertificateFile, previewFileName, previewPdfBytes, useExport } from './document-files';

type Parsed = Omit<CertificateDraftContent, 'issuedOn'>;

/** The form, its preview and the Issue step. */
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
  const [defaults] = useState(() => certificateFormValuesOf(sources));
  const [confirming, setConfirming] = useState<Parsed | null>(null);
  const [failure, setFailure] = useState<{ message: string; reasons?: string[] } | null>(null);
  // A new certificate: submitting asks to confirm first; the confirmed issue reports its own refusal (the
  // reasons the checklist is not complete), so the hook's save only opens that step.
  const { form, submit: askToIssue } = useRecordForm<Certificate, CertificateFormValues, Parsed>({
    record: undefined,
    toValues: () => defaults,
    resolver: schemaResolver(CertificateFormSchema),
    mode: 'onTouched',
    label: 'certificate',
    save: async (parsed) => {
      setFailure(null);
      setConfirming(parsed);
      return NOT_SAVED_YET;
    },
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const today = londonToday();
  const preview = useExport();

  const savePreview = handleSubmit((parsed) =>
    preview.run(async () => ({
      suggestedName: previewFileName(project.reference),
      kind: 'pdf',
      bytes: await previewPdfBytes(db, { ...parsed, issuedOn: londonToday() }),
      record: {
        entity: 'project',
        entityId: project.id,
        document: 'certificate of deletion preview (not issued)',
      },
    })),
  );

  async function issue(parsed: Parsed) {
    setFailure(null);
    // The PDF is made once before the certificate exists: a name no font can print is refused now, while it
    // can still be corrected, never after an unchangeable certificate is in the register.
    try {
      await previewPdfBytes(db, { ...parsed, issuedOn: londonToday() });
    } catch (error) {
      setConfirming(null);
      const reason = error instanceof Error ? error.message : String(error);
      setFailure({ message: 'The certificate was not issued.', reasons: [reason] });
      return;
    }
    try {
      const certificate = await issueCertificate(ctx, project.id, { ...parsed, issuedOn: londonToday() });
      setConfirming(null);
      onIssued(certificate.number);
      // Its file is made now and its SHA-256 kept, so that only this file will verify. Should that fail, the
      // certificate stands and the first "Save certificate PDF…" keeps it instead (and says what went wrong).
      await issuedCertificateFile(ctx, certificate).catch(() => undefined);
    } catch (error) {
      setConfirming(null);
      const message = reportSaveError(error, setError);
      setFailure(
        error instanceof RefusedError
          ? { message: 'The certificate was not issued.', reasons: error.reasons }
          : { message },
      );
    }
  }

  const parts = { register, control, errors };
  const canIssue = blockers.length === 0;
  return (
    <form noValidate onSubmit={askToIssue} aria-label="Certificate of deletion" className="cert-form">
      {!canIssue && (
        <p className="cert-blocked-notice" role="note">
          <strong>This certificate cannot be issued yet:</strong>{' '}
          {blockers.length === 1 ? 'one item is' : `${blockers.length} items are`} still missing (listed under
          “Issue the certificate” below).{' '}
          {project.stage === 'closure' && project.status === 'open' && (
            <Link to={`/projects/${project.id}?stage=closure`}>Complete the closure checklist</Link>
          )}
        </p>
      )}
      <CertificateFieldSections parts={parts} reference={project.reference} today={today} />

      <section className="panel cert-preview-panel" aria-labelledby="cert-preview-heading">
        <div className="panel-heading-row">
          <h2 id="cert-preview-heading">Preview</h2>
          <span className="chip chip-warn">Not issued</span>
        </div>
        <p className="panel-intro">
          The certificate as it will be printed: the same text, in the same order, as the PDF. Its number and
          fingerprint are given when it is issued.
        </p>
        <LivePreview control={control} organisation={organisation} today={today} />
        <div className="form-actions">
          <button type="button" className="button secondary" onClick={savePreview} disabled={preview.busy}>
            Save PDF preview…
          </button>
        </div>
        <ExportOutcome outcome={preview.outcome} what="Preview" />
      </section>

      <section className="panel cert-issue-panel" aria-labelledby="cert-issue-heading">
        <h2 id="cert-issue-heading">Issue the certificate</h2>
        {canIssue ? (
          <p>
            Issuing gives the certificate the next number of the certificate register and stores the SHA-256
            fingerprint of its content, so any copy can be verified later. An issued certificate cannot be
            changed.
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
              <button type="button" className="button" onClick={() => void issue(confirming)}>
                Issue certificate
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="submit" className="button" disabled={!canIssue || isSubmitting}>
              Issue certificate…
            </button>
          </div>
        )}
      </section>
    </form>
  );
}
