/**
 * A project may have several certificates of deletion over time: each wrong one voided (kept, marked void)
 * and replaced by the next. These say which one stands, and which void one a new certificate replaces.
 */
import type { Certificate } from './schemas/certificate';

/** The project's current certificate: the one not voided (at most one), or undefined. */
export function currentCertificate<T extends Pick<Certificate, 'voided'>>(
  certificates: readonly T[],
): T | undefined {
  return certificates.find((certificate) => !certificate.voided);
}

/** The void certificate no replacement names yet (the next certificate issued replaces it), or undefined. */
export function unreplacedVoid<T extends Pick<Certificate, 'voided' | 'replacedBy' | 'number'>>(
  certificates: readonly T[],
): T | undefined {
  return certificates
    .filter((certificate) => certificate.voided && !certificate.replacedBy)
    .sort((a, b) => b.number.localeCompare(a.number))[0];
}

/** "Void" or "Current", with what replaced a void one, in the register's words. */
export function certificateStatusWords(certificate: Pick<Certificate, 'voided' | 'replacedBy'>): string {
  if (!certificate.voided) return 'Current';
  return certificate.replacedBy ? `Void, replaced by ${certificate.replacedBy}` : 'Void, not yet replaced';
}
