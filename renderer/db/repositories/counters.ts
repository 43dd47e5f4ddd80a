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

/**
 * The highest number of the series in `year` this workstation knows of: its counter, or the highest among
 * stored records (those pulled from the team included). A team-wide number is asked for above it.
 */
export async function highestKnownNumber(
  db: DshDatabase,
  series: CounterSeries,
  year: number,
): Promise<number> {
  const counted = (await db.counters.get(counterKey(series, year)))?.last ?? 0;
  return Math.max(counted, await highestStored(db, series, year));
}

/** Records that `number` was issued (by the team server): this workstation's counter never falls below it. */
export async function noteIssuedNumber(
  db: DshDatabase,
  series: CounterSeries,
  year: number,
  number: number,
): Promise<void> {
  const key = counterKey(series, year);
  const last = (await db.counters.get(key))?.last ?? 0;
  if (number > last) await db.counters.put({ key, last: number });
}
