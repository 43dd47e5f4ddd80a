/**
 * The preview PDF of a certificate not yet issued: the preview document with "PREVIEW — NOT ISSUED" across
 * every page. It carries no certificate record, so a saved preview can never pass for a certificate:
 * verifying one says "unknown".
 */
import { degrees, rgb, type PDFDocument } from 'pdf-lib';
import { canonicalJson } from '../../canonical-json';
import { sha256Hex } from '../../hashing';
import { outlineText } from '../pdf/outlined-text';
import { buildPdf, type FontFiles } from '../pdf/pdf-document';
import { CERTIFICATE_TITLE } from './certificate-document';
import {
  PREVIEW_MARK,
  certificatePreviewDocument,
  type CertificateDraftContent,
} from './certificate-preview';

/** The angle of the preview mark, in degrees anticlockwise. */
const MARK_ANGLE = 35;

/** What a preview PDF needs besides the draft. */
export interface CertificatePreviewPdfOptions {
  organisationName: string;
  fonts: FontFiles;
}

/** The PDF of a certificate not yet issued, marked as a preview on every page; same draft, same bytes. */
export async function buildCertificatePreviewPdf(
  draft: CertificateDraftContent,
  options: CertificatePreviewPdfOptions,
): Promise<Uint8Array> {
  const organisation = options.organisationName.trim();
  if (organisation === '')
    throw new Error('Enter the organisation’s name before saving a certificate preview.');
  return buildPdf(
    certificatePreviewDocument(draft, organisation),
    options.fonts,
    {
      title: `${CERTIFICATE_TITLE} preview (not issued) ${draft.projectReference}`,
      subject: `Preview, not issued: certificate of deletion of the data of project ${draft.projectReference}: ${draft.projectTitle}`,
      author: organisation,
      keywords: [draft.projectReference, 'certificate of deletion', 'preview', 'not issued'],
      datedOn: draft.issuedOn,
      fileId: sha256Hex(canonicalJson({ preview: draft, organisation })).slice(0, 32),
    },
    (doc) => markAsPreview(doc, options.fonts.bold),
  );
}

/**
 * Prints the preview mark diagonally across the middle of every page, in a light red, as outlines (so the
 * page's text still reads, copies and extracts without it).
 */
function markAsPreview(doc: PDFDocument, boldFont: Uint8Array): void {
  const mark = outlineText(boldFont, PREVIEW_MARK);
  const size = 44;
  const scale = size / mark.unitsPerEm;
  const width = mark.width * scale;
  const radians = (MARK_ANGLE * Math.PI) / 180;
  for (const page of doc.getPages()) {
    const { width: pageWidth, height: pageHeight } = page.getSize();
    // The line's baseline starts where its centre (half a cap height above the baseline) lands mid-page.
    const lift = size * 0.36;
    page.drawSvgPath(mark.path, {
      x: pageWidth / 2 - (width / 2) * Math.cos(radians) + lift * Math.sin(radians),
      y: pageHeight / 2 - (width / 2) * Math.sin(radians) - lift * Math.cos(radians),
      scale,
      rotate: degrees(MARK_ANGLE),
      color: rgb(0.7, 0.12, 0.1),
      opacity: 0.14,
      borderWidth: 0,
    });
  }
}
