/**
 * Step 3 of an import: every row with what it will do — new, update, already recorded — or why it is
 * refused (row, column, value, rule), a page of rows at a time; then the import of the good rows, with its
 * progress.
 */
import { useId, useState } from 'react';
import type { ImportPlan } from '../../db/imports/plan';
import { planCounts } from '../../db/imports/plan';
import { FILTER_LABELS, detailsOf, outcomeOf, shows, type RowFilter } from './preview-words';
import { Pager } from '../../components/Pager';

const PAGE = 100;
const COUNT = new Intl.NumberFormat('en-GB');

interface PreviewStepProps {
  fileName: string;
  plan: ImportPlan;
  onBack: () => void;
  onImport: () => void;
  /** Rows written so far of all to write, while importing. */
  progress: { done: number; total: number } | null;
  problem: string | null;
}

/** The preview table and the Import button. */
export function PreviewStep({ fileName, plan, onBack, onImport, progress, problem }: PreviewStepProps) {
  const id = useId();
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(1);
  const counts = planCounts(plan);
  const rows = plan.rows.filter((row) => shows(row, filter));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((page - 1) * PAGE, page * PAGE);
  const toWrite = counts.created + counts.updated;

  return (
    <section className="panel import-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>3. Check every row</h2>
      <p>
        {fileName}: {COUNT.format(counts.created)} new, {COUNT.format(counts.updated)} to update,{' '}
        {COUNT.format(counts.unchanged)} already recorded, {COUNT.format(counts.refused)} refused. Refused
        rows are not imported; correct them in the file and import it again (rows already imported are then
        shown as already recorded).
      </p>
      <div className="field import-filter">
        <label htmlFor={`${id}-filter`}>Show</label>
        <select
          id={`${id}-filter`}
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value as RowFilter);
            setPage(1);
          }}
        >
          {(Object.keys(FILTER_LABELS) as RowFilter[]).map((value) => (
            <option key={value} value={value}>
              {FILTER_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="table-scroll">
        <table className="data-table import-preview">
          <caption className="visually-hidden">What each row of {fileName} will do</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Row
              </th>
              <th scope="col">Outcome</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.rowNumber} className={row.action === 'refuse' ? 'import-refused' : undefined}>
                <td className="numeric">{row.rowNumber}</td>
                <td>{outcomeOf(row)}</td>
                <td>
                  {detailsOf(row).map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label="Pages of the preview" page={page} pages={pages} onPage={setPage} />
      {problem && (
        <p className="form-failure" role="alert">
          {problem}
        </p>
      )}
      <div role="status" className="status-line">
        {progress &&
          (progress.total > 0 && progress.done === progress.total
            ? `Recording each of the ${COUNT.format(progress.total)} records in the audit log…`
            : `Importing: ${COUNT.format(progress.done)} of ${COUNT.format(progress.total)} records…`)}
      </div>
      {progress && <progress max={progress.total} value={progress.done} aria-label="Import progress" />}
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onBack} disabled={progress !== null}>
          Back to the columns
        </button>
        <button
          type="button"
          className="button"
          onClick={onImport}
          disabled={toWrite === 0 || progress !== null}
        >
          {toWrite === 0
            ? 'Nothing to import'
            : `Import ${COUNT.format(toWrite)} ${toWrite === 1 ? 'record' : 'records'}`}
        </button>
      </div>
    </section>
  );
}
