/** Checks the whole hash chain of the audit log and says, in words, whether it is intact. */
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { verifyAuditLog, type AuditLogVerdict } from '../../db/audit/verify';
import { readOutsideAnchor } from '../../db/audit/outside-anchor';
import { formatInstant, nowInstant } from '../../../shared/dates';
import { faultMessage } from '../../db/errors';

/** The "Verify the audit log" panel. */
export function VerifyAuditLog() {
  const { db, host } = useApp();
  const [state, setState] = useState<{
    running: boolean;
    verdict?: AuditLogVerdict;
    at?: string;
    error?: string;
  }>({ running: false });

  async function verify() {
    setState({ running: true });
    try {
      setState({
        running: false,
        verdict: await verifyAuditLog(db, { outside: await readOutsideAnchor(host) }),
        at: nowInstant(),
      });
    } catch (error) {
      setState({ running: false, error: faultMessage(error) });
    }
  }

  return (
    <section className="panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Is the log intact?</h2>
      <p>
        Each event carries a fingerprint of the one before it, so any change to a past event breaks the chain.
        Where the log ends is also kept outside the database, with every backup and evidence pack, so a
        shortened or rewritten log is caught too.
      </p>
      <button type="button" className="button" onClick={verify} disabled={state.running}>
        {state.running ? 'Checking…' : 'Verify the audit log'}
      </button>
      <div role="status" className="status-line">
        {state.verdict && (
          <p className={state.verdict.intact ? 'verdict-ok' : 'verdict-bad'}>
            {state.verdict.message} <span className="muted">(checked {formatInstant(state.at!)})</span>
          </p>
        )}
        {state.error && <p className="form-failure">The check could not run: {state.error}</p>}
      </div>
    </section>
  );
}
