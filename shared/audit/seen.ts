/**
 * What each event saw of the other workstations' chains (SYNC.md), and the deleted tails that reveals.
 *
 * An event records, per other workstation, the last seq of that workstation's chain received here — only
 * the workstations whose chain moved on since this workstation's previous event recorded them, so an event
 * stays small in a team of ten while the chain as a whole still holds every step (the maximum over its
 * events is what the workstation had seen by then). An event is create-only and hash-chained, so once it
 * says "I had seen event N of P", a copy of P's chain that ends before N lost its tail: deleted on the
 * server before this copy was pulled, or here since.
 */
import { z } from 'zod';

/** Per workstation id, the last seq of its chain seen. */
export type SeenVector = Readonly<Record<string, number>>;

/** The entries of `seen` beyond what `recorded` already says (what a new event should record). */
export function newlySeen(seen: SeenVector, recorded: SeenVector): Record<string, number> {
  const fresh: Record<string, number> = {};
  for (const [device, seq] of Object.entries(seen)) {
    if (seq > (recorded[device] ?? 0)) fresh[device] = seq;
  }
  return fresh;
}

/** `a` and `b` merged: the later seq of each workstation. */
export function mergeSeen(a: SeenVector, b: SeenVector): Record<string, number> {
  const merged: Record<string, number> = { ...a };
  for (const [device, seq] of Object.entries(b)) merged[device] = Math.max(merged[device] ?? 0, seq);
  return merged;
}

/** A workstation's chain that ends before an event that saw it. */
export interface MissingTail {
  device: string;
  /** The last seq held of that chain (0 when none is held). */
  heldTo: number;
  /** The seq an event had seen. */
  seenUpTo: number;
  /** The event that had seen it: its workstation and seq. */
  by: { device: string; seq: number };
}

/** Gathers, while a verification reads every chain, the furthest event of each workstation seen by any. */
export class SeenReferences {
  private readonly furthest = new Map<string, { seq: number; by: { device: string; seq: number } }>();

  /** Notes what `event` (of workstation `device`) had seen. */
  note(device: string, event: { seq: number; seen?: SeenVector | undefined }): void {
    if (!event.seen) return;
    for (const [seenDevice, seq] of Object.entries(event.seen)) {
      if (seenDevice === device) continue; // a chain's own seq is its own business (checked by the chain)
      const known = this.furthest.get(seenDevice);
      if (!known || seq > known.seq) this.furthest.set(seenDevice, { seq, by: { device, seq: event.seq } });
    }
  }

  /** The chains that end before what was seen of them; `heldTo` gives the last seq held of a chain. */
  missingTails(heldTo: (device: string) => number): MissingTail[] {
    const missing: MissingTail[] = [];
    for (const [device, { seq, by }] of this.furthest) {
      const held = heldTo(device);
      if (held < seq) missing.push({ device, heldTo: held, seenUpTo: seq, by });
    }
    return missing.sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : 0));
  }
}

/** "event 7" or "events 5 to 7". */
export function eventRange(from: number, to: number): string {
  return from === to ? `event ${to}` : `events ${from} to ${to}`;
}

/**
 * The meta row `auditClock` (local to a workstation, kept in its backups): the latest clock received from
 * the other workstations, the last seq received of each of their chains, and what this workstation's own
 * chain has recorded of them so far.
 */
export const AuditClockRowSchema = z.strictObject({
  hlc: z.strictObject({ ms: z.number().int().min(0), n: z.number().int().min(0) }).optional(),
  seen: z.record(z.string().min(1).max(100), z.number().int().min(1)),
  recorded: z.record(z.string().min(1).max(100), z.number().int().min(1)),
});
/** The meta row `auditClock`. */
export type AuditClockRow = z.infer<typeof AuditClockRowSchema>;

/** The row read from its text, or undefined when it is not what DSH Desk writes. */
export function parseAuditClockRow(text: string): AuditClockRow | undefined {
  try {
    const parsed = AuditClockRowSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
