/**
 * Reading a CSV file (papaparse, already the app's CSV writer): UTF-8 with or without a byte-order mark, or
 * Windows-1252 as older Excel saves "CSV" on Windows; comma, semicolon or tab separated. Stops reading at
 * the row limit, so a huge file is refused without being held whole as rows.
 */
import Papa from 'papaparse';
import {
  MAX_IMPORT_ROWS,
  SheetFileError,
  checkedSheet,
  sheetFromTable,
  tooManyRows,
  type Sheet,
} from './sheet';

/** The file's text: UTF-8 when it is valid UTF-8, else Windows-1252; binary content is refused. */
export function csvText(bytes: Uint8Array): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new SheetFileError(
      'This file is not a CSV or Excel file DSH Desk can read. Save the spreadsheet as “CSV UTF-8” or “Excel Workbook (.xlsx)” and choose that file.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The separator of the header line: comma, semicolon (European Excel) or tab, whichever it uses most. */
export function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((mark) => [mark, header.split(mark).length - 1] as const);
  const [best = ','] = counts.filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1])[0] ?? [];
  return best;
}

/** The sheet of a CSV file, or a SheetFileError saying why it cannot be read. */
export function readCsv(bytes: Uint8Array): Sheet {
  const table: string[][] = [];
  let overLimit = false;
  let counted = 0;
  let broken: string | undefined;
  const text = csvText(bytes);
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    step: (result, parser) => {
      for (const error of result.errors) {
        if (error.type === 'Quotes')
          broken ??= `a quoted cell that is never closed, near row ${table.length + 1}`;
      }
      table.push(result.data);
      // Blank lines are dropped from the sheet, so they do not count: the empty line papaparse reads after a
      // file's last line break would otherwise refuse a file of exactly the limit.
      if (result.data.some((cell) => cell.trim() !== '')) counted += 1;
      // The header row plus the limit; one more row is enough to know the file is too long.
      if (counted > MAX_IMPORT_ROWS + 1) {
        overLimit = true;
        parser.abort();
      }
    },
  });
  if (overLimit) throw tooManyRows();
  if (broken) {
    throw new SheetFileError(
      `The CSV file is damaged: it has ${broken}. Save it again from the spreadsheet.`,
    );
  }
  return checkedSheet(sheetFromTable(table));
}
