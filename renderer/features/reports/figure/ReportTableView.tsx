/** A report table as an accessible HTML table, in the words of `cellText`, a page at a time when long. */
import { useState } from 'react';
import { cellText, type Cell, type ColumnKind, type ReportTable } from '../../../../shared/domain/reports';
import { Pager } from '../../../components/Pager';

const NUMERIC: readonly ColumnKind[] = ['count', 'number', 'days', 'share', 'pence'];
const COUNT = new Intl.NumberFormat('en-GB');

interface ReportTableViewProps<Row> {
  table: ReportTable<Row>;
  caption: string;
  /** Rows per page (default: every row on one page). */
  pageSize?: number;
  /** Where the table stands in the page, for test and reader: "figures of …". */
  id?: string;
}

/** The table, with its caption, column headings and (when long) a pager. */
export function ReportTableView<Row>({ table, caption, pageSize, id }: ReportTableViewProps<Row>) {
  const [page, setPage] = useState(1);
  const size = pageSize ?? Math.max(1, table.rows.length);
  const pages = Math.max(1, Math.ceil(table.rows.length / size));
  const current = Math.min(page, pages);
  const rows = table.rows.slice((current - 1) * size, current * size);
  return (
    <>
      {/* Focusable, so the table can be scrolled from the keyboard. */}
      <div className="table-scroll report-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table report-table" data-report-table={id}>
          <caption className="report-caption">{caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={NUMERIC.includes(column.kind) ? 'num' : undefined}
                >
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="muted">
                  Nothing to show.
                </td>
              </tr>
            ) : (
              rows.map((row, index) => (
                <tr key={index}>
                  {table.columns.map((column, columnIndex) => {
                    const text = cellText(column.kind, row[column.key] as Cell);
                    const className = NUMERIC.includes(column.kind) ? 'num' : undefined;
                    return columnIndex === 0 ? (
                      <th key={column.key} scope="row" className={className}>
                        {text}
                      </th>
                    ) : (
                      <td key={column.key} className={className}>
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pager label={`Pages of ${caption}`} page={current} pages={pages} onPage={setPage}>
        Rows {COUNT.format((current - 1) * size + 1)}–{COUNT.format((current - 1) * size + rows.length)} of{' '}
        {COUNT.format(table.rows.length)}
      </Pager>
    </>
  );
}
