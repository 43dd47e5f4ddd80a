/**
 * The rule for records decided whole (LAST_WRITER_TYPES): of two versions made apart, the one written later
 * by the causal clock is kept — the same order the team timeline lists their audit events in (clock, then
 * workstation id), so every workstation picks the same version whichever of the two it holds.
 */
import { type Hlc, compareHlc, hlcOf } from '../audit/clock';

/** What a version says about when and where it was written. */
interface Written {
  hlc?: unknown;
  updatedAt?: unknown;
  device?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A version's clock: its own, or its time of saving (counter 0) when it carries none. */
function clockOf(record: Written): Hlc {
  const hlc = record.hlc as Hlc | undefined;
  const at = Date.parse(text(record.updatedAt));
  return hlcOf({ at: Number.isNaN(at) ? new Date(0).toISOString() : text(record.updatedAt), hlc });
}

/** Which version is kept: `mine` when it was written later, otherwise `theirs` (also when they tie). */
export function laterWrite(mine: Written, theirs: Written): 'mine' | 'theirs' {
  const byClock = compareHlc(clockOf(mine), clockOf(theirs));
  if (byClock !== 0) return byClock > 0 ? 'mine' : 'theirs';
  return text(mine.device) > text(theirs.device) ? 'mine' : 'theirs';
}
