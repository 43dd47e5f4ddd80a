/**
 * CSV files for Excel: UTF-8 with a byte-order mark (so Excel reads "Łukasz" as written), CRLF line ends,
 * fields quoted only when they must be, and cells that a spreadsheet would run as a formula neutralised.
 *
 * Formula injection (OWASP "CSV Injection"): a cell beginning with =, +, -, @, tab or carriage return is
 * prefixed with a single quote. papaparse's `escapeFormulae: true` does this with /^[=+\-@\t\r].*$/, whose
 * `.*$` cannot cross a line break, so "=HYPERLINK(…)\nmore" would slip through; passing our own pattern,
 * which looks only at the first character, closes that gap.
 */
import Papa from 'papaparse';

/** A value of a CSV cell; null and undefined give an empty cell. */
export type CsvValue = string | number | null | undefined;

/** A column of a CSV file: the row's key and the header printed for it. */
export interface CsvColumn<K extends string = string> {
  key: K;
  header: string;
}

/** Cells a spreadsheet would treat as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

const BYTE_ORDER_MARK = '\uFEFF';

/** The CSV of `rows` with a header row, as UTF-8 bytes with a byte-order mark. */
export function toCsv<K extends string>(
  rows: readonly Partial<Record<K, CsvValue>>[],
  columns: readonly CsvColumn<K>[],
): Uint8Array {
  // Rows as arrays, header first: papaparse's {fields, data} form writes a stray row when data is empty.
  const table = [
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((column) => cell(row[column.key]))),
  ];
  const text = Papa.unparse(table, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START });
  return new TextEncoder().encode(BYTE_ORDER_MARK + text);
}

/** Numbers as they read in the UK; everything else as text. */
function cell(value: CsvValue): string | number | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'number' && !Number.isFinite(value) ? '' : value;
}
