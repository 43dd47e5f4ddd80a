/**
 * The computer's user name, which goes into every audit event beside the staff member's name. `os.userInfo()`
 * throws where the account has no entry in the password database (some domain and container set-ups), and an
 * empty name would make every audit event invalid: fall back to the environment, then to a plain word.
 */
import os from 'node:os';

/** What is recorded when the operating system cannot say who is logged in. */
export const UNKNOWN_OS_USER = 'unknown';

/** The logged-in user's name, never empty. */
export function osUserName(
  userInfo: () => { username: string } = os.userInfo,
  env: NodeJS.ProcessEnv = process.env,
): string {
  let name = '';
  try {
    name = userInfo().username.trim();
  } catch {
    // No password-database entry: the environment below still knows.
  }
  return name || env.USERNAME?.trim() || env.USER?.trim() || UNKNOWN_OS_USER;
}
