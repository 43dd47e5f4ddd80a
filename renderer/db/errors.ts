/**
 * The errors a DSH officer can cause when saving, each with a message in plain English that says what to do.
 * Repositories throw them; forms show `message` (and, for a ValidationError, each field's issue).
 */

/** A problem with one field: its path (`datasets.0.name`) and what is wrong. */
export type FieldIssue = { path: string; message: string };

/** Some fields are missing or wrong; nothing was saved. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`Nothing was saved. ${issues.map((issue) => issue.message).join(' ')}`);
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
    super(`${summary} ${reasons.join(' ')}`);
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
