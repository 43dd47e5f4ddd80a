/**
 * The bridge payloads of team sync (SYNC.md). The main process holds the connection and the password; the
 * renderer hands it documents to save and asks it for changes, and never sees the password. Every answer is
 * a `TeamAnswer`: the value, or a failure with its kind (so the app can tell "offline" from "wrong
 * password") and a plain-English message.
 */
import { z } from 'zod';

/** The largest number of documents in one push or one page of changes. */
export const MAX_TEAM_BATCH = 500;

/** The failure kinds of shared/sync/errors.ts, as they cross the bridge. */
export const TeamFailureKindSchema = z.enum([
  'unreachable',
  'timeout',
  'cancelled',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'server',
  'bad-response',
  'not-configured',
]);
/** What went wrong talking to the team server, in a word the app can branch on. */
export type TeamFailureKind = z.infer<typeof TeamFailureKindSchema>;

export const TeamFailureSchema = z.strictObject({
  ok: z.literal(false),
  kind: TeamFailureKindSchema,
  message: z.string(),
});
/** A failed team call: its kind and what to tell the officer. */
export type TeamFailure = z.infer<typeof TeamFailureSchema>;

/** The answer of a team operation: `{ ok: true, value }` or a `TeamFailure`. */
export function teamAnswerSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.strictObject({ ok: z.literal(true), value }), TeamFailureSchema]);
}

const address = z
  .string()
  .trim()
  .min(1, 'Enter the team server’s address.')
  .max(2048, 'The address is at most 2,048 characters.');
const databaseName = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_$()+/-]{0,237}$/,
    'A database name starts with a lower-case letter and uses lower-case letters, digits and _$()+-/.',
  );
const userName = z
  .string()
  .trim()
  .min(1, 'Enter your user name on the team server.')
  .max(256, 'The user name is at most 256 characters.');

export const TeamSignInSchema = z.strictObject({
  url: address,
  database: databaseName,
  username: userName,
  password: z.string().min(1, 'Enter your password.').max(1024, 'The password is at most 1,024 characters.'),
});
/** "Sign in to the team server": checked with the server, then kept (the password protected) in main. */
export type TeamSignIn = z.infer<typeof TeamSignInSchema>;

export const TeamConnectionSchema = z.discriminatedUnion('configured', [
  z.strictObject({ configured: z.literal(false) }),
  z.strictObject({
    configured: z.literal(true),
    url: z.string(),
    database: z.string(),
    username: z.string(),
    /** The account's roles on the server (`dsh-staff`, `dsh-managers`, `_admin`). */
    roles: z.array(z.string()),
    /** When this workstation signed in (UTC ISO instant). */
    since: z.string(),
    /** How the password is kept here, in words (protected by the operating system, or not). */
    passwordKept: z.string(),
  }),
]);
/** The team server this workstation uses, if any; never the password. */
export type TeamConnection = z.infer<typeof TeamConnectionSchema>;

/** A CouchDB document as it crosses the bridge: checked again by shared/sync/documents.ts on arrival. */
export const TeamDocumentSchema = z
  .looseObject({
    _id: z.string().min(1).max(512),
    _rev: z.string().min(1).max(512).optional(),
    _deleted: z.boolean().optional(),
  })
  .refine((doc) => !('_attachments' in doc), 'Documents may not carry attachments.');

export const TeamPushRequestSchema = z.strictObject({
  docs: z.array(TeamDocumentSchema).min(1).max(MAX_TEAM_BATCH),
});
/** Documents to save on the server, each with the `_rev` it was based on (none for a new one). */
export type TeamPushRequest = z.infer<typeof TeamPushRequestSchema>;

export const TeamBulkResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ id: z.string(), status: z.literal('ok'), rev: z.string() }),
  z.strictObject({
    id: z.string(),
    status: z.enum(['conflict', 'forbidden', 'error']),
    error: z.string(),
    reason: z.string(),
  }),
]);
export const TeamPushResultSchema = teamAnswerSchema(z.array(TeamBulkResultSchema));
/** What became of each pushed document (match by id: not every server keeps the order); or why the push failed. */
export type TeamPushResult = z.infer<typeof TeamPushResultSchema>;

export const TeamChangesRequestSchema = z.strictObject({
  since: z.string().min(1).max(1024),
  limit: z.number().int().min(1).max(MAX_TEAM_BATCH),
});
/** One page of `_changes` after a checkpoint. */
export type TeamChangesRequest = z.infer<typeof TeamChangesRequestSchema>;

export const TeamChangeSchema = z.strictObject({
  seq: z.string(),
  id: z.string(),
  revs: z.array(z.string()),
  deleted: z.boolean(),
  doc: z.unknown(),
});
export const TeamChangesResultSchema = teamAnswerSchema(
  z.strictObject({ results: z.array(TeamChangeSchema).max(MAX_TEAM_BATCH), lastSeq: z.string() }),
);
/** One page of changes and the checkpoint after it; or why they could not be fetched. */
export type TeamChangesResult = z.infer<typeof TeamChangesResultSchema>;

export const TeamGetDocRequestSchema = z.strictObject({
  id: z.string().min(1).max(512),
  /** Also fetch these revisions (the ones in conflict with the winner), when the server still has them. */
  revs: z.array(z.string().min(1).max(512)).max(50).optional(),
});
/** One document and some of its revisions. */
export type TeamGetDocRequest = z.infer<typeof TeamGetDocRequestSchema>;
/** A document as the server holds it now (with `_conflicts`), and the other revisions asked for. */
export const TeamGetDocResultSchema = teamAnswerSchema(
  z.strictObject({ doc: TeamDocumentSchema.nullable(), revisions: z.array(TeamDocumentSchema) }),
);
/** The document and the revisions the server still has; or why they could not be read. */
export type TeamGetDocResult = z.infer<typeof TeamGetDocResultSchema>;

export const TeamConnectionResultSchema = teamAnswerSchema(TeamConnectionSchema);
/** The team server this workstation uses; or why signing in failed. */
export type TeamConnectionResult = z.infer<typeof TeamConnectionResultSchema>;

export const TeamAllocateRequestSchema = z.strictObject({
  series: z.enum(['project', 'certificate']),
  year: z.number().int().min(1000).max(9999),
  /** The highest number of the series this workstation knows of: the number given is above it. */
  above: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER - 1)
    .optional(),
});
/** "Give me the next project reference (or certificate number) of this year", from the team's counter. */
export type TeamAllocateRequest = z.infer<typeof TeamAllocateRequestSchema>;
export const TeamAllocateResultSchema = teamAnswerSchema(z.strictObject({ number: z.number().int().min(1) }));
/** The number the team server gave (never given to anyone else); or why it could not give one. */
export type TeamAllocateResult = z.infer<typeof TeamAllocateResultSchema>;

/** The longest a workstation asks the server to hold a wait for changes open (CouchDB's default maximum). */
export const MAX_TEAM_WAIT_MS = 60_000;

export const TeamWaitRequestSchema = z.strictObject({
  since: z.string().min(1).max(1024),
  waitMs: z.number().int().min(1).max(MAX_TEAM_WAIT_MS),
  /** The most changes the answer brings (1 unless given). */
  limit: z.number().int().min(1).max(MAX_TEAM_BATCH).optional(),
});
/** Wait (at most `waitMs`) until the server has a change after `since`; bring the changes with their documents. */
export type TeamWaitRequest = z.infer<typeof TeamWaitRequestSchema>;

export const TeamWaitResultSchema = teamAnswerSchema(
  z.strictObject({
    changed: z.boolean(),
    results: z.array(TeamChangeSchema).max(MAX_TEAM_BATCH),
    lastSeq: z.string(),
  }),
);
/**
 * Whether the server has changes after the checkpoint, and those changes with their documents (applied as
 * a pulled page is); or why the wait failed.
 */
export type TeamWaitResult = z.infer<typeof TeamWaitResultSchema>;
