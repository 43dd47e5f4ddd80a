/**
 * The hybrid logical clock (HLC) of audit events: a physical time in milliseconds and a logical counter,
 * with the workstation (the event's `device`) breaking ties. A new event's clock is later than every clock
 * this workstation has written or received, whatever its own wall clock says, so an event made after seeing
 * another is always ordered after it in the team timeline — even on a workstation whose clock is wrong.
 *
 * Receiving is kept lazy: the clocks received are remembered as their maximum (renderer/db/audit/seen.ts)
 * and folded in when the next local event is stamped, which gives the same clocks as advancing on every
 * receipt (the standard HLC receive rule) without writing anything per received event.
 *
 * A received clock moves this workstation's by at most MAX_CLOCK_DRIFT_MS past its own wall clock (the
 * bounded-drift rule of the HLC paper and CockroachDB's maximum offset): one workstation whose clock runs
 * hours ahead cannot drag the whole team's clocks with it. Its events keep their own clocks (they are facts
 * of its chain, hashed); only the others stop following them, and the officer is told which workstation.
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

/** How far ahead of this workstation's wall clock a received clock may move its own: five minutes. */
export const MAX_CLOCK_DRIFT_MS = 5 * MINUTE;

/** A received clock as far as it may move this workstation's: never past `wallMs` + `maxDrift`. */
export function cappedHlc(received: Hlc, wallMs: number, maxDrift = MAX_CLOCK_DRIFT_MS): Hlc {
  const cap = wallMs + maxDrift;
  return received.ms > cap ? { ms: cap, n: 0 } : received;
}

/** A span of a minute or more in words: "12 minutes", "about 1 hour", "about 3 days". */
export function spanWords(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `about ${hours} hour${hours === 1 ? '' : 's'}`;
  return `about ${Math.round(hours / 24)} days`;
}

/**
 * How far behind its causal clock an event's recorded time is, in words ("12 minutes", "about 1 hour"), when
 * it is a minute or more: events it had already written or received were timed that much later (its own
 * clock was slow, or another workstation's fast), so the time it shows reads out of step with the order it
 * is listed in. Undefined otherwise.
 */
export function clockBehindWords(event: { at: string; hlc?: Hlc | undefined }): string | undefined {
  if (!event.hlc) return undefined;
  const behind = event.hlc.ms - Date.parse(event.at);
  return Math.round(behind / MINUTE) < 1 ? undefined : spanWords(behind);
}
