import type { PDFArray, PDFHexString } from 'pdf-lib';
import { PDFDocument } from 'pdf-lib';
import { buildCertificatePdf } from '../../../../shared/documents';
import { notoSans, pdfPages } from '../../../helpers/pdf-files';
import {
  ORGANISATION,
  aLongCertificate,
  anInternationalCertificate,
  registered,
} from './certificate-fixtures';

// A PDF takes about 0.2 s of CPU to build; leave room for a machine busy running other suites.
jest.setTimeout(20_000);

const fonts = notoSans();
const options = { organisationName: ORGANISATION, fonts };
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('buildCertificatePdf', () => {
  it('prints every field of the certificate, names beyond ASCII included', async () => {
    const certificate = anInternationalCertificate();
    const pages = pdfPages(await buildCertificatePdf(certificate, options));
    const text = squash(pages.join(' '));

    for (const expected of [
      ORGANISATION,
      'Certificate of Deletion',
      'DSH-CERT-2026-0007',
      'DSH-2026-014',
      'Hospital admissions after long COVID',
      'Łukasz Żółć',
      'Ó Súilleabháin Health Trust',
      'Siobhán Ní Bhriain',
      'REC 26/LO/0142',
      'Civil registration – deaths',
      'Office for National Statistics',
      'Encrypted USB stick DSH-USB-07',
      'Removable media',
      'Backup',
      'Purge',
      'NIST SP 800-88',
      'Cryptographic erase',
      'VeraCrypt 1.26',
      'Sample read-back found no data.',
      '30 Oct 2026',
      '3 Nov 2026',
      'NHSE-AUTH-2026-77',
      'Aggregate tables for the paper',
      'Approved by Dr B Jones on 2 Oct 2026',
      'and that no copy remains.',
      'SHA-256 fingerprint',
      'Page 1 of',
    ]) {
      expect(text).toContain(expected);
    }
    const groups = certificate.fingerprint.match(/.{8}/g)!;
    expect(text).toContain(groups.slice(0, 4).join(' '));
    expect(text).toContain(groups.slice(4).join(' '));
  });

  it('runs a long certificate over several pages, each with "Page X of Y" and the certificate number', async () => {
    const pages = pdfPages(await buildCertificatePdf(aLongCertificate(), options));
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, index) => {
      expect(squash(page)).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('DSH-CERT-2026-0042');
    });
    const text = squash(pages.join(' '));
    expect(text).toContain('DSH-WS-080');
    expect(text).toContain('Extract 80:');
  });

  it('gives the same bytes each time the same certificate is exported, whatever was exported in between', async () => {
    const first = await buildCertificatePdf(anInternationalCertificate(), options);
    await buildCertificatePdf(
      registered({ ...anInternationalCertificate().content, tool: 'shred 9.4' }),
      options,
    );
    const reordered = { ...anInternationalCertificate() };
    reordered.content = Object.fromEntries(
      Object.entries(reordered.content).reverse(),
    ) as typeof reordered.content;
    const second = await buildCertificatePdf(reordered, options);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('writes a file identifier taken from the fingerprint, and no object streams', async () => {
    const certificate = anInternationalCertificate();
    const pdf = await buildCertificatePdf(certificate, options);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const ids = doc.context.trailerInfo.ID as PDFArray;
    expect(ids.asArray().map((id) => (id as PDFHexString).asString())).toEqual([
      certificate.fingerprint.slice(0, 32),
      certificate.fingerprint.slice(0, 32),
    ]);
    const text = Buffer.from(pdf).toString('latin1');
    expect(text).toMatch(/\nxref\n/);
    expect(text).not.toMatch(/\/Type \/ObjStm/);
  });

  it('refuses to export a certificate whose fingerprint does not match its content', async () => {
    const damaged = { ...anInternationalCertificate(), fingerprint: 'a'.repeat(64) };
    await expect(buildCertificatePdf(damaged, options)).rejects.toThrow(
      'DSH-CERT-2026-0007 cannot be exported: its fingerprint does not match its content.',
    );
  });

  it('says which characters no font can print rather than printing empty boxes', async () => {
    // Korean Hangul and Egyptian hieroglyphs: no font DSH Desk ships has them.
    const certificate = registered({ ...anInternationalCertificate().content, leadResearcher: '김민준 𓀀' });
    await expect(buildCertificatePdf(certificate, options)).rejects.toThrow(
      'This document contains characters no font of DSH Desk can print: “김” (U+AE40), “민” (U+BBFC), “준” (U+C900), “𓀀” (U+13000).',
    );
  });

  it('without the fallback fonts, refuses Chinese and emoji it would otherwise print', async () => {
    const certificate = registered({ ...anInternationalCertificate().content, leadResearcher: '王小明 😀' });
    const { fallback: _fallback, ...notoSansOnly } = notoSans();
    await expect(buildCertificatePdf(certificate, { ...options, fonts: notoSansOnly })).rejects.toThrow(
      'no font of DSH Desk can print: “王” (U+738B), “小” (U+5C0F), “明” (U+660E), “😀” (U+1F600)',
    );
  });

  it('prints attestation blocks with a place to sign for who sanitised and who verified and witnessed', async () => {
    const certificate = registered({
      ...anInternationalCertificate().content,
      attestation: {
        performedBy: { organisation: 'University of Example DSH', contact: 'dsh@example.ac.uk' },
        witnessedBy: { organisation: 'University of Example DSH' },
      },
    });
    const text = pdfPages(await buildCertificatePdf(certificate, options))
      .join('\n')
      .replace(/[ \t]+/g, ' ');
    expect(text).toMatch(
      /9\. Attestation[\s\S]*Sanitised by\nName Siobhán Ní Bhriain\nRole DSH officer\nOrganisation University of Example DSH\nContact dsh@example\.ac\.uk\nDate 30 Oct 2026\nSignature _{36}/,
    );
    expect(text).toMatch(
      /Verified and witnessed by\nName Pat Manager\nRole DSH manager\nOrganisation University of Example DSH\nDate 30 Oct 2026\nSignature _{36}/,
    );
    expect(text).toMatch(/10\. Verification[\s\S]*a copy is genuine only if every byte is that file/);
  });

  it('dates the PDF from the issue date and names DSH Desk as its producer', async () => {
    const doc = await PDFDocument.load(await buildCertificatePdf(anInternationalCertificate(), options), {
      updateMetadata: false,
    });
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-03T12:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-11-03T12:00:00.000Z');
    expect(doc.getProducer()).toBe('DSH Desk');
    expect(doc.getTitle()).toBe('Certificate of Deletion DSH-CERT-2026-0007');
  });
});
