/**
 * The certificate of deletion as an A4 PDF: printed with embedded Noto Sans (so "Łukasz Żółć" prints as
 * written), carrying its machine-readable record as the attachment `certificate.json`, and byte-for-byte the
 * same each time the same certificate is exported.
 */
import { certificateFingerprint, type Certificate } from '../../domain';
import { buildPdf, type FontFiles } from '../pdf/pdf-document';
import { embedFile } from '../pdf/embedded-file';
import { CERTIFICATE_TITLE, certificateDocument } from './certificate-document';
import {
  CERTIFICATE_RECORD_FILE,
  CERTIFICATE_RECORD_FORMAT,
  certificateRecordBytes,
  type CertificateRecord,
} from './certificate-record';

/** What a certificate PDF needs besides the certificate. */
export interface CertificatePdfOptions {
  /** The issuing organisation, printed as the letterhead (e.g. "University of Example Data Safe Haven"). */
  organisationName: string;
  /** TrueType bytes of Noto Sans Regular and Bold. */
  fonts: FontFiles;
}

/** The PDF of a certificate of deletion from the register. */
export async function buildCertificatePdf(
  certificate: Certificate,
  options: CertificatePdfOptions,
): Promise<Uint8Array> {
  const { content, fingerprint } = certificate;
  const organisation = options.organisationName.trim();
  if (organisation === '') throw new Error('Enter the organisation’s name before exporting a certificate.');
  if (certificateFingerprint(content) !== fingerprint || content.number !== certificate.number) {
    throw new Error(
      `${certificate.number} cannot be exported: its fingerprint does not match its content. The register entry may be damaged; restore it from a backup.`,
    );
  }
  const record: CertificateRecord = { format: CERTIFICATE_RECORD_FORMAT, organisation, fingerprint, content };
  return buildPdf(
    certificateDocument(content, fingerprint, organisation),
    options.fonts,
    {
      title: `${CERTIFICATE_TITLE} ${content.number}`,
      subject: `Certificate of deletion of the data of project ${content.projectReference}: ${content.projectTitle}`,
      author: organisation,
      keywords: [
        content.number,
        content.projectReference,
        'certificate of deletion',
        `sha256:${fingerprint}`,
      ],
      datedOn: content.issuedOn,
      fileId: fingerprint.slice(0, 32),
    },
    (doc) =>
      embedFile(doc, CERTIFICATE_RECORD_FILE, certificateRecordBytes(record), {
        mimeType: 'application/json',
        description: `The content and SHA-256 fingerprint of ${content.number}, for verification against the certificate register.`,
        datedOn: content.issuedOn,
      }),
  );
}
