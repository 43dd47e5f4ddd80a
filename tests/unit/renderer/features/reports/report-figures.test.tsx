import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReportTable } from '../../../../../shared/domain/reports';
import { EnquiriesReport } from '../../../../../renderer/features/reports/EnquiriesReport';
import { ReportTableView } from '../../../../../renderer/features/reports/figure/ReportTableView';
import { aProject, fixtureId, recordBase } from '../../../../helpers/domain-fixtures';
import { harness, renderSignedIn } from '../stages/app-harness';

// A report over a real (fake-indexeddb) database: slower than jest's default allows on a loaded machine.
jest.setTimeout(60_000);

const TODAY = '2026-11-25';

/** The cells of the figures table's row headed `month`, as the officer reads them. */
function rowOf(table: HTMLElement, month: string): string[] {
  const row = within(table).getByRole('rowheader', { name: month }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('the enquiries report', () => {
  it('counts the enquiries of each month, those that became projects and those declined', async () => {
    const h = await harness();
    const enquiry = (n: number, receivedOn: string) => ({
      ...aProject({ ...recordBase(fixtureId(n)), reference: `DSH-2026-${n}` }),
      enquiry: { ...aProject().enquiry, receivedOn },
    });
    await h.db.projects.bulkAdd([
      enquiry(901, '2026-10-02'),
      {
        ...enquiry(902, '2026-10-20'),
        stage: 'onboarding' as const,
        stageEnteredAt: { enquiry: '2026-10-20', onboarding: '2026-10-28' },
      },
      { ...enquiry(903, '2026-11-03'), status: 'declined' as const },
    ]);
    renderSignedIn(h, <EnquiriesReport today={TODAY} />);

    const figure = within(await screen.findByRole('region', { name: 'Enquiries per month' }));
    expect(figure.getByText(/Over the period:/)).toHaveTextContent(
      'Over the period: 3 enquiries, 1 became projects.',
    );
    const table = figure.getByRole('table', { name: 'Enquiries per month: the figures' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Month', 'Enquiries received', 'Became projects', 'Declined', 'Share that became projects']);
    expect(rowOf(table, 'Oct 2026')).toEqual(['2', '1', '0', '50.0%']);
    expect(rowOf(table, 'Nov 2026')).toEqual(['1', '0', '1', '0.0%']);
    expect(rowOf(table, 'Sep 2026')).toEqual(['0', '0', '0', '–']);
    expect(figure.getByRole('button', { name: /Download CSV/ })).toBeInTheDocument();
    expect(figure.queryByText('No enquiries arrived in this period.')).not.toBeInTheDocument();
  });

  it('says when no enquiry arrived in the period, and still gives the table of zeros', async () => {
    const h = await harness();
    renderSignedIn(h, <EnquiriesReport today={TODAY} />);
    const figure = within(await screen.findByRole('region', { name: 'Enquiries per month' }));
    expect(figure.getByText('No enquiries arrived in this period.')).toBeInTheDocument();
    const table = figure.getByRole('table', { name: 'Enquiries per month: the figures' });
    expect(rowOf(table, 'Nov 2026')).toEqual(['0', '0', '0', '–']);
  });
});

describe('a long figures table', () => {
  const table: ReportTable<{ name: string; count: number }> = {
    columns: [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'count', label: 'Count', kind: 'count' },
    ],
    rows: [
      { name: 'First', count: 12 },
      { name: 'Second', count: 2 },
      { name: 'Third', count: 3 },
    ],
  };

  it('shows a page at a time, with where the officer is and the next page a click away', async () => {
    render(<ReportTableView table={table} caption="Things: the figures" pageSize={2} />);
    const pager = screen.getByRole('navigation', { name: 'Pages of Things: the figures' });
    expect(pager).toHaveTextContent('Rows 1–2 of 3');
    expect(screen.getByRole('rowheader', { name: 'First' }).closest('tr')).toHaveTextContent('First12');
    expect(within(pager).getByRole('button', { name: 'Previous' })).toBeDisabled();

    await userEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(pager).toHaveTextContent('Rows 3–3 of 3');
    expect(screen.getByRole('rowheader', { name: 'Third' })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'First' })).not.toBeInTheDocument();
  });
});
