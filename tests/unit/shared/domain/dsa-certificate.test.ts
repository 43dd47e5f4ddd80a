/**
 * Reading an NHS DSA certificate: from a certificate PDF made here (read by main's PDF.js reader, as the app
 * reads a dropped file) and from the texts other layouts give; what cannot be found is said, never guessed.
 */
import { readPdf } from '../../../../electron/services/pdf-text';
import { isSameName, readDsaCertificate } from '../../../../shared/domain/dsa-certificate';
import { dsaCertificatePdf } from '../../../helpers/evidence-pdfs';

async function textOf(bytes: Uint8Array): Promise<string> {
  const reading = await readPdf(bytes);
  if (reading.status !== 'read') throw new Error(`not read: ${reading.status}`);
  return reading.text;
}

describe('reading a DSA certificate', () => {
  it('reads the name, course, completion date and number of a certificate PDF', async () => {
    const bytes = await dsaCertificatePdf({
      name: 'Dr Anna Nowak',
      completed: '06/12/2026',
      reference: 'DSA-1234567',
    });
    expect(readDsaCertificate(await textOf(bytes))).toEqual({
      status: 'read',
      name: 'Dr Anna Nowak',
      course: 'Data Security Awareness - Level 1',
      completedOn: '2026-12-06',
      reference: 'DSA-1234567',
    });
  });

  it.each([
    [
      'This certificate is awarded to\nJane Smith\nfor completing Data Security Awareness Level 1\nCompleted on 3rd March 2026',
      '2026-03-03',
    ],
    ['Learner name: Jane Smith\nCourse: Data Security Awareness\nDate completed:\n2026-03-03', '2026-03-03'],
    [
      'This is to certify that Jane Smith has completed Data Security Awareness - Level 1 on 03.03.2026',
      '2026-03-03',
    ],
  ])('reads other layouts: %#', (text, day) => {
    expect(readDsaCertificate(text)).toMatchObject({ status: 'read', name: 'Jane Smith', completedOn: day });
  });

  it('says what it could not find, and guesses nothing', async () => {
    expect(readDsaCertificate('Certificate of Completion\nFire Safety Awareness\nDate: 01/02/2026')).toEqual({
      status: 'unreadable',
      missing: ['the course (Data Security Awareness)', 'whose certificate it is'],
    });
    expect(readDsaCertificate('')).toEqual({
      status: 'unreadable',
      missing: ['the course (Data Security Awareness)', 'whose certificate it is', 'the completion date'],
    });
    // Two dates and none said to be the completion: which one is not guessed.
    expect(
      readDsaCertificate(
        'This is to certify that\nJane Smith\nData Security Awareness\n01/02/2026 to 01/02/2027',
      ),
    ).toMatchObject({ status: 'unreadable', missing: ['the completion date'] });
  });
});

describe('whose certificate it is', () => {
  it.each([
    ['Jane Smith', 'Dr Jane Smith'],
    ['SMITH, Jane', 'Jane Smith'],
    ['Zoe Brontë', 'Zoë Bronte'],
    ['Jane Anne Smith', 'Jane Smith'],
  ])('"%s" is %s', (onCertificate, person) => {
    expect(isSameName(onCertificate, person)).toBe(true);
  });

  it.each([
    ['John Smith', 'Jane Smith'],
    ['Jane Smythe', 'Jane Smith'],
  ])('"%s" is not %s', (onCertificate, person) => {
    expect(isSameName(onCertificate, person)).toBe(false);
  });
});
