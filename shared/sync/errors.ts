/**
 * Every way a talk with the team server can fail, as one typed error with a message an officer can act on.
 * The kind lets the app decide what to do (retry later, ask for the password again, show a problem).
 */

/** What went wrong, in a word the app can branch on. */
export type SyncErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'cancelled'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'server'
  | 'bad-response';

/** A failure talking to the team server; `message` is plain English, `detail` what the server said. */
export class SyncError extends Error {
  override readonly name = 'SyncError';

  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** The HTTP status, when the server answered at all. */
    readonly status?: number,
    /** The server's own words (`error: reason`), for the log and a "details" line; never the main message. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** The plain message for a status the server answered with; `what` names the request ("saving changes"). */
export function errorForStatus(status: number, what: string, detail: string | undefined): SyncError {
  if (status === 401)
    return new SyncError(
      'unauthorized',
      `The team server refused the sign-in while ${what}: wrong user name or password.`,
      status,
      detail,
    );
  if (status === 403) {
    // Our design document's refusals are written for people: show them (CouchDB: `forbidden: <reason>`).
    const reason = detail?.startsWith('forbidden: ') ? ` ${detail.slice('forbidden: '.length)}` : '';
    return new SyncError(
      'forbidden',
      `The team server said this account is not allowed to do this (${what}).${reason}`,
      status,
      detail,
    );
  }
  if (status === 404)
    return new SyncError(
      'not-found',
      `The team server has no such database or record (${what}). Check the server address and database name.`,
      status,
      detail,
    );
  if (status === 409)
    return new SyncError('conflict', `Someone else changed this record first (${what}).`, status, detail);
  if (status >= 500)
    return new SyncError(
      'server',
      `The team server had a problem while ${what} (HTTP ${status}). Try again later; if it keeps happening, ask whoever runs the server.`,
      status,
      detail,
    );
  return new SyncError(
    'bad-response',
    `The team server gave an unexpected answer while ${what} (HTTP ${status}).`,
    status,
    detail,
  );
}
