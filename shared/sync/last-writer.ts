/**
 * The rule for records decided whole (LAST_WRITER_TYPES, FIRST_WRITER_TYPES): of two versions made apart, the
 * one written later (or first) by the causal clock is kept — the same order the team timeline lists their
 * audit events in (clock, then workstation id), so every workstation picks the same version whichever of the
 * two it holds.
 */
import { type Hlc, compareHlc, hlcOf } from '../audit/clock';
import { FIRST_WRITER_TYPES, LAST_WRITER_TYPES, type SyncedTypeName } from './synced-types';

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

/**
 * For a type decided whole, which version is kept; null for a type merged field by field. First-writer:
 * `laterWrite(theirs, mine)` answers 'mine' exactly when theirs was written later, i.e. mine first (on a full
 * tie the smaller workstation id is kept, alike on both sides).
 */
export function keptWhole(type: SyncedTypeName, mine: Written, theirs: Written): 'mine' | 'theirs' | null {
  if (LAST_WRITER_TYPES.has(type)) return laterWrite(mine, theirs);
  if (FIRST_WRITER_TYPES.has(type)) return laterWrite(theirs, mine);
  return null;
}
