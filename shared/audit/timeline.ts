/**
 * The team's one audit timeline: every workstation's chain (SYNC.md: one chain per workstation) merged into a
 * single order that every workstation computes alike.
 *
 * The order is (clock, workstation, seq): later events first. The clock is the event's hybrid logical clock
 * (shared/audit/clock.ts), which puts an event made after seeing another after it even when a workstation's
 * wall clock is wrong; an event written before DSH Desk stamped one counts as its time with counter 0. Equal
 * clocks of two workstations are ordered by workstation id (the greater id counts as later), and within one
 * workstation by seq. Old events' times can still disagree with their chain's order (a clock set back), so
 * the merge never sorts events: it takes the next event of each chain in that chain's own order and only
 * chooses *which chain* goes next by that key (a k-way merge). Within one workstation seq order always holds.
 */
import { type Hlc, compareHlc, hlcOf } from './clock';

/** Where an event sits: its recorded time, the workstation that wrote it, and its place in that chain. */
export interface TimelinePlace {
  at: string;
  /** The event's hybrid logical clock; absent on events written before DSH Desk stamped one. */
  hlc?: Hlc | undefined;
  device: string;
  seq: number;
}

/** Negative when `a` comes before `b` in the timeline (oldest first), positive when after. */
export function compareTimeline(a: TimelinePlace, b: TimelinePlace): number {
  const byClock = compareHlc(hlcOf(a), hlcOf(b));
  if (byClock !== 0) return byClock < 0 ? -1 : 1;
  if (a.device !== b.device) return a.device < b.device ? -1 : 1;
  return a.seq - b.seq;
}

/** One chain's next events, newest first in its own (seq) order, and whether more follow them. */
export interface ChainPage<E extends TimelinePlace> {
  device: string;
  events: readonly E[];
  /** True when the chain holds (matching) events older than the last of `events`. */
  more: boolean;
}

/** Where each chain stands after a page: the seq to read below next (absent: from its newest event). */
export type TimelineCursor = Readonly<Record<string, number>>;

/** A merged page, newest first, and the cursor of the next (older) page when there is one. */
export interface MergedPage<E extends TimelinePlace> {
  events: E[];
  next: TimelineCursor | undefined;
}

/**
 * Merges the chains' pages into one page of at most `limit` events, newest first, never reordering a chain.
 * Each chain page must hold `limit` events, or every matching event it has left (then `more` is false), so
 * no chain can run dry before the merged page is full. `cursor` is the one the chain pages were read from.
 */
export function mergeNewestFirst<E extends TimelinePlace>(
  chains: readonly ChainPage<E>[],
  limit: number,
  cursor: TimelineCursor = {},
): MergedPage<E> {
  const taken = chains.map(() => 0);
  const events: E[] = [];
  while (events.length < limit) {
    let best = -1;
    chains.forEach((chain, index) => {
      const head = chain.events[taken[index]!];
      if (!head) return;
      const current = best >= 0 ? chains[best]!.events[taken[best]!]! : undefined;
      if (!current || compareTimeline(head, current) > 0) best = index;
    });
    if (best < 0) break;
    events.push(chains[best]!.events[taken[best]!]!);
    taken[best]! += 1;
  }
  const next: Record<string, number> = { ...cursor };
  let remaining = false;
  chains.forEach((chain, index) => {
    const count = taken[index]!;
    if (count > 0) next[chain.device] = chain.events[count - 1]!.seq;
    if (count < chain.events.length || chain.more) remaining = true;
  });
  return { events, next: remaining ? next : undefined };
}
