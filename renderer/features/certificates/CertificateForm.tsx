/**
 * The certificate of deletion before it is issued: exactly what will print, built from the records (nothing
 * is typed here, so the certificate cannot disagree with the closure record); where to correct each record;
 * "Save PDF preview…"; and Issue, refused with every reason until the closure checklist is complete. This
 * is the data side (the draft, the preview's PDF, the issue); `CertificateFormView` shows it.
 */
import { useMemo, useState } from 'react';
import { londonToday } from '../../../shared/dates';
import type { CertificateDraftContent } from '../../../shared/documents/certificate/certificate-preview';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { RefusedError } from '../../db/errors';
import { issueCertificate } from '../../db/repositories/certificates';
import {
  certificateDraftOf,
  type CertificateSources,
} from '../../../shared/documents/certificate/certificate-draft';
import { CertificateFormView, type IssueFailure } from './CertificateFormView';
import { ExportOutcome } from '../../components/documents/ExportOutcome';
import {
  issuedCertificateFile,
  previewFileName,
  previewPdfBytes,
  useExport,
} from '../../components/documents/document-files';

/** The certificate form: its draft from the records, the preview's PDF and the issue. */
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
  const [failure, setFailure] = useState<IssueFailure | null>(null);
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

  return (
    <CertificateFormView
      project={project}
      today={today}
      draft={draft}
      problems={problems}
      blockers={blockers}
      organisation={organisation}
      confirming={confirming !== null}
      busy={busy}
      failure={failure}
      previewBusy={preview.busy}
      previewOutcome={<ExportOutcome outcome={preview.outcome} what="Preview" />}
      onSavePreview={() => void savePreview()}
      onAskToIssue={() => draft && setConfirming(draft)}
      onCancelIssue={() => setConfirming(null)}
      onIssue={() => confirming && void issue(confirming)}
    />
  );
}
