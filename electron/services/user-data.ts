/**
 * Where DSH Desk keeps its data (IndexedDB, backups, settings). IndexedDB is keyed by this folder, so it is
 * fixed: a rename or a stray override would hide every record the user has. A development run (unpackaged)
 * keeps its own folder, and so its own single-instance lock: a development build with a newer schema must never
 * upgrade an officer's real database. Only the development test suite may point it elsewhere again.
 */
import path from 'node:path';

/** The folder name under the OS application-data folder; pinned like the product name. */
export const USER_DATA_FOLDER_NAME = 'DSH Desk';
/**
 * The installer's appId (electron-builder.yml), which Windows also uses as the app user model id: taskbar
 * grouping, pinning and notifications find the app by it. check-builder-config.mjs keeps the two equal.
 */
export const APP_ID = 'uk.ac.dsh.desk';

/** The folder name a development run (`npm start`, unpackaged) uses instead. */
export const DEVELOPMENT_FOLDER_NAME = 'DSH Desk (development)';

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
  const name = isPackaged ? USER_DATA_FOLDER_NAME : DEVELOPMENT_FOLDER_NAME;
  const fixed = { folder: path.join(appDataFolder, name), overridden: false };
  const override = env.DSH_DESK_USER_DATA;
  if (isPackaged || env.DSH_DESK_TEST !== '1' || override === undefined || override === '') return fixed;
  if (!path.isAbsolute(override)) {
    // A relative folder would depend on the working directory; fail loudly rather than guess.
    throw new Error(`DSH_DESK_USER_DATA must be an absolute folder path, but it is "${override}".`);
  }
  return { folder: path.normalize(override), overridden: true };
}
