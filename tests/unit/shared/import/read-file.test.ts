import { readSheetFile } from '../../../../shared/import/read-file';
import { MAX_IMPORT_ROWS, SheetFileError } from '../../../../shared/import/sheet';
import { dateCell, xlsxBytes } from '../../../helpers/xlsx-files';

const text = (value: string) => new TextEncoder().encode(value);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SheetFileError);
    return (error as Error).message;
  }
  throw new Error('Expected the file to be refused.');
}

describe('reading a CSV file', () => {
  it('reads UTF-8 with a byte-order mark, quoted commas and line breaks, numbering rows as the spreadsheet does', () => {
    const sheet = readSheetFile(
      'people.csv',
      text('\uFEFFName,E-mail\r\n"Ní Bhriain, Siobhán",s@x.ac.uk\r\n\r\n"Two\nlines",t@x.ac.uk\r\n'),
    );
    expect(sheet.headers).toEqual(['Name', 'E-mail']);
    expect(sheet.rows.map((row) => [row.rowNumber, row.cells[0]?.text])).toEqual([
      [2, 'Ní Bhriain, Siobhán'],
      [4, 'Two\nlines'],
    ]);
  });

  it('reads a semicolon-separated file and Windows-1252 text as older Excel saves it', () => {
    const bytes = new Uint8Array([...text('Name;Organisation\r\nZo'), 0xeb, ...text(';UCL\r\n')]);
    const sheet = readSheetFile('people.csv', bytes);
    expect(sheet.rows[0]?.cells.map((cell) => cell.text)).toEqual(['Zoë', 'UCL']);
  });

  it('refuses an empty file, a header without rows, and binary content', () => {
    expect(refusal(() => readSheetFile('a.csv', new Uint8Array()))).toContain('The file is empty');
    expect(refusal(() => readSheetFile('a.csv', text('Name,E-mail\r\n\r\n')))).toContain(
      'no rows under them',
    );
    expect(refusal(() => readSheetFile('a.csv', new Uint8Array([1, 0, 2, 0])))).toContain(
      'not a CSV or Excel file',
    );
  });

  it(`refuses a file of more than ${MAX_IMPORT_ROWS} rows before reading it all`, () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `Person ${i},p${i}@x.ac.uk`).join('\r\n');
    expect(refusal(() => readSheetFile('big.csv', text(`Name,E-mail\r\n${rows}`)))).toContain(
      'more than 20,000 rows',
    );
  });

  it(`reads a file of exactly ${MAX_IMPORT_ROWS} rows ending in a line break, blank lines among them`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `Person ${i},p${i}@x.ac.uk`);
    rows.splice(10, 0, '', ',');
    const sheet = readSheetFile('exact.csv', text(`Name,E-mail\r\n${rows.join('\r\n')}\r\n`));
    expect(sheet.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(sheet.rows.at(-1)?.cells[0]?.text).toBe(`Person ${MAX_IMPORT_ROWS - 1}`);
  });
});

describe('reading an .xlsx workbook', () => {
  it('reads text, numbers and date cells (as their serial numbers) of the first sheet', async () => {
    const bytes = await xlsxBytes([
      ['Name', 'Completed', 'Count'],
      ['Zoë Ågren & Co', dateCell('2026-12-06'), { value: 3 }],
    ]);
    const sheet = readSheetFile('people.xlsx', bytes);
    expect(sheet.headers).toEqual(['Name', 'Completed', 'Count']);
    expect(sheet.rows[0]?.cells).toEqual([
      { text: 'Zoë Ågren & Co' },
      { text: '46362', number: 46362 },
      { text: '3', number: 3 },
    ]);
  });

  it('keeps a formula as a formula, never its result', async () => {
    const bytes = await xlsxBytes([
      ['Name', 'Phone'],
      ['A', { value: '=HYPERLINK("http://x","y")', type: 'Formula' }],
    ]);
    expect(readSheetFile('f.xlsx', bytes).rows[0]?.cells[1]?.formula).toBe('=HYPERLINK("http://x","y")');
  });

  it('marks every row a merged range covers, and refuses merged column names', async () => {
    const merged = await xlsxBytes([
      ['Name', 'Organisation'],
      ['A', { value: 'UCL', rowSpan: 2 }],
      ['B', null],
      ['C', 'KCL'],
    ]);
    const rows = readSheetFile('m.xlsx', merged).rows;
    expect(rows.map((row) => row.problem)).toEqual([
      'Cells B2:B3 are merged. Unmerge them and write the value in every row it belongs to.',
      'Cells B2:B3 are merged. Unmerge them and write the value in every row it belongs to.',
      undefined,
    ]);
    const header = await xlsxBytes([
      [{ value: 'Name', columnSpan: 2 }, null],
      ['A', 'B'],
    ]);
    expect(refusal(() => readSheetFile('h.xlsx', header))).toContain('include merged cells (A1:B1)');
  });

  it(`refuses a workbook of more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`p${i}`]);
    const bytes = await xlsxBytes([['Name'], ...rows]);
    expect(refusal(() => readSheetFile('big.xlsx', bytes))).toContain('more than 20,000 rows');
  });

  it('refuses a password-protected workbook, an old .xls, and a damaged or foreign zip, each in words', () => {
    const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encryptionInfo = [...'EncryptionInfo'].flatMap((letter) => [letter.charCodeAt(0), 0]);
    expect(
      refusal(() => readSheetFile('p.xlsx', new Uint8Array([...compound, 0, ...encryptionInfo]))),
    ).toContain('protected with a password');
    expect(refusal(() => readSheetFile('old.xls', new Uint8Array([...compound, 0, 0])))).toContain(
      'old Excel file (.xls)',
    );
    expect(refusal(() => readSheetFile('d.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])))).toContain(
      'looks damaged',
    );
    expect(refusal(() => readSheetFile('x.xlsx', text('Name\r\nA')))).toContain('named as a spreadsheet');
  });
});
