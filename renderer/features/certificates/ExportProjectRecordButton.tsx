/**
 * "Export project record…": the project's whole record as a PDF for offline review (every stage's details,
 * members and their readiness, a bookings summary, the timeline), saved through the host and audited.
 */
import { londonToday } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { getSettings } from '../../db/repositories/settings';
import { ExportOutcome } from '../../components/documents/ExportOutcome';
import { useExport } from '../../components/documents/document-files';
import { loadDocumentFonts } from '../../components/documents/fonts';
import { pdfDocuments } from '../../components/documents/pdf-documents';
import { projectRecordOf } from './project-record-data';
import './certificates.css';

/** The file name proposed for a project record: `DSH-2026-014 project record 2026-11-25.pdf`. */
export function projectRecordFileName(reference: string, asOf: string): string {
  return `${reference} project record ${asOf}.pdf`;
}

/** A button that saves the project record PDF, with the outcome under it. */
export function ExportProjectRecordButton({ projectId }: { projectId: string }) {
  const { db } = useApp();
  const { outcome, run, busy } = useExport();

  const exportRecord = () =>
    run(async () => {
      const asOf = londonToday();
      // An async scope, so Dexie keeps the transaction open across the awaits inside projectRecordOf.
      const record = await db.transaction(
        'r',
        db.tables,
        async () => await projectRecordOf(db, projectId, asOf),
      );
      const { organisationName } = await getSettings(db);
      const { buildProjectRecordPdf } = await pdfDocuments();
      const bytes = await buildProjectRecordPdf(record, {
        organisationName,
        fonts: await loadDocumentFonts(),
      });
      return {
        suggestedName: projectRecordFileName(record.project.reference, asOf),
        kind: 'pdf',
        bytes,
        record: { entity: 'project', entityId: projectId, document: 'project record' },
      };
    });

  return (
    <div className="export-control">
      <button type="button" className="button secondary" onClick={() => void exportRecord()} disabled={busy}>
        Export project record…
      </button>
      <ExportOutcome outcome={outcome} what="Project record" />
    </div>
  );
}
