/**
 * Settings → Team while this workstation is in a team: the server, database and account, since when, how
 * the password is kept; "Sync now", "Pause syncing" / "Resume syncing", and "Leave the team".
 */
import { useState } from 'react';
import type { TeamConnection } from '../../../shared/contract/team-payloads';
import { formatInstant } from '../../../shared/dates';
import type { TeamSync } from '../../sync/types';
import type { LocalNumbering } from '../../db/sync/leave-numbers';
import { countOf } from '../../components/calendar-dates';
import { ClocksAheadNotice } from '../../components/ClocksAheadNotice';
import { LeaveTeam } from './LeaveTeam';
import { SignInAgain } from './SignInAgain';
import { syncStatusWords } from './sync-status-words';
import { faultMessage } from '../../db/errors';

type Connected = Extract<TeamConnection, { configured: true }>;

/** The connection's facts and what the officer can do with it. */
export function TeamConnectionPanel({
  sync,
  connection,
  onLeft,
}: {
  sync: TeamSync;
  connection: Connected;
  /** Hears which provisional references became local ones once the workstation has left. */
  onLeft: (numbered: LocalNumbering[]) => void;
}) {
  const { status } = sync;
  const paused = status.paused ?? status.firstSync?.paused ?? false;
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const words = syncStatusWords(status);

  async function syncNow() {
    setBusy(true);
    setOutcome(null);
    try {
      await sync.syncNow();
      setOutcome({ ok: true, text: 'Synced: this workstation and the team server are up to date.' });
    } catch (error) {
      setOutcome({ ok: false, text: `Not synced: ${faultMessage(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel team-connection" aria-labelledby="team-connection-heading">
      <h2 id="team-connection-heading">Connected to the team</h2>
      <dl className="facts">
        <dt>Now</dt>
        <dd className={words?.tone === 'bad' ? 'sync-problem' : undefined}>{words?.text ?? 'Solo'}</dd>
        <dt>Server</dt>
        <dd className="team-break">{connection.url}</dd>
        <dt>Database</dt>
        <dd>{connection.database}</dd>
        <dt>Your account</dt>
        <dd>{connection.username}</dd>
        <dt>Roles</dt>
        <dd>{connection.roles.length > 0 ? connection.roles.join(', ') : 'None'}</dd>
        <dt>Signed in since</dt>
        <dd>{formatInstant(connection.since)}</dd>
        <dt>Password</dt>
        <dd>{connection.passwordKept}</dd>
        <dt>Last synced</dt>
        <dd>{status.lastSyncedAt ? formatInstant(status.lastSyncedAt) : 'Not yet'}</dd>
        <dt>Changes waiting to go</dt>
        <dd>{status.pending > 0 ? countOf(status.pending, 'change') : 'None'}</dd>
      </dl>
      <ClocksAheadNotice notes={status.clocksAhead} />
      {status.quarantined > 0 && (
        <p className="form-failure">
          {countOf(status.quarantined, 'record')} from the server failed{' '}
          {status.quarantined === 1 ? 'its checks and was' : 'their checks and were'} not applied.
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy || paused} onClick={() => void syncNow()}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" className="button secondary" onClick={() => sync.setPaused(!paused)}>
          {paused ? 'Resume syncing' : 'Pause syncing'}
        </button>
      </div>
      <div role="status" className="status-line">
        {paused && !outcome && 'Syncing is paused: changes are kept here until you resume.'}
        {outcome && <span className={outcome.ok ? undefined : 'form-failure'}>{outcome.text}</span>}
      </div>
      {status.phase === 'attention' && (
        <SignInAgain connection={connection} signIn={(input) => sync.signIn(input)} />
      )}
      <h3>Leave the team</h3>
      <LeaveTeam
        pending={status.pending}
        provisional={sync.provisionalReferences}
        leave={async () => onLeft(await sync.leave())}
      />
    </section>
  );
}
