/**
 * Real .xlsx workbooks for tests, written by write-excel-file (an independent writer, so the importer is
 * tested against a file it did not make itself): text, numbers, dates, formulas and merged cells.
 */
import writeExcelFile from 'write-excel-file/node';

/** A cell as write-excel-file takes it (null: a cell covered by a merge). */
export type XlsxCell = {
  value: string | number | Date;
  type?: typeof Date | typeof Number | typeof String | 'Formula';
  format?: string;
  rowSpan?: number;
  columnSpan?: number;
} | null;

/** The bytes of a one-sheet workbook of `rows` (first row the headers); plain values become text cells. */
export async function xlsxBytes(rows: readonly (readonly (XlsxCell | string)[])[]): Promise<Uint8Array> {
  const data = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? { value: cell } : cell)));
  const buffer = (await writeExcelFile(data as never).toBuffer()) as Buffer;
  return new Uint8Array(buffer);
}

/** A date cell as Excel stores it: a serial number with a UK date format. */
export function dateCell(iso: string): XlsxCell {
  return { value: new Date(`${iso}T00:00:00.000Z`), type: Date, format: 'dd/mm/yyyy' };
}
