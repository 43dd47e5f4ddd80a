/**
 * Reading the first sheet of an Excel workbook (.xlsx) with fflate (already the app's zip library) and
 * xlsx-xml.ts. Nothing is evaluated: a formula cell keeps its formula, so the importer can refuse it; a
 * merged range is reported on every row it covers. A password-protected workbook is not a zip at all but an
 * encrypted compound file, and is refused with a message saying so.
 */
import { strFromU8, unzipSync } from 'fflate';
import {
  SheetFileError,
  checkedSheet,
  tooManyRows,
  MAX_IMPORT_ROWS,
  type Sheet,
  type SheetCell,
  type SheetRow,
} from './sheet';
import { attribute, countOpenings, decodeXml, elements, firstElement, textRuns } from './xlsx-xml';

/** The most a workbook part may hold once unzipped (a guard against zip bombs). */
const MAX_PART_BYTES = 200 * 1024 * 1024;

const NOT_A_WORKBOOK =
  'This file is not an Excel workbook DSH Desk can read (.xlsx). Save the spreadsheet as “Excel Workbook (.xlsx)” or “CSV UTF-8” and choose that file.';

/** The parts of the zip that `wanted` accepts, as text; a damaged zip is refused in words. */
function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    throw new SheetFileError(`${NOT_A_WORKBOOK} (The file looks damaged.)`);
  }
  if (tooLarge) throw tooManyRows();
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The zero-based column of a cell reference (`C7` → 2), or undefined. */
function columnOf(reference: string | undefined): number | undefined {
  const letters = reference ? /^([A-Z]+)/.exec(reference)?.[1] : undefined;
  if (!letters) return undefined;
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** The row of a cell reference (`C7` → 7), or undefined. */
function rowOf(reference: string): number | undefined {
  const digits = /(\d+)$/.exec(reference)?.[1];
  return digits ? Number(digits) : undefined;
}

/** Where the first sheet is kept inside the zip. */
function firstSheetPath(workbook: string, relations: string | undefined): string {
  const sheet = firstElement(workbook, 'sheet');
  const id = sheet && (attribute(sheet.attributes, 'r:id') ?? attribute(sheet.attributes, 'id'));
  for (const relation of relations ? elements(relations, 'Relationship') : []) {
    if (attribute(relation.attributes, 'Id') !== id) continue;
    const target = attribute(relation.attributes, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return 'xl/worksheets/sheet1.xml';
}

/** One cell's text, number and formula. */
function cellOf(attributes: string, inner: string, shared: readonly string[]): SheetCell {
  const type = attribute(attributes, 't') ?? 'n';
  const formulaElement = firstElement(inner, 'f');
  const raw = decodeXml(firstElement(inner, 'v')?.inner ?? '');
  const formula =
    formulaElement && (formulaElement.inner ? `=${decodeXml(formulaElement.inner).replace(/^=/, '')}` : '=…');
  const cell = (text: string, number?: number): SheetCell => ({
    text,
    ...(number !== undefined ? { number } : {}),
    ...(formula ? { formula } : {}),
  });
  if (type === 's') return cell(shared[Number(raw)] ?? '');
  if (type === 'inlineStr') return cell(textRuns(firstElement(inner, 'is')?.inner ?? ''));
  if (type === 'b') return cell(raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw);
  if (type === 'n' && raw !== '' && Number.isFinite(Number(raw))) return cell(raw, Number(raw));
  return cell(raw);
}

/** The merged ranges of a sheet, as first and last row numbers with the range's reference. */
function mergedRanges(xml: string): { ref: string; from: number; to: number }[] {
  const ranges: { ref: string; from: number; to: number }[] = [];
  for (const merge of elements(xml, 'mergeCell')) {
    const ref = attribute(merge.attributes, 'ref') ?? '';
    const [start = '', end = start] = ref.split(':');
    const from = rowOf(start);
    const to = rowOf(end);
    if (from !== undefined && to !== undefined) ranges.push({ ref, from, to });
  }
  return ranges;
}

/** The first sheet of an .xlsx workbook, or a SheetFileError saying why it cannot be read. */
export function readXlsx(bytes: Uint8Array): Sheet {
  const book = unzipParts(bytes, (name) =>
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'].includes(name),
  );
  const workbook = book.get('xl/workbook.xml');
  if (!workbook) throw new SheetFileError(NOT_A_WORKBOOK);
  const path = firstSheetPath(workbook, book.get('xl/_rels/workbook.xml.rels'));
  const xml = unzipParts(bytes, (name) => name === path).get(path);
  if (xml === undefined) throw new SheetFileError(`${NOT_A_WORKBOOK} (Its first sheet is missing.)`);
  if (countOpenings(xml, 'row') > MAX_IMPORT_ROWS + 1) throw tooManyRows();

  const sharedXml = book.get('xl/sharedStrings.xml') ?? '';
  const shared = [...elements(sharedXml, 'si')].map((si) => textRuns(si.inner ?? ''));
  const rows: SheetRow[] = [];
  for (const row of elements(firstElement(xml, 'sheetData')?.inner ?? '', 'row')) {
    const cells: SheetCell[] = [];
    for (const c of elements(row.inner ?? '', 'c')) {
      const column = columnOf(attribute(c.attributes, 'r')) ?? cells.length;
      while (cells.length < column) cells.push({ text: '' });
      cells[column] = cellOf(c.attributes, c.inner ?? '', shared);
    }
    const rowNumber = Number(attribute(row.attributes, 'r') ?? (rows.at(-1)?.rowNumber ?? 0) + 1);
    if (cells.some((cell) => cell.text.trim() !== '' || cell.formula)) rows.push({ rowNumber, cells });
  }
  const [header, ...data] = rows;
  if (!header) return checkedSheet({ headers: [], rows: [] });
  const merges = mergedRanges(xml);
  const headerMerge = merges.find((range) => range.from <= header.rowNumber && header.rowNumber <= range.to);
  if (headerMerge) {
    throw new SheetFileError(
      `The column names in row ${header.rowNumber} include merged cells (${headerMerge.ref}). Unmerge them so every column has its own name.`,
    );
  }
  for (const row of data) {
    const merge = merges.find((range) => range.from <= row.rowNumber && row.rowNumber <= range.to);
    if (merge) {
      row.problem = `Cells ${merge.ref} are merged. Unmerge them and write the value in every row it belongs to.`;
    }
  }
  const date1904 = /^(1|true)$/.test(
    attribute(firstElement(workbook, 'workbookPr')?.attributes ?? '', 'date1904') ?? '',
  );
  return checkedSheet({
    headers: header.cells.map((cell) => cell.text.trim()),
    rows: data,
    ...(date1904 ? { date1904 } : {}),
  });
}
