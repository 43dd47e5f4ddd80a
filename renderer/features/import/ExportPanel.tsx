/** "Export for a spreadsheet": people, training, projects and bookings as CSV files with the importer's columns. */
import { londonToday } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import type { DshDatabase } from '../../db/database';
import { ExportOutcome } from '../../components/documents/ExportOutcome';
import { useExport } from '../../components/documents/document-files';
import { bookingsExport, peopleExport, projectsExport, trainingExport } from './export-files';

/** One export: its button words, file name, audit words and how to build it. */
interface ExportKind {
  button: string;
  /** What the outcome line calls the file ("People"). */
  what: string;
  file: string;
  entityId: string;
  build: (db: DshDatabase) => Promise<{ bytes: Uint8Array; count: number }>;
}

const EXPORTS: readonly ExportKind[] = [
  {
    button: 'Export people as CSV…',
    what: 'People',
    file: 'DSH people',
    entityId: 'people-export',
    build: peopleExport,
  },
  {
    button: 'Export training records as CSV…',
    what: 'Training records',
    file: 'DSH training records',
    entityId: 'training-export',
    build: trainingExport,
  },
  {
    button: 'Export projects as CSV…',
    what: 'Projects',
    file: 'DSH projects',
    entityId: 'projects-export',
    build: projectsExport,
  },
  {
    button: 'Export bookings as CSV…',
    what: 'Bookings',
    file: 'DSH bookings',
    entityId: 'bookings-export',
    build: bookingsExport,
  },
];

/** One export button with its outcome line; the export is audited once saved. */
function ExportButton({ kind }: { kind: ExportKind }) {
  const { db } = useApp();
  const { outcome, run, busy } = useExport();
  const save = () =>
    run(async () => {
      const { bytes, count } = await kind.build(db);
      return {
        suggestedName: `${kind.file} ${londonToday()}.csv`,
        kind: 'csv',
        bytes,
        record: {
          entity: 'database',
          entityId: kind.entityId,
          document: `${kind.what.toLowerCase()} (CSV)`,
          details: { rows: count },
        },
      };
    });
  return (
    <div className="export-control">
      <button type="button" className="button secondary" disabled={busy} onClick={() => void save()}>
        {kind.button}
      </button>
      <ExportOutcome outcome={outcome} what={kind.what} />
    </div>
  );
}

/** The export buttons. */
export function ExportPanel() {
  return (
    <section className="panel" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">Export for a spreadsheet</h2>
      <p>
        The same columns the import reads, so a team can export, correct in Excel and import the file again.
        Cells a spreadsheet would run as a formula are written safely.
      </p>
      <div className="import-exports">
        {EXPORTS.map((kind) => (
          <ExportButton key={kind.entityId} kind={kind} />
        ))}
      </div>
    </section>
  );
}
