/**
 * Where the audit log ends (its head), and the anchors that remember it outside the database: the desktop
 * app's data folder (or, in a browser, the page's local storage), every backup and every evidence pack.
 *
 * An anchor keeps the latest head and a list of checkpoints (the head at each backup, evidence pack, restore
 * and start). A checkpoint says "event `seq` of this log had hash `hash`": a log that no longer has that event
 * with that hash was shortened or rewritten. A restore legitimately replaces the log with an older one, so a
 * checkpoint made before a restore still applies only when it lies within what the restored backup held
 * (`fromSeq`). Pure: used by the main process, the browser host and the renderer alike.
 */
import { z } from 'zod';
import { formatInstant } from '../dates';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** The end of the log: the last event's seq and hash (and when it was written, and on which installation). */
export const AuditHeadSchema = z.strictObject({
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  hash: hex64,
  at: z.iso.datetime().optional(),
  device: z.string().min(1).max(100).optional(),
});
/** The end of the log. */
export type AuditHead = z.infer<typeof AuditHeadSchema>;

/** Why an anchor was recorded. */
export const CHECKPOINT_REASONS = ['write', 'start', 'backup', 'evidence-pack', 'restore'] as const;
/** Why an anchor was recorded. */
export type CheckpointReason = (typeof CHECKPOINT_REASONS)[number];

/** One remembered point of the chain. */
export const AuditCheckpointSchema = z.strictObject({
  head: AuditHeadSchema,
  recordedAt: z.iso.datetime(),
  reason: z.enum(CHECKPOINT_REASONS),
  /** For a restore: the last event of the restored backup (checkpoints before the restore beyond it lapse). */
  fromSeq: z.number().int().min(0).optional(),
});
/** One remembered point of the chain. */
export type AuditCheckpoint = z.infer<typeof AuditCheckpointSchema>;

/** What an anchor store holds. */
export const AuditAnchorsSchema = z.strictObject({
  latest: AuditCheckpointSchema,
  checkpoints: z.array(AuditCheckpointSchema).max(10_000),
});
/** What an anchor store holds. */
export type AuditAnchors = z.infer<typeof AuditAnchorsSchema>;

/** A request to move an anchor on. */
export const RecordAuditAnchorSchema = z.strictObject({
  head: AuditHeadSchema,
  reason: z.enum(CHECKPOINT_REASONS),
  fromSeq: z.number().int().min(0).optional(),
});
/** A request to move an anchor on. */
export type RecordAuditAnchor = z.infer<typeof RecordAuditAnchorSchema>;

/** At most this many checkpoints are kept (the oldest go first, except restores). */
export const MAX_CHECKPOINTS = 500;

/**
 * The anchors after `request`, or a refusal: the head never moves back (to a lower seq, or to another hash
 * at the same seq) except by a restore, which records where it came from.
 */
export function nextAnchors(
  current: AuditAnchors | null,
  request: RecordAuditAnchor,
  recordedAt: string,
): { ok: true; anchors: AuditAnchors } | { ok: false; problem: string } {
  const checkpoint: AuditCheckpoint = { ...request, recordedAt };
  if (current && request.reason !== 'restore') {
    const { head } = current.latest;
    const back = request.head.seq < head.seq;
    const forked = request.head.seq === head.seq && request.head.hash !== head.hash;
    if (back || forked) {
      return {
        ok: false,
        problem: `the audit log would end at event ${request.head.seq}, before event ${head.seq} recorded on ${recordedDay(current.latest)}`,
      };
    }
  }
  const kept = current ? current.checkpoints : [];
  // Plain writes only move `latest`; the others are remembered as checkpoints.
  const checkpoints = request.reason === 'write' ? kept : [...kept, checkpoint];
  return { ok: true, anchors: { latest: checkpoint, checkpoints: thinned(checkpoints) } };
}

function thinned(checkpoints: AuditCheckpoint[]): AuditCheckpoint[] {
  if (checkpoints.length <= MAX_CHECKPOINTS) return checkpoints;
  const excess = checkpoints.length - MAX_CHECKPOINTS;
  let dropped = 0;
  return checkpoints.filter((checkpoint) => {
    if (dropped >= excess || checkpoint.reason === 'restore') return true;
    dropped += 1;
    return false;
  });
}

/**
 * The checkpoints the current log must still agree with (or a log as it was at `asOf`): those after the
 * last restore, and those before it that lie within what every later restore brought back.
 */
export function applicableCheckpoints(anchors: AuditAnchors, asOf?: string): AuditCheckpoint[] {
  const recorded = [...anchors.checkpoints];
  // A plain write moves only `latest`; any other reason is already the last checkpoint.
  if (anchors.latest.reason === 'write') recorded.push(anchors.latest);
  // As of an instant (when a backup was made): what the log must have agreed with then.
  const all = asOf === undefined ? recorded : recorded.filter((checkpoint) => checkpoint.recordedAt <= asOf);
  let limit = Number.POSITIVE_INFINITY;
  const applicable: AuditCheckpoint[] = [];
  for (let i = all.length - 1; i >= 0; i -= 1) {
    const checkpoint = all[i]!;
    if (checkpoint.head.seq <= limit) applicable.push(checkpoint);
    if (checkpoint.reason === 'restore') limit = Math.min(limit, checkpoint.fromSeq ?? 0);
  }
  return applicable.reverse();
}

/** When a checkpoint was recorded, for sentences (London time, as every instant the officer reads). */
export function recordedDay(checkpoint: Pick<AuditCheckpoint, 'recordedAt'>): string {
  return formatInstant(checkpoint.recordedAt);
}

/** `text` parsed as JSON and checked with `schema`, or null when it is not what DSH Desk writes. */
function parsedJson<T>(schema: z.ZodType<T>, text: string): T | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A head read from text (the `auditHead` meta row), or why it cannot be read. */
export function parseAuditHead(text: string): { ok: true; head: AuditHead } | { ok: false } {
  const head = parsedJson(AuditHeadSchema, text);
  return head ? { ok: true, head } : { ok: false };
}

/** Anchors read from the text they are stored as, or null when the text is not what DSH Desk writes. */
export function parseAuditAnchors(text: string): AuditAnchors | null {
  return parsedJson(AuditAnchorsSchema, text);
}
