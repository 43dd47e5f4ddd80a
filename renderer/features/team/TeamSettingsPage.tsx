/**
 * Settings → Team: solo mode explained, then either the sign-in form or the team connection, with the first
 * sync's progress while it runs.
 */
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import type { LocalNumbering } from '../../db/sync/leave-numbers';
import { LeftTheTeam } from './LeftTheTeam';
import { useOptionalTeamSync } from '../../sync/context';
import { FirstSyncPanel } from './FirstSyncPanel';
import { TeamConnectionPanel } from './TeamConnectionPanel';
import { TeamSignInForm } from './TeamSignInForm';
import './team.css';

/** The Team page of Settings. */
export function TeamSettingsPage() {
  const sync = useOptionalTeamSync();
  const connection = sync?.connection;
  const [left, setLeft] = useState<LocalNumbering[] | null>(null);
  return (
    <>
      <PageHeader
        title="Team"
        description="Share this workstation’s records with the rest of the DSH team."
      />
      <p className="team-solo-note">
        Without a team server DSH Desk works in solo mode: every record stays on this workstation only, as it
        always has.
      </p>
      {!sync && <p className="muted">Team sync is not available in this version of DSH Desk.</p>}
      {sync?.status.firstSync && (
        <FirstSyncPanel progress={sync.status.firstSync} setPaused={(paused) => sync.setPaused(paused)} />
      )}
      {left && connection?.configured === false && <LeftTheTeam numbered={left} />}
      {sync && connection?.configured === true && (
        <TeamConnectionPanel sync={sync} connection={connection} onLeft={setLeft} />
      )}
      {sync && connection?.configured === false && (
        <section className="panel">
          <TeamSignInForm signIn={(input) => sync.signIn(input)} />
        </section>
      )}
    </>
  );
}
