/**
 * "Sign in and start syncing": the team server's address, the database, and the officer's own account. A
 * refused sign-in says why in words and keeps everything typed; after success the password is cleared (the
 * main process keeps it, protected, and the page never holds it longer than the call).
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { TeamSignIn } from '../../../shared/contract/team-payloads';
import { Field } from '../../components/form/Field';
import type { TeamSync } from '../../sync/types';
import { EMPTY_SIGN_IN, signInResolver, type SignInValues } from './sign-in-resolver';
import { faultMessage } from '../../db/errors';

/** The sign-in form of Settings → Team (shown while this workstation has no team server). */
export function TeamSignInForm({
  signIn,
  initial,
  title = 'Sign in to the team server',
  nested = false,
}: {
  signIn: TeamSync['signIn'];
  /** The server, database and account already known (signing in again). */
  initial?: Partial<Omit<SignInValues, 'password'>>;
  title?: string;
  /** Inside another panel: its heading is one level down. */
  nested?: boolean;
}) {
  const Heading = nested ? 'h3' : 'h2';
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues, unknown, TeamSignIn>({
    resolver: signInResolver,
    defaultValues: { ...EMPTY_SIGN_IN, ...initial },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await signIn(values);
      resetField('password', { defaultValue: '' });
    } catch (error) {
      setFailure(`Not signed in: ${faultMessage(error)}`);
    }
  });

  return (
    <form className="team-sign-in" onSubmit={submit} aria-label={title} noValidate>
      <Heading>{title}</Heading>
      <p className="panel-intro">
        Use your own account on the team’s server: the audit log records changes under it.
      </p>
      <div className="form-grid">
        <div className="field-wide">
          <Field
            label="Server address"
            error={errors.url?.message}
            hint="As your team’s administrator gave it, e.g. https://dsh-sync.example.ac.uk:6984"
            required
          >
            <input type="url" autoComplete="url" spellCheck={false} {...register('url')} />
          </Field>
        </div>
        <Field label="Database name" error={errors.database?.message} required>
          <input type="text" spellCheck={false} {...register('database')} />
        </Field>
        <Field label="Your user name" error={errors.username?.message} required>
          <input type="text" autoComplete="username" spellCheck={false} {...register('username')} />
        </Field>
        <Field label="Password" error={errors.password?.message} required>
          <input type="password" autoComplete="current-password" {...register('password')} />
        </Field>
      </div>
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in and start syncing'}
        </button>
      </div>
    </form>
  );
}
