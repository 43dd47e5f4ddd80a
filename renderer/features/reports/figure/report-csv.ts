/**
 * A report table as a CSV file for Excel: the same headings and words as the table on screen (dates
 * `dd/MM/yyyy`, shares `42.5%`, money `£1,200.00`), with counts and days as plain numbers and an empty cell
 * where the table shows "–". Written by shared/documents' `toCsv` (UTF-8 with BOM, formula-injection safe).
 */
import { toCsv, type CsvValue } from '../../../../shared/documents/csv/to-csv';
import { cellText, type Cell, type ColumnKind, type ReportTable } from '../../../../shared/domain/reports';

const NUMERIC: readonly ColumnKind[] = ['count', 'number', 'days'];

/** One cell of the CSV. */
export function csvCell(kind: ColumnKind, value: Cell): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && NUMERIC.includes(kind)) return Math.round(value * 10) / 10;
  return cellText(kind, value);
}

/** The CSV bytes of a report table, heading row first. */
export function reportCsv<Row>(table: ReportTable<Row>): Uint8Array {
  const columns = table.columns.map((column) => ({ key: column.key as string, header: column.label }));
  const rows = table.rows.map((row) =>
    Object.fromEntries(
      table.columns.map((column) => [column.key, csvCell(column.kind, row[column.key] as Cell)]),
    ),
  );
  return toCsv(rows, columns);
}
