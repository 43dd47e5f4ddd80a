/**
 * What an action did, said under its buttons: a failure as an alert (read out at once), a success in a
 * status line that is always on the page, so that screen readers announce the text when it appears.
 */

/** The outcome of the last action of a panel or form: its sentence, and whether it failed. */
export interface Outcome {
  text: string;
  failed?: boolean;
}

/** The alert of a failed action, or the status line with a success (empty until there is one). */
export function OutcomeLine({ outcome }: { outcome: Outcome | null | undefined }) {
  return (
    <>
      {outcome?.failed && (
        <p role="alert" className="form-failure">
          {outcome.text}
        </p>
      )}
      <div role="status" className="status-line">
        {outcome && !outcome.failed && <span className="verdict-ok">{outcome.text}</span>}
      </div>
    </>
  );
}
