/**
 * A spreadsheet as the importer sees it, whatever file it came from: a header row and data rows of cells,
 * each cell's text and whether it was a formula. Reading never evaluates anything.
 */

/** One cell: its text as written, whether the file stored it as a number, and whether it held a formula. */
export interface SheetCell {
  text: string;
  /** A number the workbook stored as a number (an Excel date is such a number). */
  number?: number;
  /** The workbook held a formula here (its result is never used). */
  formula?: string;
}

/** A data row and the row number the officer sees in the spreadsheet (the header is row 1). */
export interface SheetRow {
  rowNumber: number;
  cells: SheetCell[];
  /** Why the whole row cannot be read (a merged cell across it), in words. */
  problem?: string;
}

/** A sheet read from a file: its headers (in column order) and its data rows. */
export interface Sheet {
  headers: string[];
  rows: SheetRow[];
  /** Whether the workbook counts its dates from 1904 (old Mac Excel). */
  date1904?: boolean;
}

/** The most data rows one file may hold: larger files are refused before anything else is read. */
export const MAX_IMPORT_ROWS = 20_000;

/** The largest file accepted, in bytes (a 20,000-row sheet is a few megabytes). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** Why a file could not be read at all, in words that say what to do. */
export class SheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetFileError';
  }
}

/** The column letters of a zero-based column index (0 → A, 27 → AB). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The sheet from a table of plain text (CSV): first row headers, the rest data, empty rows dropped. */
export function sheetFromTable(table: readonly (readonly string[])[]): Sheet {
  const [header = [], ...data] = table;
  const rows: SheetRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ rowNumber: index + 2, cells: cells.map((text) => ({ text })) });
  });
  return { headers: header.map((text) => text.trim()), rows };
}

/** Refuses a sheet with no header or no data, or more rows than one import takes. */
export function checkedSheet(sheet: Sheet): Sheet {
  if (sheet.headers.every((header) => header === '')) {
    throw new SheetFileError(
      'The file is empty: its first row should name the columns (Name, E-mail…), with one row per record under it.',
    );
  }
  if (sheet.rows.length === 0) {
    throw new SheetFileError('The file has column names but no rows under them: there is nothing to import.');
  }
  return sheet;
}

/** The refusal of a file with too many rows. */
export function tooManyRows(): SheetFileError {
  return new SheetFileError(
    `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows, the most one import takes. ` +
      'Split it into several files and import them one after another.',
  );
}
