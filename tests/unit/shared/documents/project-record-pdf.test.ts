import { buildProjectRecordPdf } from '../../../../shared/documents';
import { generateDemoData } from '../../../../shared/demo';
import { notoSans, pdfPages } from '../../../helpers/pdf-files';
import { ORGANISATION } from './certificate-fixtures';
import { recordOf } from './project-record-fixtures';

// A PDF takes about 0.2 s of CPU to build; leave room for a machine busy running other suites.
jest.setTimeout(20_000);

const options = { organisationName: ORGANISATION, fonts: notoSans() };
const TODAY = '2026-11-25';
const data = generateDemoData({ today: TODAY });
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('buildProjectRecordPdf', () => {
  it('prints every stage of a closed project, its members’ readiness, bookings, certificate and timeline', async () => {
    const project = data.projects.find(
      (p) => p.status === 'closed' && data.certificates.some((c) => c.projectId === p.id),
    )!;
    const record = recordOf(data, project, TODAY);
    const pages = pdfPages(await buildProjectRecordPdf(record, options));
    const text = squash(pages.join(' '));
    for (const expected of [
      'Project record',
      project.reference,
      project.title,
      '1. Enquiry',
      '2. Onboarding',
      '3. Set Up',
      '4. Members and access',
      '5. Active',
      '6. Closure',
      '7. Timeline',
      'Moved to Closure.',
      record.certificate!.number,
      record.certificate!.fingerprint.slice(0, 8),
      `${record.bookings.upcoming} upcoming, ${record.bookings.past} past`,
      ...record.people.map((person) => person.name),
    ]) {
      expect(text).toContain(squash(expected));
    }
    pages.forEach((page, index) => expect(squash(page)).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it('prints an enquiry with what is not recorded yet said plainly', async () => {
    const enquiry = data.projects.find((p) => p.stage === 'enquiry' && p.status === 'open')!;
    const text = squash(
      pdfPages(await buildProjectRecordPdf(recordOf(data, enquiry, TODAY), options)).join(' '),
    );
    expect(text).toContain('Not recorded');
    expect(text).toContain('The closure checklist has not been started.');
    expect(text).toContain('No members recorded yet.');
  });

  it('names the case officer under the key facts, or says none is recorded', async () => {
    const project = data.projects.find((p) => p.stage === 'active')!;
    const officer = data.staffMembers[0]!;
    const named = recordOf(data, { ...project, caseOfficerId: officer.id }, TODAY);
    const text = squash(pdfPages(await buildProjectRecordPdf(named, options))[0]!);
    expect(text).toContain(`Case officer ${officer.name}`);
    const { caseOfficerId: _named, ...unnamed } = project;
    const none = squash(pdfPages(await buildProjectRecordPdf(recordOf(data, unnamed, TODAY), options))[0]!);
    expect(none).toContain('Case officer Not recorded');
  });

  it('gives the same bytes each time', async () => {
    const project = data.projects.find((p) => p.stage === 'active')!;
    const first = await buildProjectRecordPdf(recordOf(data, project, TODAY), options);
    const second = await buildProjectRecordPdf(recordOf(data, project, TODAY), options);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});
