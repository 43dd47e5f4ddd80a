/**
 * How a failed save reaches the officer: a ValidationError's issues go under their fields, anything else
 * (changed elsewhere, refused, duplicate) becomes one plain message above the form's buttons.
 */
import { StaleRecordError, ValidationError } from '../../../db/errors';

/** The outcome of a failed save, for the form to show. */
export interface SaveFailure {
  /** The message shown above the buttons. */
  message: string;
  /** True when the record changed elsewhere: the form offers to show the latest version. */
  stale: boolean;
}

/**
 * Puts each issue of a ValidationError under its field (through `setFieldError`, which returns false for a
 * path the form does not show) and returns the message for the form as a whole.
 */
export function saveFailure(
  error: unknown,
  setFieldError: (path: string, message: string) => boolean,
): SaveFailure {
  if (error instanceof ValidationError) {
    const unplaced = error.issues.filter((issue) => !setFieldError(issue.path, issue.message));
    const message =
      unplaced.length > 0
        ? `Nothing was saved. ${unplaced.map((issue) => issue.message).join(' ')}`
        : 'Nothing was saved: correct the fields marked below.';
    return { message, stale: false };
  }
  if (error instanceof StaleRecordError) return { message: error.message, stale: true };
  return { message: error instanceof Error ? error.message : String(error), stale: false };
}
