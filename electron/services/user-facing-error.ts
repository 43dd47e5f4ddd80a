/**
 * An error the user can cause (a refused link, a read-only folder). Its message is plain English and safe to
 * show; the bridge passes it to the renderer as it is. Any other error is a bug and is reported as one.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';

  /** `message` is shown to the user; `cause` keeps the underlying error for the log. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
