/**
 * This workstation's team server settings, `team.json` in the data folder: the address, the database, who
 * signed in (with the roles the server gave), since when, and the password, protected by the operating
 * system as the installation key is (installation-key.ts). A file that cannot be read means "not signed in"
 * and a line in the main log: the officer signs in again, and DSH Desk keeps working meanwhile.
 * No electron import.
 */
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from './atomic-write';
import type { KeyProtection } from './installation-key';
import { UserFacingError } from './user-facing-error';

/** The settings file, in the data folder (never in a backup: it belongs to this workstation). */
export const TEAM_FILE = 'team.json';

/** What is kept about the team server; `password` only ever leaves this module for the server. */
export interface TeamSettings {
  url: string;
  database: string;
  username: string;
  roles: string[];
  since: string;
  password: string;
  /** Whether the password is kept protected by the operating system. */
  protectedAtRest: boolean;
}

const TeamFileSchema = z.strictObject({
  format: z.literal('dsh-desk-team'),
  version: z.literal(1),
  url: z.string().min(1).max(2048),
  database: z.string().min(1).max(256),
  username: z.string().min(1).max(256),
  roles: z.array(z.string().max(256)).max(100),
  since: z.iso.datetime(),
  protection: z.enum(['os', 'none']),
  /** Base64: the password protected by the system, or the password itself when `protection` is "none". */
  password: z.string().min(1).max(16_384),
});

/** Reads, keeps and forgets the settings in `file`; calls run one at a time, in order. */
export function createTeamSettingsStore(options: {
  file: string;
  protection: KeyProtection;
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
}) {
  const { file, protection } = options;
  const writeFile = options.writeFile ?? writeFileAtomically;
  // Only this store writes the file, so what it last read or wrote stays true until it writes again.
  let known: TeamSettings | null | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function write(settings: Omit<TeamSettings, 'protectedAtRest'>): Promise<TeamSettings> {
    const kept = protection.available
      ? Buffer.from(protection.protect(settings.password))
      : Buffer.from(settings.password, 'utf8');
    const { password: _plain, ...rest } = settings;
    const text = JSON.stringify(
      {
        format: 'dsh-desk-team',
        version: 1,
        ...rest,
        protection: protection.available ? 'os' : 'none',
        password: kept.toString('base64'),
      },
      null,
      2,
    );
    await writeFile(file, new TextEncoder().encode(`${text}\n`));
    // Only this user may read it, where the file system allows (Windows ignores the mode).
    await fs.chmod(file, 0o600).catch(() => undefined);
    known = { ...settings, protectedAtRest: protection.available };
    return known;
  }

  async function readFromDisk(): Promise<TeamSettings | null> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return unreadable(`it could not be read (${(error as Error).message})`);
    }
    let parsed: z.infer<typeof TeamFileSchema>;
    try {
      parsed = TeamFileSchema.parse(JSON.parse(text));
    } catch {
      return unreadable('it is damaged');
    }
    const stored = Buffer.from(parsed.password, 'base64');
    let password: string;
    try {
      password = parsed.protection === 'os' ? protection.unprotect(stored) : stored.toString('utf8');
    } catch {
      return unreadable(
        'the system could not unlock the password (it was kept under another user or computer)',
      );
    }
    const { format: _format, version: _version, protection: kept, password: _stored, ...rest } = parsed;
    const settings = { ...rest, password };
    // Protect a password kept unprotected as soon as the system can (a keyring that was missing is back).
    if (kept === 'none' && protection.available)
      return write(settings).catch(() => ({ ...settings, protectedAtRest: false }));
    return { ...settings, protectedAtRest: kept === 'os' };
  }

  function unreadable(why: string): null {
    console.error(
      `DSH Desk: ${TEAM_FILE} is not used because ${why}; this workstation reads as not signed in to a team server until someone signs in again.`,
    );
    return null;
  }

  return {
    /** The settings, or null when this workstation is not signed in (or its file cannot be read). */
    read: (): Promise<TeamSettings | null> =>
      inTurn(async () => {
        if (known === undefined) known = await readFromDisk();
        return known;
      }),
    /** Keeps `settings`, replacing any before; throws a UserFacingError when the file cannot be written. */
    save: (settings: Omit<TeamSettings, 'protectedAtRest'>): Promise<TeamSettings> =>
      inTurn(() => write(settings)),
    /** Forgets the server and the password. */
    forget: (): Promise<void> =>
      inTurn(async () => {
        try {
          await fs.rm(file, { force: true });
        } catch (error) {
          throw new UserFacingError(
            `Could not forget the team server: ${TEAM_FILE} in the data folder could not be removed (${(error as Error).message}).`,
            { cause: error },
          );
        }
        known = null;
      }),
  };
}

/** A store of team settings. */
export type TeamSettingsStore = ReturnType<typeof createTeamSettingsStore>;

/** How the password is kept, in words for Settings → Team. */
export function passwordKeptWords(settings: TeamSettings): string {
  return settings.protectedAtRest
    ? 'Your password is kept on this computer, encrypted by the operating system.'
    : 'This system offers no secure storage, so your password is kept UNPROTECTED in the data folder: anyone who can read that folder could sign in to the team server as you.';
}
