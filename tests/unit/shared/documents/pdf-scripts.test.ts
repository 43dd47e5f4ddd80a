import { buildCertificatePdf, buildProjectRecordPdf } from '../../../../shared/documents';
import { generateDemoData } from '../../../../shared/demo';
import { notoSans, pdfPages } from '../../../helpers/pdf-files';
import { ORGANISATION, anInternationalCertificate, registered } from './certificate-fixtures';
import { recordOf } from './project-record-fixtures';

// The Chinese font is 10 MB: parsing it takes seconds on a busy machine.
jest.setTimeout(60_000);

const options = { organisationName: ORGANISATION, fonts: notoSans() };

/** pdftotext's text with its bidi marks (RLE…PDF around right-to-left runs) and runs of spaces removed. */
function readBack(pdf: Uint8Array): string {
  return pdfPages(pdf)
    .join(' ')
    .replace(/[\u202a-\u202e\u200e\u200f]/gu, '')
    .replace(/\s+/gu, ' ');
}

/** One name in each script a DSH's researchers write their names in. */
const NAMES = {
  Chinese: '王小明',
  Japanese: '佐藤さくら',
  Arabic: 'محمد عبد الله',
  Hebrew: 'דוד כהן',
  Devanagari: 'अनीता शर्मा क्षत्रिय',
  Greek: 'Αλέξανδρος Παπαδόπουλος',
  Cyrillic: 'Ольга Иванова',
  emoji: 'Sam 🙂',
} as const;

describe('names in every script', () => {
  let certificateText: string;
  beforeAll(async () => {
    const base = anInternationalCertificate().content;
    const certificate = registered({
      ...base,
      leadResearcher: NAMES.Chinese,
      dataController: `${NAMES.Devanagari} NHS Trust`,
      projectTitle: `Sleep study with ${NAMES.Japanese} and ${NAMES.Greek}`,
      performedBy: { name: NAMES.Arabic, role: 'DSH officer' },
      witnessedBy: { name: NAMES.Hebrew, role: 'DSH manager' },
      datasets: [{ name: 'Sleep diaries', provider: `${NAMES.Cyrillic} · ${NAMES.emoji}` }],
    });
    certificateText = readBack(await buildCertificatePdf(certificate, options));
  });

  it.each(Object.entries(NAMES))('prints a name in %s, read back in logical order', (_, name) => {
    expect(certificateText).toContain(name);
  });

  it('prints a project record whose people have names in these scripts', async () => {
    const data = generateDemoData({ today: '2026-11-25' });
    const project = data.projects.find((p) => p.status === 'closed')!;
    const record = recordOf(data, project, '2026-11-25');
    const named = record.people.map((person, i) => ({
      ...person,
      name: [NAMES.Chinese, NAMES.Arabic, NAMES.Hebrew, NAMES.Devanagari][i % 4]!,
    }));
    const text = readBack(await buildProjectRecordPdf({ ...record, people: named }, options));
    for (const person of named) expect(text).toContain(person.name);
  });

  it('makes exactly the same bytes as before for a certificate Noto Sans prints alone', async () => {
    const { fallback: _fallback, ...notoSansOnly } = notoSans();
    const certificate = anInternationalCertificate();
    const withFallbacks = await buildCertificatePdf(certificate, options);
    const without = await buildCertificatePdf(certificate, { ...options, fonts: notoSansOnly });
    expect(Buffer.from(withFallbacks).equals(Buffer.from(without))).toBe(true);
  });
});
