import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportProjectRecordButton } from '../../../../../renderer/features/certificates/ExportProjectRecordButton';
import { ExportRegisterCsvButton } from '../../../../../renderer/features/certificates/ExportRegisterCsvButton';
import { RetentionPanel } from '../../../../../renderer/features/certificates/RetentionPanel';
import { aProject, fixtureId, recordBase } from '../../../../helpers/domain-fixtures';
import { pdfPages } from '../../../../helpers/pdf-files';
import { closingProject, harness, renderCertificateScreens } from './certificate-harness';
import type * as PdfFiles from '../../../../helpers/pdf-files';

// The fonts come from the app's build in the renderer (a Vite asset URL); here, from node_modules.
jest.mock('../../../../../renderer/components/documents/fonts', () => ({
  loadDocumentFonts: () =>
    Promise.resolve(jest.requireActual<typeof PdfFiles>('../../../../helpers/pdf-files').notoSans()),
}));

jest.setTimeout(60_000);

const csvLines = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe('ExportRegisterCsvButton', () => {
  it('saves the whole register as CSV, in reference order, and audits the export', async () => {
    const h = await harness();
    await h.db.projects.bulkAdd([
      aProject({ ...recordBase(fixtureId(971)), reference: 'DSH-2026-020', title: '=HYPERLINK("x")' }),
      aProject({
        ...recordBase(fixtureId(972)),
        reference: 'DSH-2026-003',
        title: 'Sepsis in A&E',
        stage: 'active',
      }),
    ]);
    renderCertificateScreens(h, '/projects', <ExportRegisterCsvButton />);

    await userEvent.click(await screen.findByRole('button', { name: 'Export register as CSV…' }));
    expect(await screen.findByText(/saved to/)).toHaveTextContent(
      /^Register saved to \/home\/officer\/DSH project register \d{4}-\d{2}-\d{2}\.csv/,
    );
    const [file] = h.host.saved;
    expect(file!.kind).toBe('csv');
    const lines = csvLines(file!.bytes);
    expect(lines[0]).toBe(
      'Reference,Title,Stage,Status,Lead researcher,Case officer,Organisation,Connection type,Planned start,Planned end,Received on',
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'DSH-2026-003,Sepsis in A&E,Active',
      `DSH-2026-020,"'=HYPERLINK(""x"")",Enquiry`,
    ]);
    const [event] = await h.db.auditEvents
      .where('[action+seq]')
      .between(['export', 0], ['export', Infinity])
      .toArray();
    expect(event).toMatchObject({ entity: 'database', entityId: 'project-register' });
    expect(event!.changes.projects).toEqual({ after: 2 });
  });

  it('saves only the projects the register’s filter shows, and says so', async () => {
    const h = await harness();
    await h.db.projects.bulkAdd([
      aProject({ ...recordBase(fixtureId(971)), reference: 'DSH-2026-020' }),
      aProject({ ...recordBase(fixtureId(972)), reference: 'DSH-2026-003', stage: 'active' }),
    ]);
    renderCertificateScreens(
      h,
      '/projects',
      <ExportRegisterCsvButton filter={{ stage: 'active', sort: 'reference', descending: false }} />,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Export these projects as CSV…' }));
    await waitFor(() => expect(h.host.saved).toHaveLength(1));
    expect(h.host.saved[0]!.suggestedName).toMatch(/\(filtered\)\.csv$/);
    expect(
      csvLines(h.host.saved[0]!.bytes)
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['DSH-2026-003']);
  });
});

describe('ExportProjectRecordButton', () => {
  it('saves the project record PDF, every stage and the timeline, under the project’s reference', async () => {
    const h = await harness();
    const project = await closingProject(h);
    renderCertificateScreens(h, '/projects', <ExportProjectRecordButton projectId={project.id} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Export project record…' }));
    expect(await screen.findByText(/saved to/)).toHaveTextContent(
      /Project record saved to \/home\/officer\/DSH-2026-014 project record \d{4}-\d{2}-\d{2}\.pdf/,
    );
    const text = pdfPages(h.host.saved[0]!.bytes).join(' ').replace(/\s+/g, ' ');
    for (const expected of [
      'Project record',
      'DSH-2026-014',
      'Hospital admissions after long COVID',
      '1. Enquiry',
      '2. Onboarding',
      'Timeline',
      'Łukasz Żółć',
    ]) {
      expect(text).toContain(expected);
    }
    const [event] = await h.db.auditEvents
      .where('[action+seq]')
      .between(['export', 0], ['export', Infinity])
      .toArray();
    expect(event).toMatchObject({
      entity: 'project',
      entityId: project.id,
      changes: { document: { after: 'project record' } },
    });
  });
});

describe('RetentionPanel', () => {
  const closed = (on: string) =>
    aProject({ stage: 'closure', status: 'closed', ended: { on, reason: 'Certificate issued.' } });

  it('shows what is kept after closure and until when', () => {
    render(<RetentionPanel project={closed('2026-11-20')} today="2026-11-25" />);
    const panel = screen.getByRole('region', { name: 'Retention' });
    expect(within(panel).getByText('Within retention period')).toBeInTheDocument();
    expect(
      within(panel).getByText('Closed on 20 Nov 2026. The research data itself is not kept.'),
    ).toBeInTheDocument();
    const kept = within(panel)
      .getAllByRole('term')
      .map((term) => [
        term.textContent,
        term.nextElementSibling?.querySelector('.retention-until')?.textContent,
      ]);
    expect(kept).toEqual([
      ['Certificate of deletion', 'Kept permanently'],
      ['Audit log', 'Kept permanently'],
      ['Minimal project record', 'Kept until 20 Nov 2032'],
    ]);
    expect(within(panel).queryByRole('note')).not.toBeInTheDocument();
  });

  it('flags the minimal record for review once its date has passed', () => {
    render(<RetentionPanel project={closed('2019-03-01')} today="2026-11-25" />);
    expect(screen.getByText('Review due')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'The minimal project record passed its retention date on 1 Mar 2025 (634 days ago).',
    );
  });

  it('warns when the date is near, and shows nothing for a project still open', () => {
    const { unmount } = render(<RetentionPanel project={closed('2020-12-31')} today="2026-11-25" />);
    expect(screen.getByText('Review soon')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'reaches its retention date on 31 Dec 2026, in 36 days.',
    );
    unmount();
    const { container } = render(
      <RetentionPanel project={aProject({ stage: 'active' })} today="2026-11-25" />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
