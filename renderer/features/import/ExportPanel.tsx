/** "Export for a spreadsheet": people and training records as CSV files with the importer's own columns. */
import { londonToday } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { ExportOutcome } from '../certificates/ExportOutcome';
import { useExport } from '../certificates/document-files';
import { peopleExport, trainingExport } from './export-files';

/** The two export buttons, each with its outcome. */
export function ExportPanel() {
  const { db } = useApp();
  const people = useExport();
  const training = useExport();
  const today = londonToday();
  return (
    <section className="panel" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">Export for a spreadsheet</h2>
      <p>
        The same columns the import reads, so a team can export, correct in Excel and import the file again.
        Cells a spreadsheet would run as a formula are written safely.
      </p>
      <div className="import-exports">
        <div className="export-control">
          <button
            type="button"
            className="button secondary"
            disabled={people.busy}
            onClick={() =>
              void people.run(async () => {
                const { bytes, count } = await peopleExport(db);
                return {
                  suggestedName: `DSH people ${today}.csv`,
                  kind: 'csv',
                  bytes,
                  record: {
                    entity: 'database',
                    entityId: 'people-export',
                    document: 'people (CSV)',
                    details: { people: count },
                  },
                };
              })
            }
          >
            Export people as CSV…
          </button>
          <ExportOutcome outcome={people.outcome} what="People" />
        </div>
        <div className="export-control">
          <button
            type="button"
            className="button secondary"
            disabled={training.busy}
            onClick={() =>
              void training.run(async () => {
                const { bytes, count } = await trainingExport(db);
                return {
                  suggestedName: `DSH training records ${today}.csv`,
                  kind: 'csv',
                  bytes,
                  record: {
                    entity: 'database',
                    entityId: 'training-export',
                    document: 'training records (CSV)',
                    details: { records: count },
                  },
                };
              })
            }
          >
            Export training records as CSV…
          </button>
          <ExportOutcome outcome={training.outcome} what="Training records" />
        </div>
      </div>
    </section>
  );
}
