/** The fingerprint of a certificate of deletion: SHA-256 of its canonical content, printed and registered. */
import { canonicalJson } from '../canonical-json';
import { sha256Hex } from '../hashing';
import type { CertificateContent } from './schemas';

/** Lower-case hex SHA-256 of the certificate's canonical JSON content. */
export function certificateFingerprint(content: CertificateContent): string {
  return sha256Hex(canonicalJson(content));
}
