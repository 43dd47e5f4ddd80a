/**
 * One figure of a report: a visible title, a line on how to read it, the chart, and the table of the very
 * rows the chart draws, with "Download CSV".
 */
import type { ReactNode } from 'react';
import type { ReportTable } from '../../../../shared/domain/reports';
import { CsvButton } from './CsvButton';
import { reportCsv } from './report-csv';
import { ReportTableView } from './ReportTableView';

interface ReportFigureProps<Row> {
  /** Unique on the page; the figure's root carries it as `data-figure`. */
  id: string;
  title: string;
  intro?: ReactNode;
  /** The chart, drawn from `table.rows` (or omitted for a table on its own). */
  chart?: ReactNode;
  table: ReportTable<Row>;
  note?: ReactNode;
  pageSize?: number;
  /** Shown instead of the chart when there is nothing to draw (e.g. no projects in the period). */
  empty?: string | false;
}

/** A panel with the chart and its table. */
export function ReportFigure<Row>({
  id,
  title,
  intro,
  chart,
  table,
  note,
  pageSize,
  empty,
}: ReportFigureProps<Row>) {
  return (
    <section className="panel report-figure" aria-labelledby={`${id}-heading`} data-figure={id}>
      <div className="panel-title-row">
        <h2 id={`${id}-heading`}>{title}</h2>
        <CsvButton name={title} build={() => reportCsv(table)} />
      </div>
      {intro && <div className="report-intro">{intro}</div>}
      {empty ? <p className="report-empty">{empty}</p> : chart && <div className="report-chart">{chart}</div>}
      {note && <p className="report-note">{note}</p>}
      <ReportTableView table={table} caption={`${title}: the figures`} id={id} pageSize={pageSize} />
    </section>
  );
}
