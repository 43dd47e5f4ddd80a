/** "Export as PDF…": the briefing on screen as an A4 PDF, saved through the host (the main process writes it) and audited. */
import type { BriefingView } from '../../db/repositories/briefing-queries';
import { ExportOutcome } from '../../components/documents/ExportOutcome';
import { useExport } from '../../components/documents/document-files';
import { loadDocumentFonts } from '../../components/documents/fonts';
import { pdfDocuments } from '../../components/documents/pdf-documents';

/** The file name proposed for a briefing: `Monday briefing 2026-12-07 team.pdf`. */
export function briefingFileName(monday: string, audience: string): string {
  const who = audience === 'the whole team' ? 'team' : audience;
  return `Monday briefing ${monday} ${who}.pdf`;
}

/** The export button, with the outcome under it; disabled until the briefing is read. */
export function ExportBriefingButton({ view }: { view: BriefingView | undefined }) {
  const { outcome, run, busy } = useExport();
  const exportPdf = () =>
    run(async () => {
      if (!view) throw new Error('The briefing is still being read. Try again in a moment.');
      const { buildBriefingPdf } = await pdfDocuments();
      const bytes = await buildBriefingPdf(view.briefing, {
        organisationName: view.organisationName,
        fonts: await loadDocumentFonts(),
      });
      return {
        suggestedName: briefingFileName(view.briefing.week.monday, view.briefing.audience),
        kind: 'pdf',
        bytes,
        record: {
          entity: 'database',
          entityId: 'briefing',
          document: `Monday briefing of ${view.briefing.week.monday} for ${view.briefing.audience}`,
        },
      };
    });
  return (
    <div className="export-control">
      <button type="button" className="button" onClick={() => void exportPdf()} disabled={busy || !view}>
        Export as PDF…
      </button>
      <ExportOutcome outcome={outcome} what="Briefing" />
    </div>
  );
}
