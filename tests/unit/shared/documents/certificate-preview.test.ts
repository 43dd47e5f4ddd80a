import { PDFDocument } from 'pdf-lib';
import {
  buildCertificatePdf,
  PREVIEW_NUMBER,
  buildCertificatePreviewPdf,
  certificatePreviewDocument,
  verifyCertificatePdf,
  type CertificateDraftContent,
} from '../../../../shared/documents';
import { documentText } from '../../../../shared/documents/pdf/blocks';
import { notoSans, pdfPages } from '../../../helpers/pdf-files';
import { ORGANISATION, anInternationalCertificate } from './certificate-fixtures';

// A PDF takes about 0.2 s of CPU to build; leave room for a machine busy running other suites.
jest.setTimeout(20_000);

const options = { organisationName: ORGANISATION, fonts: notoSans() };
const squash = (text: string) => text.replace(/\s+/g, ' ');

function aDraft(): CertificateDraftContent {
  const { number: _number, ...draft } = anInternationalCertificate().content;
  return draft;
}

describe('certificatePreviewDocument', () => {
  it('prints every field of the certificate, with no number and no fingerprint yet', () => {
    const text = documentText(certificatePreviewDocument(aDraft(), ORGANISATION).blocks);
    expect(text).toEqual(
      expect.arrayContaining([PREVIEW_NUMBER, 'Łukasz Żółć', 'Siobhán Ní Bhriain, DSH officer']),
    );
    expect(text.join(' ')).toContain('computed, printed here and stored in the certificate register when');
    expect(text).not.toContain('SHA-256 fingerprint');
  });
});

describe('buildCertificatePreviewPdf', () => {
  it('prints every field, names beyond ASCII included, and says on every page that it is a preview', async () => {
    const pages = pdfPages(await buildCertificatePreviewPdf(aDraft(), options));
    const text = squash(pages.join(' '));
    for (const expected of [
      'Certificate of Deletion',
      'Preview of a certificate that has not been issued.',
      PREVIEW_NUMBER,
      'DSH-2026-014',
      'Łukasz Żółć',
      'Ó Súilleabháin Health Trust',
      'Siobhán Ní Bhriain',
      'Encrypted USB stick DSH-USB-07',
      'Purge',
      'NHSE-AUTH-2026-77',
      'Approved by Dr B Jones on 2 Oct 2026',
      'and that no copy remains.',
    ]) {
      expect(text).toContain(expected);
    }
    pages.forEach((page) => expect(squash(page)).toContain('Certificate of Deletion · preview, not issued'));
    expect(text).not.toContain('DSH-CERT-');
  });

  it('keeps the diagonal mark out of the page text, so the text extracts cleanly', async () => {
    const text = squash(pdfPages(await buildCertificatePreviewPdf(aDraft(), options)).join(' '));
    expect(text).not.toMatch(/PREVIEW|NOT ISSUED/);
  });

  it('gives the same bytes for the same draft', async () => {
    const first = await buildCertificatePreviewPdf(aDraft(), options);
    const second = await buildCertificatePreviewPdf(aDraft(), options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('can never pass for a certificate: verification calls it unknown, not genuine', async () => {
    const bytes = await buildCertificatePreviewPdf(aDraft(), options);
    // A register that answers every number, so only the file itself can make the verdict.
    const register = {
      findByNumber: () => anInternationalCertificate(),
      issuedPdf: () => buildCertificatePdf(anInternationalCertificate(), options),
    };
    const verdict = await verifyCertificatePdf(bytes, register);
    expect(verdict.verdict).toBe('unknown');
    expect((await PDFDocument.load(bytes)).getTitle()).toBe(
      'Certificate of Deletion preview (not issued) DSH-2026-014',
    );
  });

  it('refuses to print without the organisation’s name', async () => {
    await expect(buildCertificatePreviewPdf(aDraft(), { ...options, organisationName: ' ' })).rejects.toThrow(
      'Enter the organisation’s name before saving a certificate preview.',
    );
  });
});
