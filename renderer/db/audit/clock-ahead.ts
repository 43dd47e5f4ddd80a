/**
 * Workstations whose clock runs ahead of this one's by more than the team clock lets a received clock move
 * it (MAX_CLOCK_DRIFT_MS, shared/audit/clock.ts). Their events are stored as ever (facts of their chains);
 * this workstation's clock just stops following them, and the officer is told which workstation it is, in
 * Settings → Team and on the Audit page, so someone sets that computer's clock right.
 *
 * Decisions: a workstation is judged by its newest event received, by the time it recorded (its own wall
 * clock), not by its causal clock (which another workstation may have moved). A note stays until an event of
 * that workstation arrives timed within the limit. One meta row (local, kept in backups), at most a team's
 * worth of notes.
 */
import { z } from 'zod';
import { MAX_CLOCK_DRIFT_MS, spanWords } from '../../../shared/audit/clock';
import { formatInstant } from '../../../shared/dates';
import type { AuditEvent } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { workstationWords } from './verify-peers';

/** The meta row of the workstations found with their clock ahead. */
export const CLOCK_AHEAD_KEY = 'sync:clockAhead';
const NOTES_KEPT = 100;

const ClockAheadNoteSchema = z.strictObject({
  device: z.string().min(1).max(100),
  /** How far its newest event's time was ahead of this workstation's clock when it arrived. */
  aheadMs: z.number().int().min(0),
  /** Its newest event's recorded time, and who wrote it. */
  at: z.string().max(40),
  lastUser: z.string().max(300),
});
/** A workstation found with its clock ahead. */
export type ClockAheadNote = z.infer<typeof ClockAheadNoteSchema>;

/** The workstations found with their clock ahead (none when the row is missing or unreadable). */
export async function clockAheadNotes(db: DshDatabase): Promise<ClockAheadNote[]> {
  const row = await db.meta.get(CLOCK_AHEAD_KEY);
  if (!row) return [];
  try {
    const parsed = z.array(ClockAheadNoteSchema).safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * Notes which workstations of `events` (just received, inside the caller's transaction over `meta`) have
 * their clock more than the limit ahead of `wallMs`, and forgets those whose newest event is back in step.
 */
export async function noteClocksAhead(
  db: DshDatabase,
  events: readonly AuditEvent[],
  wallMs: number,
): Promise<void> {
  const newest = new Map<string, AuditEvent>();
  for (const event of events) {
    if (event.device === undefined) continue;
    const known = newest.get(event.device);
    if (!known || event.seq > known.seq) newest.set(event.device, event);
  }
  if (newest.size === 0) return;
  const before = await clockAheadNotes(db);
  const notes = new Map(before.map((note) => [note.device, note]));
  for (const [device, event] of newest) {
    const ahead = Date.parse(event.at) - wallMs;
    if (ahead > MAX_CLOCK_DRIFT_MS)
      notes.set(device, { device, aheadMs: ahead, at: event.at, lastUser: event.actor.staffName });
    else notes.delete(device);
  }
  if (notes.size === 0 && before.length === 0) return;
  const value = JSON.stringify([...notes.values()].slice(-NOTES_KEPT));
  await db.meta.put({ key: CLOCK_AHEAD_KEY, value });
}

/** What the officer reads about one workstation whose clock is ahead. */
export function clockAheadWords(note: ClockAheadNote): string {
  const limit = spanWords(MAX_CLOCK_DRIFT_MS);
  return (
    `The clock of ${workstationWords(note.device, note.lastUser)} is ${spanWords(note.aheadMs)} ahead of ` +
    `this workstation’s: its latest event is timed ${formatInstant(note.at)}. Its events are kept and listed ` +
    `by its own clock, but this workstation’s clock follows it no more than ${limit}, so the rest of the ` +
    `team’s order stays true. Set that computer’s date and time right (or this one’s, if this one is behind).`
  );
}
