/**
 * Where DSH Desk keeps its data (IndexedDB, backups, settings). IndexedDB is keyed by this folder, so it is
 * fixed: a rename or a stray override would hide every record the user has. Only the development test suite
 * may point it elsewhere, so tests never touch a real user's data.
 */
import path from 'node:path';

/** The folder name under the OS application-data folder; pinned like the product name. */
export const USER_DATA_FOLDER_NAME = 'DSH Desk';

/** What the decision needs to know about the running app. */
export interface UserDataInput {
  /** Electron's `app.getPath('appData')`. */
  appDataFolder: string;
  /** Electron's `app.isPackaged`. */
  isPackaged: boolean;
  /** The process environment. */
  env: Readonly<Record<string, string | undefined>>;
}

/** The chosen folder and whether a test override chose it. */
export interface UserDataDecision {
  folder: string;
  overridden: boolean;
}

/**
 * Decides the userData folder. `DSH_DESK_USER_DATA` is honoured only in an unpackaged build run with
 * `DSH_DESK_TEST=1`; a shipped app ignores it, so nobody can redirect a user's data with an environment variable.
 */
export function decideUserDataFolder({ appDataFolder, isPackaged, env }: UserDataInput): UserDataDecision {
  const fixed = { folder: path.join(appDataFolder, USER_DATA_FOLDER_NAME), overridden: false };
  const override = env.DSH_DESK_USER_DATA;
  if (isPackaged || env.DSH_DESK_TEST !== '1' || override === undefined || override === '') return fixed;
  if (!path.isAbsolute(override)) {
    // A relative folder would depend on the working directory; fail loudly rather than guess.
    throw new Error(`DSH_DESK_USER_DATA must be an absolute folder path, but it is "${override}".`);
  }
  return { folder: path.normalize(override), overridden: true };
}
