/**
 * A certificate of deletion before it is issued: the same document, with "Assigned when issued" for its
 * number and no fingerprint (the preview PDF also carries "PREVIEW — NOT ISSUED" across every page, see
 * certificate-preview-pdf.ts).
 */
import type { CertificateContent } from '../../domain';
import type { Block, DocumentSpec } from '../pdf/blocks';
import { CERTIFICATE_TITLE, certificateDocument } from './certificate-document';

/** Everything printed on a certificate except its number, which the register gives on issue. */
export type CertificateDraftContent = Omit<CertificateContent, 'number'>;

/** What the preview prints in place of the certificate number. */
export const PREVIEW_NUMBER = 'Assigned when issued';
/** Printed across every page of a preview PDF. */
export const PREVIEW_MARK = 'PREVIEW — NOT ISSUED';

const PREVIEW_SUBTITLE =
  'Preview of a certificate that has not been issued. It becomes a certificate of deletion only when DSH Desk issues it, with its number and fingerprint.';
const FINGERPRINT_LATER =
  'The SHA-256 fingerprint of the certificate’s content is computed, printed here and stored in the certificate register when the certificate is issued.';

/** The document a preview shows: the certificate's own blocks, without a number or a fingerprint. */
export function certificatePreviewDocument(
  draft: CertificateDraftContent,
  organisation: string,
): DocumentSpec {
  const spec = certificateDocument({ ...draft, number: PREVIEW_NUMBER }, '', organisation);
  const fingerprintAt = spec.blocks.findIndex((block) => block.kind === 'fingerprint');
  const blocks: Block[] = [
    ...spec.blocks
      .slice(0, fingerprintAt)
      .map((block): Block =>
        block.kind === 'letterhead' ? { ...block, subtitle: PREVIEW_SUBTITLE } : block,
      ),
    { kind: 'paragraph', tone: 'small', text: FINGERPRINT_LATER },
  ];
  return { organisation, runningTitle: `${CERTIFICATE_TITLE} · preview, not issued`, blocks };
}
