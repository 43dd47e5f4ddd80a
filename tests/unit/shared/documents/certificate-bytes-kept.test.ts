/**
 * Certificates issued before a change to what certificates print must still print exactly as they did:
 * their register keeps the SHA-256 of the file issued, and only that file verifies. These hashes were taken
 * from the PDFs as built before per-location details, the data providers, the backup overwrite date and the
 * DSH's address were added.
 */
import { buildCertificatePdf } from '../../../../shared/documents';
import { sha256HexOfBytes } from '../../../../shared/hashing';
import { notoSans } from '../../../helpers/pdf-files';
import { ORGANISATION, anInternationalCertificate, registered } from './certificate-fixtures';

jest.setTimeout(30_000);

const options = { organisationName: ORGANISATION, fonts: notoSans() };

describe('a certificate issued before the new content', () => {
  it('prints the same bytes without attestation', async () => {
    const bytes = await buildCertificatePdf(anInternationalCertificate(), options);
    expect(sha256HexOfBytes(bytes)).toBe('673cbd8c970c3c97ec110c7718ae2b8dacdbcc999a4c4ef114a7950e50ecbcaa');
  });

  it('prints the same bytes with attestation', async () => {
    const base = anInternationalCertificate().content;
    const certificate = registered({
      ...base,
      attestation: {
        performedBy: { organisation: ORGANISATION, contact: 'siobhan@example.ac.uk' },
        witnessedBy: { organisation: ORGANISATION },
      },
    });
    const bytes = await buildCertificatePdf(certificate, options);
    expect(sha256HexOfBytes(bytes)).toBe('2e592ded5a9d5949540e7a728a1c3bad994d98d0833d5e64c972e04397714c56');
  });
});
