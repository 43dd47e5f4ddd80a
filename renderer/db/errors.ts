/**
 * The errors a DSH officer can cause when saving, each with a message in plain English that says what to do.
 * Repositories throw them; forms show `message` (and, for a ValidationError, each field's issue). Faults the
 * officer did not cause (a full disk) are put in plain words by `plainFault`.
 */
import { sentence } from '../../shared/sentence';

/** A problem with one field: its path (`datasets.0.name`) and what is wrong. */
export type FieldIssue = { path: string; message: string };

/** Some fields are missing or wrong; nothing was saved. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`Nothing was saved. ${issues.map((issue) => sentence(issue.message)).join(' ')}`);
    this.name = 'ValidationError';
  }
}

/** The record would repeat one that must be unique (an e-mail address, a reference…); nothing was saved. */
export class DuplicateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DuplicateError';
  }
}

/** The record changed since the officer opened it (e.g. in another window); nothing was saved. */
export class StaleRecordError extends Error {
  constructor() {
    super(
      'This record was changed elsewhere (for example in another window). Reload it to see the latest ' +
        'version; your changes have not been saved.',
    );
    this.name = 'StaleRecordError';
  }
}

/** The record asked for does not exist (any more). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} no longer exists: it may have been deleted in another window. Reload the page.`);
    // Not 'NotFoundError': Dexie turns errors bearing an IndexedDB exception's name into its own.
    this.name = 'RecordNotFoundError';
  }
}

/** A rule refused the change; `reasons` lists every one, in plain words. Nothing was saved. */
export class RefusedError extends Error {
  constructor(
    readonly reasons: string[],
    summary = 'This cannot be done yet.',
  ) {
    super(`${summary} ${reasons.map(sentence).join(' ')}`);
    this.name = 'RefusedError';
  }
}

/** A stage move was refused by the project's gate (or a missing reason); `reasons` lists what is unmet. */
export class GateRefusedError extends RefusedError {
  constructor(reasons: string[]) {
    super(reasons, 'The project was not moved.');
    this.name = 'GateRefusedError';
  }
}

/** A change request would be marked done while its new user is not ready; `reasons` says why they are not. */
export class NotReadyError extends RefusedError {
  constructor(reasons: string[]) {
    super(reasons, 'The change request was not marked done.');
    this.name = 'NotReadyError';
  }
}

/** A booking broke a booking rule; `reasons` lists every rule broken. */
export class BookingRefusedError extends RefusedError {
  constructor(reasons: string[]) {
    super(reasons, 'The booking was not made.');
    this.name = 'BookingRefusedError';
  }
}

/** Something tried to change or remove an event of the append-only audit log. */
export class AuditLogImmutableError extends Error {
  constructor() {
    super('The audit log cannot be changed.');
    this.name = 'AuditLogImmutableError';
  }
}

/** What a save that failed because the disk or the browser's storage quota is full tells the officer. */
export function storageFullMessage(retry = 'save again'): string {
  return `The computer's storage is full: nothing was saved. Free some disk space, then ${retry}.`;
}

// IndexedDB reports a full disk or quota as a QuotaExceededError (Firefox once as NS_ERROR_DOM_QUOTA_REACHED);
// Dexie keeps that name, or wraps it as the `inner` of an AbortError when the whole transaction is aborted.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// DOMException's legacy code for QUOTA_EXCEEDED_ERR.
const QUOTA_CODE = 22;

/** The errors `error` stands for: itself, what it wraps (Dexie's `inner`, `cause`), and a bulk write's failures. */
function* faultChain(error: unknown, depth = 0): Generator<unknown> {
  if (error === null || error === undefined || depth > 8) return;
  yield error;
  if (typeof error !== 'object') return;
  const { inner, cause, failures } = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  yield* faultChain(inner, depth + 1);
  yield* faultChain(cause, depth + 1);
  if (Array.isArray(failures)) for (const failure of failures) yield* faultChain(failure, depth + 1);
}

/** True when `error` is, or wraps, IndexedDB's report that the storage is full. */
export function isStorageFull(error: unknown): boolean {
  for (const fault of faultChain(error)) {
    const { name, code } = fault as { name?: unknown; code?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
    if (fault instanceof DOMException && code === QUOTA_CODE) return true;
  }
  return false;
}

/**
 * A fault the officer did not cause, in plain words that say nothing was saved and what to do (`retry`: what
 * to do again once there is room); null when `error` is not one the app recognises.
 */
export function plainFault(error: unknown, retry?: string): string | null {
  return isStorageFull(error) ? storageFullMessage(retry) : null;
}

/** What to tell the officer about any error: the plain words of a known fault, else its own message. */
export function faultMessage(error: unknown, retry?: string): string {
  return plainFault(error, retry) ?? (error instanceof Error ? error.message : String(error));
}
