/**
 * The audit log's hash chain. Each event holds the hash of the one before it and its own hash over its
 * canonical content, so editing, deleting, inserting or reordering an event breaks the chain at that point.
 */
import { canonicalJson } from '../canonical-json';
import { sha256Hex } from '../hashing';

/** The hash the first event points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event that its hash covers: everything except the hash itself. */
export interface ChainLink {
  seq: number;
  prevHash: string;
  hash: string;
}

/** The hash of an event: SHA-256 of the canonical JSON of every field but `hash`. */
export function hashOfEvent<E extends ChainLink>(event: Omit<E, 'hash'> | E): string {
  const { hash: _ignored, ...content } = event as E;
  return sha256Hex(canonicalJson(content));
}

/** The result of checking the chain: intact, or where and why it first breaks. */
export type ChainVerdict =
  | { intact: true; checked: number; lastHash: string }
  | { intact: false; checked: number; brokenAtSeq: number; problem: string };

/** Carries a verification across pages of events, so a million events never sit in memory at once. */
export class ChainVerifier {
  private expectedPrev: string;
  private expectedSeq: number;
  private count = 0;
  private broken: { brokenAtSeq: number; problem: string } | null = null;

  /**
   * From the first event (default), or from `start`: a chain this workstation holds only from event
   * `start.seq` on (another workstation's, whose first events were written before they were shared).
   */
  constructor(start: { seq: number; prevHash: string } = { seq: 1, prevHash: GENESIS_HASH }) {
    this.expectedSeq = start.seq;
    this.expectedPrev = start.prevHash;
  }

  /** Feeds the next events in `seq` order; returns false once the chain is broken. */
  feed(events: readonly ChainLink[]): boolean {
    for (const event of events) {
      if (this.broken) return false;
      this.count += 1;
      if (event.seq !== this.expectedSeq) {
        const problem =
          event.seq > this.expectedSeq
            ? `event ${this.expectedSeq} is missing (the next one found is ${event.seq})`
            : `event ${event.seq} is out of order (expected ${this.expectedSeq})`;
        this.broken = { brokenAtSeq: this.expectedSeq, problem };
      } else if (event.prevHash !== this.expectedPrev) {
        this.broken = {
          brokenAtSeq: event.seq,
          problem: `event ${event.seq} does not follow the event before it`,
        };
      } else if (hashOfEvent(event) !== event.hash) {
        this.broken = {
          brokenAtSeq: event.seq,
          problem: `event ${event.seq} was changed after it was written`,
        };
      } else {
        this.expectedPrev = event.hash;
        this.expectedSeq += 1;
      }
    }
    return !this.broken;
  }

  /** The verdict over everything fed so far. */
  verdict(): ChainVerdict {
    if (this.broken) return { intact: false, checked: this.count, ...this.broken };
    return { intact: true, checked: this.count, lastHash: this.expectedPrev };
  }
}
