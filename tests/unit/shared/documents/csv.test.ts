import Papa from 'papaparse';
import { projectRegisterCsv, toCsv } from '../../../../shared/documents';
import { generateDemoData } from '../../../../shared/demo';
import { IDS, aProject } from '../../../helpers/domain-fixtures';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const parse = (bytes: Uint8Array) =>
  Papa.parse<string[]>(decode(bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
const columns = [
  { key: 'name', header: 'Name' },
  { key: 'note', header: 'Note' },
] as const;

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF, so Excel reads it as written', () => {
    const bytes = toCsv(
      [
        { name: 'Łukasz Żółć', note: 'one' },
        { name: 'Siobhán Ní Bhriain', note: 'two' },
      ],
      columns,
    );
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe('\uFEFFName,Note\r\nŁukasz Żółć,one\r\nSiobhán Ní Bhriain,two');
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['=HYPERLINK("http://evil.example")\nsecond line', '\'=HYPERLINK("http://evil.example")\nsecond line'],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (value, safe) => {
    const bytes = toCsv([{ name: value, note: 'x' }], columns);
    expect(parse(bytes)[1]).toEqual([safe, 'x']);
    expect(decode(bytes)).toContain(`"${safe.replace(/"/g, '""')}"`);
  });

  it('needs its own pattern: papaparse’s `escapeFormulae: true` misses a formula followed by a line break', () => {
    expect(Papa.unparse([['=1+1\nmore']], { escapeFormulae: true })).toBe('"=1+1\nmore"');
  });

  it('leaves numbers, and text that merely contains those characters, as they are', () => {
    const bytes = toCsv(
      [
        { name: 'Smith-Jones', note: -2 },
        { name: 'a = b', note: 3.5 },
      ],
      columns,
    );
    expect(parse(bytes).slice(1)).toEqual([
      ['Smith-Jones', '-2'],
      ['a = b', '3.5'],
    ]);
  });

  it('round-trips quotes, commas and line breaks, and leaves missing values empty', () => {
    const rows = [
      { name: 'Dr "Al" O’Neill, PhD', note: 'line one\nline two\r\nline three' },
      { name: 'Ó Súilleabháin', note: null },
      { name: undefined, note: ' padded ' },
    ];
    expect(parse(toCsv(rows, columns))).toEqual([
      ['Name', 'Note'],
      ['Dr "Al" O’Neill, PhD', 'line one\nline two\r\nline three'],
      ['Ó Súilleabháin', ''],
      ['', ' padded '],
    ]);
  });

  it('writes only the header row when there are no rows', () => {
    expect(decode(toCsv([], columns))).toBe('\uFEFFName,Note');
  });
});

describe('projectRegisterCsv', () => {
  const lookup = {
    personName: (id: string) => (id === IDS.lead ? 'Łukasz Żółć' : undefined),
    connectionTypeName: (id: string) =>
      id === IDS.dedicatedConnection ? 'Dedicated remote desktop' : undefined,
    staffName: (id: string) => (id === IDS.officer ? 'Tess Officer' : undefined),
  };

  it('writes the register columns, UK dates and looked-up names', () => {
    const rows = parse(
      projectRegisterCsv([aProject({ stage: 'setup', caseOfficerId: IDS.officer })], lookup),
    );
    expect(rows).toEqual([
      [
        'Reference',
        'Title',
        'Stage',
        'Status',
        'Lead researcher',
        'Case officer',
        'Organisation',
        'Connection type',
        'Planned start',
        'Planned end',
        'Received on',
      ],
      [
        'DSH-2026-014',
        'Hospital admissions after long COVID',
        'Set Up',
        'In progress',
        'Łukasz Żółć',
        'Tess Officer',
        'University of Example',
        'Dedicated remote desktop',
        '01/01/2027',
        '30/06/2028',
        '01/02/2026',
      ],
    ]);
  });

  it('leaves what an enquiry has not recorded yet empty', () => {
    const enquiry = aProject({ onboarding: {} });
    expect(parse(projectRegisterCsv([enquiry], lookup))[1]?.slice(4)).toEqual([
      '',
      '',
      'University of Example',
      '',
      '',
      '',
      '01/02/2026',
    ]);
  });

  it('exports the whole demo register, one row per project', () => {
    const data = generateDemoData({ today: '2026-11-25' });
    const people = new Map(data.people.map((p) => [p.id, p.name]));
    const connections = new Map(data.connectionTypes.map((c) => [c.id, c.name]));
    const rows = parse(
      projectRegisterCsv(data.projects, {
        personName: (id) => people.get(id),
        connectionTypeName: (id) => connections.get(id),
      }),
    );
    expect(rows).toHaveLength(data.projects.length + 1);
    expect(rows.slice(1).map((row) => row[0])).toEqual(data.projects.map((p) => p.reference));
  });
});
