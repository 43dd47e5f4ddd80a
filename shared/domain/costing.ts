/**
 * What a connection will cost a project, in whole pence, with an explanation the officer can read out.
 *
 * Rules: the planned period runs from the planned start up to the planned end. A month runs from a day to
 * the same day of the next month (or that month's last day), so 2026-01-15 → 2027-01-15 is 12 months.
 * - per-month: every month begun in the period is charged in full (15 Jan → 16 Feb = 2 months);
 * - per-year: charged pro rata by those started months (price × months ÷ 12, rounded to the nearest penny);
 * - per-project: the price once, whatever the length; free: £0.
 */
import { addMonthsIso, isIsoDate, type IsoDate } from '../dates';
import { isChargeable, type ConnectionType } from './schemas/catalogue';

/** An estimate in pence with its explanation, or why there is none yet. */
export type CostEstimate =
  { known: true; pence: number; explanation: string } | { known: false; explanation: string };

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** `£1,234.56` from 123456 pence. */
export function formatPounds(pence: number): string {
  return POUNDS.format(pence / 100);
}

/** Pence from what an officer types as pounds ("1,200", "£1,200.50"); undefined when it is not an amount. */
export function parsePounds(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Months begun from `start` up to `end` (at least 1 when end is after start). */
export function startedMonths(start: IsoDate, end: IsoDate): number {
  const [startYear, startMonth] = start.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = end.split('-').map(Number) as [number, number];
  // Every month before the end's calendar month has surely begun; count on from there.
  let months = Math.max(0, (endYear - startYear) * 12 + (endMonth - startMonth) - 1);
  while (addMonthsIso(start, months) < end) months += 1;
  return months;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function yearsText(months: number): string {
  if (months % 3 === 0) return plural(months / 12, 'year', 'years');
  return `${months}/12 years`;
}

/** The cost of a connection over the planned period, with a plain explanation. */
export function estimateCost(
  connection: Pick<ConnectionType, 'name' | 'pricePence' | 'unit'>,
  plannedStart?: IsoDate,
  plannedEnd?: IsoDate,
): CostEstimate {
  const price = formatPounds(connection.pricePence);
  if (!isChargeable(connection)) {
    return { known: true, pence: 0, explanation: `${connection.name} is free: ${formatPounds(0)}.` };
  }
  if (connection.unit === 'per-project') {
    return {
      known: true,
      pence: connection.pricePence,
      explanation: `${price} for the whole project = ${price}`,
    };
  }
  if (!plannedStart || !plannedEnd || !isIsoDate(plannedStart) || !isIsoDate(plannedEnd)) {
    return { known: false, explanation: 'Enter the planned start and end dates to estimate the cost.' };
  }
  if (plannedEnd <= plannedStart) {
    return { known: false, explanation: 'Planned end must be after planned start.' };
  }
  const months = startedMonths(plannedStart, plannedEnd);
  if (connection.unit === 'per-month') {
    const pence = connection.pricePence * months;
    const explanation = `${price} a month × ${plural(months, 'month', 'months')} = ${formatPounds(pence)}`;
    return { known: true, pence, explanation };
  }
  const pence = Math.round((connection.pricePence * months) / 12);
  return {
    known: true,
    pence,
    explanation: `${price} a year × ${yearsText(months)} = ${formatPounds(pence)}`,
  };
}
