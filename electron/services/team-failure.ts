/**
 * Turns whatever went wrong in a call to the team server into the answer the renderer branches on: a
 * `SyncError` keeps its kind and its plain-English message; anything else is a bug, logged in full and
 * answered in words that say so.
 */
import type { TeamFailure } from '../../shared/contract/team-payloads';
import { SyncError } from '../../shared/sync/errors';

/** The answer of every data operation while this workstation is not signed in to a team server. */
export const NOT_SIGNED_IN: TeamFailure = {
  ok: false,
  kind: 'not-configured',
  message: 'This workstation is not signed in to a team server. Sign in under Settings → Team.',
};

const QUIET_KINDS = new Set(['unreachable', 'timeout', 'cancelled']);

/** The failure answer for `error`, thrown while `what` ("saving changes"). */
export function teamFailureOf(error: unknown, what: string): TeamFailure {
  if (error instanceof SyncError) {
    // The server's own words go to the log, never into the officer's message; not while offline, when every
    // try of the sync loop would add the same line.
    if (error.detail && !QUIET_KINDS.has(error.kind))
      console.warn(`DSH Desk: team server, ${what}: ${error.kind}: ${error.detail}`);
    return { ok: false, kind: error.kind, message: error.message };
  }
  console.error(`DSH Desk: team server, ${what}: failed unexpectedly`, error);
  return {
    ok: false,
    kind: 'bad-response',
    message: `Something went wrong inside DSH Desk while ${what} (${error instanceof Error ? error.message : String(error)}). Please report this.`,
  };
}

/** `error` with another message for the same kind (said better where the caller knows more). */
export function reworded(error: SyncError, message: string, kind = error.kind): SyncError {
  return new SyncError(kind, message, error.status, error.detail);
}
