/**
 * While sync needs attention (a changed password, a refused account), the sign-in form again, filled with
 * the server, database and account this workstation uses, behind a button so it is not in the way.
 */
import { useState } from 'react';
import type { TeamConnection } from '../../../shared/contract/team-payloads';
import type { TeamSync } from '../../sync/types';
import { TeamSignInForm } from './TeamSignInForm';

type Connected = Extract<TeamConnection, { configured: true }>;

/** "Sign in again…", then the form. */
export function SignInAgain({ connection, signIn }: { connection: Connected; signIn: TeamSync['signIn'] }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" className="button secondary" onClick={() => setOpen(true)}>
          Sign in again…
        </button>
      </p>
    );
  }
  return (
    <TeamSignInForm
      signIn={async (input) => {
        const signedIn = await signIn(input);
        setOpen(false);
        return signedIn;
      }}
      initial={{ url: connection.url, database: connection.database, username: connection.username }}
      title="Sign in again"
      nested
    />
  );
}
