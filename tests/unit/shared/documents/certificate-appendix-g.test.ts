/**
 * A certificate issued with NIST SP 800-88 Appendix G's content: each storage location's media, identifier,
 * sanitisation, verification and fate; the data controller apart from the providers; the date backups are
 * overwritten by; the DSH's address and contact under its name.
 */
import { buildCertificatePdf } from '../../../../shared/documents';
import { notoSans, pdfPages } from '../../../helpers/pdf-files';
import { ORGANISATION, anAppendixGCertificate } from './certificate-fixtures';

jest.setTimeout(30_000);

const options = { organisationName: ORGANISATION, fonts: notoSans() };
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('a certificate with Appendix G’s content', () => {
  it('prints each location’s media, sanitisation, verification and fate, the providers apart, and the DSH’s address', async () => {
    const text = squash(pdfPages(await buildCertificatePdf(anAppendixGCertificate(), options)).join(' '));
    for (const expected of [
      '1 College Road, Exampleton EX1 2AB',
      'dsh@example.ac.uk',
      'Data controller Example NHS Foundation Trust',
      'Data providers NHS England; Office for National Statistics',
      'Location and media',
      'Media afterwards',
      // A table's cells wrap, so pdftotext reads each cell's lines between its neighbours'.
      'Nightly backup set B · Backup ·',
      'LTO-8 tape · Asset or serial Tape',
      '000417',
      'NetApp volume · Asset or serial',
      'Destroy: Shredded',
      'Contractor certificate',
      'WS-1182.',
      'Destroyed',
      'Reused',
      'Backups overwritten by 12 Dec 2026',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Data controller / provider');
  });

  it('is the same bytes on every export', async () => {
    const certificate = anAppendixGCertificate();
    const first = await buildCertificatePdf(certificate, options);
    const second = await buildCertificatePdf(structuredClone(certificate), options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
