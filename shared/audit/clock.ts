/**
 * The hybrid logical clock (HLC) of audit events: a physical time in milliseconds and a logical counter,
 * with the workstation (the event's `device`) breaking ties. A new event's clock is later than every clock
 * this workstation has written or received, whatever its own wall clock says, so an event made after seeing
 * another is always ordered after it in the team timeline — even on a workstation whose clock is wrong.
 *
 * Receiving is kept lazy: the clocks received are remembered as their maximum (renderer/db/audit/seen.ts)
 * and folded in when the next local event is stamped, which gives the same clocks as advancing on every
 * receipt (the standard HLC receive rule) without writing anything per received event.
 */

/** A hybrid logical clock reading: physical milliseconds since 1970 and a counter within that millisecond. */
export interface Hlc {
  ms: number;
  n: number;
}

/** The clock of an event: its own, or (events written before DSH Desk stamped one) its time with counter 0. */
export function hlcOf(event: { at: string; hlc?: Hlc | undefined }): Hlc {
  return event.hlc ?? { ms: Date.parse(event.at), n: 0 };
}

/** Negative when `a` is earlier than `b`, positive when later, 0 when equal. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a.ms !== b.ms ? a.ms - b.ms : a.n - b.n;
}

/** The later of the readings given (undefined when none is). */
export function latestHlc(...readings: readonly (Hlc | undefined)[]): Hlc | undefined {
  let latest: Hlc | undefined;
  for (const reading of readings) {
    if (reading && (!latest || compareHlc(reading, latest) > 0)) latest = reading;
  }
  return latest;
}

/**
 * The clock of a new local event: the wall clock when it is ahead of everything known, otherwise the latest
 * known reading with its counter moved on (so it is strictly later than `known`).
 */
export function tickHlc(known: Hlc | undefined, wallMs: number): Hlc {
  if (!known || wallMs > known.ms) return { ms: wallMs, n: 0 };
  return { ms: known.ms, n: known.n + 1 };
}

const MINUTE = 60_000;

/**
 * How far behind its causal clock an event's recorded time is, in words ("12 minutes", "about 1 hour"), when
 * it is a minute or more: events it had already written or received were timed that much later (its own
 * clock was slow, or another workstation's fast), so the time it shows reads out of step with the order it
 * is listed in. Undefined otherwise.
 */
export function clockBehindWords(event: { at: string; hlc?: Hlc | undefined }): string | undefined {
  if (!event.hlc) return undefined;
  const minutes = Math.round((event.hlc.ms - Date.parse(event.at)) / MINUTE);
  if (minutes < 1) return undefined;
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `about ${hours} hour${hours === 1 ? '' : 's'}`;
  return `about ${Math.round(hours / 24)} days`;
}
