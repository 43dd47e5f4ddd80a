import { PDFDocument, PDFName } from 'pdf-lib';
import {
  buildCertificatePdf,
  CERTIFICATE_RECORD_FILE,
  verifyCertificatePdf,
  type CertificateRegister,
} from '../../../../shared/documents';
import { certificateRecordBytes } from '../../../../shared/documents/certificate/certificate-record';
import { embedFile } from '../../../../shared/documents/pdf/embedded-file';
import { generateDemoData } from '../../../../shared/demo';
import type { Certificate } from '../../../../shared/domain';
import { notoSans } from '../../../helpers/pdf-files';
import { ORGANISATION, anInternationalCertificate, registered } from './certificate-fixtures';
import {
  withAppendedAnnotation,
  withDatePaintedOver,
  withFooterBitFlipped,
  withSwappedFont,
  withTitle,
} from '../../../helpers/certificate-forgeries';
import { sha256HexOfBytes } from '../../../../shared/hashing';

// A PDF takes about 0.2 s of CPU to build; leave room for a machine busy running other suites.
jest.setTimeout(20_000);

const options = { organisationName: ORGANISATION, fonts: notoSans() };

/** A register holding these certificates, answering as the database would (asynchronously). */
function registerOf(...certificates: Certificate[]): CertificateRegister {
  const find = (number: string) => certificates.find((c) => c.number === number);
  return {
    findByNumber: async (number) => find(number),
    issuedPdf: async (number) => buildCertificatePdf(find(number)!, options),
  };
}

/** The PDF with `from` replaced by `to` in its bytes (the same length, so the PDF's offsets still hold). */
function replaceBytes(pdf: Uint8Array, from: string, to: string): Uint8Array {
  const bytes = Buffer.from(pdf);
  const at = bytes.indexOf(Buffer.from(from, 'utf8'));
  expect(at).toBeGreaterThan(0);
  Buffer.from(to, 'utf8').copy(bytes, at);
  return new Uint8Array(bytes);
}

const certificate = anInternationalCertificate();
let genuinePdf: Uint8Array;
beforeAll(async () => {
  genuinePdf = await buildCertificatePdf(certificate, options);
});

describe('verifyCertificatePdf', () => {
  it('finds an exported certificate genuine, in words an officer can act on', async () => {
    await expect(verifyCertificatePdf(genuinePdf, registerOf(certificate))).resolves.toEqual({
      verdict: 'genuine',
      number: 'DSH-CERT-2026-0007',
      message: `This file is byte for byte the certificate DSH-CERT-2026-0007 issued on 3 Nov 2026, as kept in the register (SHA-256 ${sha256HexOfBytes(genuinePdf)}).`,
    });
  });

  it('finds genuine only the file whose SHA-256 the register kept when it was issued', async () => {
    const kept = { ...certificate, pdfSha256: sha256HexOfBytes(genuinePdf) };
    await expect(verifyCertificatePdf(genuinePdf, registerOf(kept))).resolves.toMatchObject({
      verdict: 'genuine',
    });
    // A later DSH Desk that made other bytes for the same entry does not make the issued file Altered,
    // nor its own file Genuine.
    const other = { ...certificate, pdfSha256: 'a'.repeat(64) };
    const result = await verifyCertificatePdf(genuinePdf, registerOf(other));
    expect(result.verdict).toBe('altered');
  });

  describe.each([
    [
      'a changed document title',
      () => withTitle(genuinePdf, 'Certificate of deletion DSH-CERT-2026-0008'),
      /its document title reads “Certificate of deletion DSH-CERT-2026-0008” instead of “Certificate of Deletion DSH-CERT-2026-0007”/,
    ],
    [
      'a changed embedded font',
      () => withSwappedFont(genuinePdf),
      /the fonts embedded for page 1 were changed/,
    ],
    [
      'one bit changed in the footer',
      () => withFooterBitFlipped(genuinePdf),
      /page 1 prints “Page 1 of \S+”, which the issued certificate does not/,
    ],
    [
      'a white box with another date over it, inside an /Artifact block',
      () => withDatePaintedOver(genuinePdf, '1 January 2020'),
      /page 1 prints “1 January 2020”, which the issued certificate does not/,
    ],
    [
      'an annotation appended as an incremental update',
      () => withAppendedAnnotation(genuinePdf, 'Approved'),
      /something was added after the end of the issued file.*; an annotation was added on page 1/,
    ],
  ])('a copy with %s', (_, forge, what) => {
    it('is Altered, and the officer is told what differs', async () => {
      const forged = await forge();
      const result = await verifyCertificatePdf(forged, registerOf(certificate));
      expect(result).toMatchObject({ verdict: 'altered', number: 'DSH-CERT-2026-0007' });
      expect(result.message).toMatch(
        /^This file is not the certificate that was issued as DSH-CERT-2026-0007: /,
      );
      expect(result.message).toMatch(what);
      // The same verdict when the register kept the issued file's SHA-256.
      const kept = { ...certificate, pdfSha256: sha256HexOfBytes(genuinePdf) };
      await expect(verifyCertificatePdf(forged, registerOf(kept))).resolves.toMatchObject({
        verdict: 'altered',
        message: result.message,
      });
    });
  });

  it('finds a certificate altered when one byte of a field in its embedded record has changed', async () => {
    // The record is stored uncompressed, so the edit leaves it readable: the fingerprint catches it.
    const edited = replaceBytes(genuinePdf, '"projectTitle": "Hospital', '"projectTitle": "Jospital');
    const result = await verifyCertificatePdf(edited, registerOf(certificate));
    expect(result.verdict).toBe('altered');
    expect(result.number).toBe('DSH-CERT-2026-0007');
    expect(result.message).toMatch(
      /its embedded record gives a different project title from the register entry/,
    );
  });

  it('finds a certificate altered when a changed byte breaks its embedded record', async () => {
    const edited = replaceBytes(genuinePdf, '"projectTitle": "', '"projectTitle"; "');
    const result = await verifyCertificatePdf(edited, registerOf(certificate));
    expect(result).toMatchObject({ verdict: 'altered', number: 'DSH-CERT-2026-0007' });
    expect(result.message).toMatch(/its embedded certificate record is damaged or changed/);
  });

  it('finds a certificate altered when its pages were reprinted over the genuine record', async () => {
    const forged = registered({ ...certificate.content, destroyedOn: '2026-10-01' });
    const doc = await PDFDocument.load(await buildCertificatePdf(forged, options), { updateMetadata: false });
    doc.catalog.delete(PDFName.of('Names'));
    const genuineRecord = {
      format: 'dsh-desk/certificate-of-deletion/1' as const,
      organisation: ORGANISATION,
      ...certificate,
    };
    embedFile(doc, CERTIFICATE_RECORD_FILE, certificateRecordBytes(genuineRecord), {
      mimeType: 'application/json',
      description: 'forged',
      datedOn: '2026-11-03',
    });
    const result = await verifyCertificatePdf(await doc.save(), registerOf(certificate));
    expect(result.verdict).toBe('altered');
    expect(result.message).toMatch(/page \d prints .*“1 Oct 2026”/);
  });

  it('finds a self-consistent forgery altered when the register holds another fingerprint', async () => {
    const forged = registered({
      ...certificate.content,
      witnessedBy: { name: 'Nobody', role: 'DSH manager' },
    });
    const result = await verifyCertificatePdf(
      await buildCertificatePdf(forged, options),
      registerOf(certificate),
    );
    expect(result).toMatchObject({ verdict: 'altered', number: 'DSH-CERT-2026-0007' });
    expect(result.message).toMatch(
      /its embedded record gives a different witnessed by from the register entry/,
    );
  });

  it('calls a readable certificate unknown when its number is not in the register', async () => {
    await expect(verifyCertificatePdf(genuinePdf, registerOf())).resolves.toEqual({
      verdict: 'unknown',
      number: 'DSH-CERT-2026-0007',
      message:
        'DSH-CERT-2026-0007 is not in the certificate register. It was not issued from this register, so it cannot be confirmed.',
    });
  });

  it('calls a PDF that is not a DSH certificate unknown', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const result = await verifyCertificatePdf(await doc.save(), registerOf(certificate));
    expect(result.verdict).toBe('unknown');
    expect(result.message).toMatch(/not a DSH certificate of deletion/);
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), /not a PDF/],
    ['an empty file', new Uint8Array(), /empty/],
    ['a text file', new TextEncoder().encode('DSH-CERT-2026-0007 is genuine'), /not a PDF/],
  ])('calls %s unreadable', async (_, bytes, message) => {
    const result = await verifyCertificatePdf(bytes, registerOf(certificate));
    expect(result.verdict).toBe('unreadable');
    expect(result.message).toMatch(message);
  });

  it('calls a truncated certificate unreadable', async () => {
    const result = await verifyCertificatePdf(
      genuinePdf.slice(0, genuinePdf.length / 2),
      registerOf(certificate),
    );
    expect(result).toEqual({
      verdict: 'unreadable',
      message:
        'This PDF is incomplete: the file ends before the end of the document. Ask for the certificate to be sent again.',
    });
  });

  it('finds a certificate genuine whose names were typed with combining accents', async () => {
    const decomposed = registered({
      ...certificate.content,
      performedBy: { name: 'Siobha\u0301n Ni\u0301 Bhriain', role: 'DSH officer' },
    });
    const pdf = await buildCertificatePdf(decomposed, options);
    await expect(verifyCertificatePdf(pdf, registerOf(decomposed))).resolves.toMatchObject({
      verdict: 'genuine',
    });
  });

  it('finds a certificate altered once another program has saved it again, though it prints the same', async () => {
    const resaved = await (await PDFDocument.load(genuinePdf)).save({ useObjectStreams: true });
    expect(Buffer.from(resaved).equals(Buffer.from(genuinePdf))).toBe(false);
    await expect(verifyCertificatePdf(resaved, registerOf(certificate))).resolves.toMatchObject({
      verdict: 'altered',
      message: expect.stringMatching(/its producer reads “pdf-lib .*” instead of “DSH Desk”/),
    });
  });

  it('finds the demo data set’s certificates genuine', async () => {
    const { certificates } = generateDemoData({ today: '2026-11-25' });
    expect(certificates.length).toBeGreaterThan(0);
    for (const demo of certificates.slice(0, 2)) {
      const pdf = await buildCertificatePdf(demo, options);
      await expect(verifyCertificatePdf(pdf, registerOf(...certificates))).resolves.toMatchObject({
        verdict: 'genuine',
        number: demo.number,
      });
    }
  });
});
