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

// A PDF takes about 0.2 s of CPU to build; leave room for a machine busy running other suites.
jest.setTimeout(20_000);

const options = { organisationName: ORGANISATION, fonts: notoSans() };

/** A register holding these certificates, answering as the database would (asynchronously). */
function registerOf(...certificates: Certificate[]): CertificateRegister {
  return {
    findByNumber: async (number) => certificates.find((c) => c.number === number),
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
      message: 'This certificate matches the register entry for DSH-CERT-2026-0007 issued on 3 Nov 2026.',
    });
  });

  it('finds a certificate altered when one byte of a field in its embedded record has changed', async () => {
    // The record is stored uncompressed, so the edit leaves it readable: the fingerprint catches it.
    const edited = replaceBytes(genuinePdf, '"projectTitle": "Hospital', '"projectTitle": "Jospital');
    const result = await verifyCertificatePdf(edited, registerOf(certificate));
    expect(result.verdict).toBe('altered');
    expect(result.number).toBe('DSH-CERT-2026-0007');
    expect(result.message).toMatch(/content has been changed since it was issued/);
  });

  it('finds a certificate altered when a changed byte breaks its embedded record', async () => {
    const edited = replaceBytes(genuinePdf, '"projectTitle": "', '"projectTitle"; "');
    const result = await verifyCertificatePdf(edited, registerOf(certificate));
    expect(result).toMatchObject({ verdict: 'altered', number: 'DSH-CERT-2026-0007' });
    expect(result.message).toMatch(/embedded certificate record has been damaged or changed/);
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
    expect(result.message).toMatch(/text printed on its pages differs/);
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
    expect(result.message).toMatch(/differs from the one in the register entry for DSH-CERT-2026-0007/);
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

  it('still finds a certificate genuine after another program re-saves the PDF', async () => {
    const resaved = await (await PDFDocument.load(genuinePdf)).save({ useObjectStreams: true });
    expect(Buffer.from(resaved).equals(Buffer.from(genuinePdf))).toBe(false);
    await expect(verifyCertificatePdf(resaved, registerOf(certificate))).resolves.toMatchObject({
      verdict: 'genuine',
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
