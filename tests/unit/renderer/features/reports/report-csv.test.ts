import { csvCell, reportCsv } from '../../../../../renderer/features/reports/figure/report-csv';
import type { ReportTable } from '../../../../../shared/domain/reports';

type Row = { month: string; received: number; share: number | null; cost: number; median: number | null };

const table: ReportTable<Row> = {
  columns: [
    { key: 'month', label: 'Month', kind: 'month' },
    { key: 'received', label: 'Received', kind: 'count' },
    { key: 'share', label: 'Share', kind: 'share' },
    { key: 'cost', label: 'Cost', kind: 'pence' },
    { key: 'median', label: 'Median days', kind: 'days' },
  ],
  rows: [
    { month: '2026-11', received: 7, share: 0.375, cost: 120000, median: 21.25 },
    { month: '2026-12', received: 0, share: null, cost: 0, median: null },
  ],
};

describe('a report as CSV', () => {
  it('writes the table’s words, numbers as numbers, and an empty cell for no value', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(reportCsv(table));
    expect(text).toBe(
      '\uFEFFMonth,Received,Share,Cost,Median days\r\n' +
        'Nov 2026,7,37.5%,"£1,200.00",21.3\r\n' +
        'Dec 2026,0,,£0.00,',
    );
  });

  it('keeps a cell that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('text', '=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      reportCsv({ columns: [{ key: 'title', label: 'Title', kind: 'text' }], rows: [{ title: '=1+2' }] }),
    );
    expect(text).toContain("'=1+2");
  });
});
