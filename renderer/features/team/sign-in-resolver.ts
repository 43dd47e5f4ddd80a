/**
 * Checks the sign-in form with the contract's own schema (TeamSignInSchema) and its messages. Unlike the
 * record forms' `schemaResolver`, an empty field stays '' here: the contract says "Enter your password." for
 * an empty string, which is exactly the officer's case.
 */
import type { Resolver } from 'react-hook-form';
import { TeamSignInSchema, type TeamSignIn } from '../../../shared/contract/team-payloads';
import { errorsFromIssues } from '../../components/form/schema-resolver';

/** What the form holds: the four fields as typed. */
export type SignInValues = TeamSignIn;

/** The form's starting values: the team database is usually called `dsh-desk` (npm run team:setup). */
export const EMPTY_SIGN_IN: SignInValues = { url: '', database: 'dsh-desk', username: '', password: '' };

/** The resolver: the parsed (trimmed) values, or each field's first message. */
export const signInResolver: Resolver<SignInValues, unknown, TeamSignIn> = (values) => {
  const parsed = TeamSignInSchema.safeParse(values);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { values: {}, errors: errorsFromIssues<SignInValues>(issues) };
};
