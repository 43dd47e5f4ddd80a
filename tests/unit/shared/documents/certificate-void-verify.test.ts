import { buildCertificatePdf, verifyCertificatePdf } from '../../../../shared/documents';
import type { RegisterEntry } from '../../../../shared/documents/certificate/verify-certificate';
import { aCertificate } from '../../../helpers/domain-fixtures';
import { notoSans, pdfPages } from '../../../helpers/pdf-files';
import { sha256HexOfBytes } from '../../../../shared/hashing';
import { ORGANISATION, registered } from './certificate-fixtures';
import { withTitle } from '../../../helpers/certificate-forgeries';

// A PDF takes about 0.2 s of CPU to build; leave room for a machine busy running other suites.
jest.setTimeout(30_000);

const options = { organisationName: ORGANISATION, fonts: notoSans() };
const voidOne = registered(aCertificate().content);
const replacement = registered({
  ...voidOne.content,
  number: 'DSH-CERT-2026-0008',
  issuedOn: '2026-12-04',
  replaces: voidOne.number,
});
const VOIDED = { on: '2026-12-01', reason: 'The witness was named wrongly.' };

async function verifyAgainst(bytes: Uint8Array, entry: RegisterEntry) {
  return verifyCertificatePdf(bytes, {
    findByNumber: (number) => (number === voidOne.number ? entry : undefined),
    issuedPdf: () => buildCertificatePdf(voidOne, options),
  });
}

describe('a void certificate and its replacement', () => {
  let voidPdf: Uint8Array;
  beforeAll(async () => {
    voidPdf = await buildCertificatePdf(voidOne, options);
  });

  it('verifies the void certificate’s own file as Void, saying when, why and by which number it was replaced', async () => {
    const entry = {
      ...voidOne,
      pdfSha256: sha256HexOfBytes(voidPdf),
      voided: { ...VOIDED, replacedBy: { number: replacement.number, issuedOn: replacement.issuedOn } },
    };
    const result = await verifyAgainst(voidPdf, entry);
    expect(result.verdict).toBe('void');
    expect(result.message).toBe(
      `Void — replaced by DSH-CERT-2026-0008 on 4 Dec 2026. This file is byte for byte the certificate ${voidOne.number} issued on 20 Nov 2026, but it was voided on 1 Dec 2026: The witness was named wrongly. Do not rely on it; rely on DSH-CERT-2026-0008.`,
    );
  });

  it('says a void certificate is not replaced yet, and still finds an altered copy of it Altered', async () => {
    const entry = { ...voidOne, pdfSha256: sha256HexOfBytes(voidPdf), voided: VOIDED };
    expect((await verifyAgainst(voidPdf, entry)).message).toMatch(/^Void — not replaced yet\./);
    const forged = await withTitle(voidPdf, 'Certificate of Deletion (genuine)');
    expect((await verifyAgainst(forged, entry)).verdict).toBe('altered');
  });

  it('prints on the replacement the number of the certificate it replaces', async () => {
    const text = pdfPages(await buildCertificatePdf(replacement, options)).join('\n');
    expect(text.replace(/\s+/g, ' ')).toContain(
      `This certificate replaces certificate ${voidOne.number}, which is void. Rely on this one.`,
    );
    expect(pdfPages(voidPdf).join('\n')).not.toContain('replaces certificate');
  });
});
