/**
 * Running numbers for people-facing references (`DSH-2026-014`, `DSH-CERT-2026-0007`). The counter keeps
 * the last number ever issued in a year, so a number is never issued twice, even after its record is
 * deleted. Must run inside the transaction that stores the new record (with the `counters` table).
 */
import {
  formatCertificateNumber,
  formatProjectReference,
  parseCertificateNumber,
  parseProjectReference,
} from '../../../shared/domain';
import type { DshDatabase } from '../database';

/** The series a counter numbers. */
export type CounterSeries = 'project' | 'certificate';

/** The counter's key: `project:2026`. */
export function counterKey(series: CounterSeries, year: number): string {
  return `${series}:${year}`;
}

/**
 * The highest number of the year among stored records, for a counter that is missing (e.g. data brought in
 * from elsewhere): the counter then starts above every number in use.
 */
async function highestStored(db: DshDatabase, series: CounterSeries, year: number): Promise<number> {
  const keys =
    series === 'project'
      ? await db.projects.where('reference').startsWith(`DSH-${year}-`).keys()
      : await db.certificates.where('number').startsWith(`DSH-CERT-${year}-`).keys();
  const parse = series === 'project' ? parseProjectReference : parseCertificateNumber;
  return keys.reduce<number>((highest, key) => Math.max(highest, parse(String(key))?.number ?? 0), 0);
}

/** Takes the next number of the series for `year` and records it as issued. */
export async function takeNextNumber(db: DshDatabase, series: CounterSeries, year: number): Promise<number> {
  const key = counterKey(series, year);
  const last = (await db.counters.get(key))?.last ?? (await highestStored(db, series, year));
  const next = last + 1;
  await db.counters.put({ key, last: next });
  return next;
}

/** Issues the next project reference of `year` (in the caller's transaction). */
export async function takeNextProjectReference(db: DshDatabase, year: number): Promise<string> {
  return formatProjectReference(year, await takeNextNumber(db, 'project', year));
}

/** Issues the next certificate number of `year` (in the caller's transaction). */
export async function takeNextCertificateNumber(db: DshDatabase, year: number): Promise<string> {
  return formatCertificateNumber(year, await takeNextNumber(db, 'certificate', year));
}
