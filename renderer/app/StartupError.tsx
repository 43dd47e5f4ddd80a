/** Shown instead of the app when the database cannot be opened safely. */
import { DatabaseRefusedError } from '../db/open-database';

/** The reason start-up stopped, and what the officer can do. */
export function StartupError({ error }: { error: unknown }) {
  const refused = error instanceof DatabaseRefusedError;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="startup-error">
      <h1>DSH Desk cannot open its data</h1>
      <p role="alert">{message}</p>
      {!refused && (
        <p>
          Your records have not been changed. Close DSH Desk and open it again; if this message comes back,
          contact whoever supports DSH Desk and quote the message above.
        </p>
      )}
    </main>
  );
}
