/**
 * Saving the documents of this feature: build the bytes (shared/documents), ask the host to save them (a
 * save dialog on the desktop, which writes the file atomically; a download in a browser), and record every
 * saved export in the audit log. A cancelled dialog writes nothing and records nothing.
 */
import { useState } from 'react';
import type { SaveFileResult } from '../../../shared/contract/payloads';
import type { CertificateDraftContent } from '../../../shared/documents/certificate/certificate-preview';
import type { AuditedEntity, Certificate } from '../../../shared/domain';
import type { FileKind } from '../../../shared/contract/payloads';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { recordAuditEvent } from '../../db/audit/append';
import type { DshDatabase } from '../../db/database';
import { recordIssuedFile } from '../../db/repositories/certificates';
import { getSettings } from '../../db/repositories/settings';
import { sha256HexOfBytes } from '../../../shared/hashing';
import type { Host } from '../../host';
import type { WriteContext } from '../../db/write/context';
import { loadDocumentFonts } from './fonts';
import { pdfDocuments } from './pdf-documents';

/** What became of the last save, for the status line under the button. */
export type SaveOutcome = SaveFileResult | { status: 'failed'; message: string } | { status: 'working' };

/** The file name proposed for a certificate: `DSH-CERT-2026-0007 DSH-2026-014.pdf`. */
export function certificateFileName(certificate: Pick<Certificate, 'number' | 'content'>): string {
  return `${certificate.number} ${certificate.content.projectReference}.pdf`;
}

/** The file name proposed for a certificate preview: `DSH-2026-014 certificate preview (not issued).pdf`. */
export function previewFileName(projectReference: string): string {
  return `${projectReference} certificate preview (not issued).pdf`;
}

/** The certificate's PDF, exactly as issued: the same certificate always gives the same bytes. */
export async function certificatePdfBytes(db: DshDatabase, certificate: Certificate): Promise<Uint8Array> {
  // The name it was issued under; today's, for certificates issued before the name was kept with them.
  const organisationName = certificate.organisationName ?? (await getSettings(db)).organisationName;
  const { buildCertificatePdf } = await pdfDocuments();
  return buildCertificatePdf(certificate, { organisationName, fonts: await loadDocumentFonts() });
}

/**
 * The certificate's PDF to hand out: made as issued, with its SHA-256 kept in the register the first time
 * (so verification demands exactly this file), and refused if it is no longer the file first made.
 */
export async function issuedCertificateFile(
  ctx: WriteContext,
  certificate: Certificate,
): Promise<Uint8Array> {
  const bytes = await certificatePdfBytes(ctx.db, certificate);
  await recordIssuedFile(ctx, certificate.id, sha256HexOfBytes(bytes));
  return bytes;
}

/** A preview PDF of a certificate not yet issued. */
export async function previewPdfBytes(db: DshDatabase, draft: CertificateDraftContent): Promise<Uint8Array> {
  const { organisationName } = await getSettings(db);
  const { buildCertificatePreviewPdf } = await pdfDocuments();
  return buildCertificatePreviewPdf(draft, { organisationName, fonts: await loadDocumentFonts() });
}

/** What was exported, for its audit event. */
export interface ExportRecord {
  entity: AuditedEntity;
  entityId: string;
  /** The document in words ("certificate of deletion", "project record"). */
  document: string;
  /** Further facts worth keeping (e.g. how many rows). */
  details?: Record<string, string | number>;
}

/** Saves `bytes` through the host and, once saved, records the export in the audit log. */
export async function saveExport(
  ctx: WriteContext,
  host: Host,
  file: { suggestedName: string; kind: FileKind; bytes: Uint8Array },
  record: ExportRecord,
): Promise<SaveFileResult> {
  // A copy on a plain ArrayBuffer, as the host contract takes.
  const result = await host.saveFile({ ...file, bytes: new Uint8Array(file.bytes) });
  if (result.status === 'saved') {
    const details = Object.entries(record.details ?? {}).map(([key, value]) => [key, { after: value }]);
    await recordAuditEvent(ctx, {
      entity: record.entity,
      entityId: record.entityId,
      action: 'export',
      changes: {
        document: { after: record.document },
        savedTo: { after: result.path },
        ...Object.fromEntries(details),
      },
    });
  }
  return result;
}

/**
 * A save action and its outcome: `run(make)` builds the file with `make` and saves it; while it runs the
 * outcome is `working`, afterwards saved / cancelled / failed (with the reason in plain words).
 */
export function useExport() {
  const { host } = useApp();
  const ctx = useWriteContext();
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  async function run(
    make: () => Promise<{ suggestedName: string; kind: FileKind; bytes: Uint8Array; record: ExportRecord }>,
  ): Promise<void> {
    setOutcome({ status: 'working' });
    try {
      const { record, ...file } = await make();
      setOutcome(await saveExport(ctx, host, file, record));
    } catch (error) {
      setOutcome({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return { outcome, run, busy: outcome?.status === 'working' };
}
