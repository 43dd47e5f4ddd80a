/**
 * People-facing references: `DSH-2026-014` for projects, `DSH-CERT-2026-0007` for certificates. Numbers
 * count up within a year and are never reused; the numbering itself is in renderer/db/repositories/counters.ts
 * (and shared/sync/number-counters.ts in team mode): this file only parses and formats.
 */

/** A project reference: `DSH-`, the year, and a number of at least three digits. */
export const PROJECT_REFERENCE_PATTERN = /^DSH-(\d{4})-(\d{3,})$/;
/** A certificate number: `DSH-CERT-`, the year, and a number of at least four digits. */
export const CERTIFICATE_NUMBER_PATTERN = /^DSH-CERT-(\d{4})-(\d{4,})$/;

/** The year and running number a reference is made of. */
export type ReferenceParts = { year: number; number: number };

function parse(pattern: RegExp, value: string): ReferenceParts | undefined {
  const match = pattern.exec(value.trim());
  if (!match) return undefined;
  const number = Number(match[2]);
  return number >= 1 && Number.isSafeInteger(number) ? { year: Number(match[1]), number } : undefined;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`A reference year must have four digits (got ${year}).`);
  }
}

function checkNumber(number: number): void {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new RangeError(`A reference number must be a whole number from 1 (got ${number}).`);
  }
}

/** The year and number of a project reference, or undefined when it is not one. */
export function parseProjectReference(reference: string): ReferenceParts | undefined {
  return parse(PROJECT_REFERENCE_PATTERN, reference);
}

/** The year and number of a certificate number, or undefined when it is not one. */
export function parseCertificateNumber(certificateNumber: string): ReferenceParts | undefined {
  return parse(CERTIFICATE_NUMBER_PATTERN, certificateNumber);
}

/** `DSH-2026-014` from year 2026 and number 14 (for callers that keep a counter). */
export function formatProjectReference(year: number, number: number): string {
  checkYear(year);
  checkNumber(number);
  return `DSH-${year}-${String(number).padStart(3, '0')}`;
}

/** `DSH-CERT-2026-0007` from year 2026 and number 7 (for callers that keep a counter). */
export function formatCertificateNumber(year: number, number: number): string {
  checkYear(year);
  checkNumber(number);
  return `DSH-CERT-${year}-${String(number).padStart(4, '0')}`;
}

/**
 * A provisional project reference, given offline in team mode until the team server confirms a number:
 * `DSH-2026-P-7F3K9Q` (six Crockford base-32 characters, no I, L, O or U, so it reads aloud unambiguously).
 * It cannot be mistaken for a confirmed one: no confirmed reference holds a letter.
 */
export const PROVISIONAL_REFERENCE_PATTERN = /^DSH-(\d{4})-P-([0-9A-HJKMNP-TV-Z]{6})$/;
/** A project reference, confirmed (`DSH-2026-014`) or provisional (`DSH-2026-P-7F3K9Q`). */
export const ANY_PROJECT_REFERENCE_PATTERN = /^DSH-(\d{4})-(?:\d{3,}|P-[0-9A-HJKMNP-TV-Z]{6})$/;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Whether `reference` is a provisional project reference (not yet confirmed by the team server). */
export function isProvisionalReference(reference: string): boolean {
  return PROVISIONAL_REFERENCE_PATTERN.test(reference);
}

/** The year of a provisional reference, or undefined when it is not one. */
export function provisionalReferenceYear(reference: string): number | undefined {
  const match = PROVISIONAL_REFERENCE_PATTERN.exec(reference);
  return match ? Number(match[1]) : undefined;
}

/** A new provisional reference of `year`; `random` gives bytes (the caller passes crypto.getRandomValues). */
export function provisionalProjectReference(year: number, random: (bytes: Uint8Array) => Uint8Array): string {
  checkYear(year);
  const tag = [...random(new Uint8Array(6))].map((byte) => CROCKFORD[byte % 32]).join('');
  return `DSH-${year}-P-${tag}`;
}
