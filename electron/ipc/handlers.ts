/**
 * What each bridge operation does, with the outside world passed in: the save and open dialogs, the file
 * manager, the mail client, the backups folder and the fetch that reaches the team server come from Electron
 * in main.ts and from fakes (or temporary folders, and Node's fetch) in tests and the Playwright test bridge.
 * No electron import here, so the real handlers run under Node and behind a browser page alike.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FileKind, UnsavedForms } from '../../shared/contract/payloads';
import { renameIntoPlace, writeFileAtomically } from '../services/atomic-write';
import { createAuditAnchorStore } from '../services/audit-anchor';
import { createBackupFolder } from '../services/backups';
import { createBackupSessions } from '../services/backups-session';
import { createEvidenceFolder } from '../services/evidence-files';
import { EVIDENCE_GRACE_MS, removeUnusedEvidence } from '../services/evidence-sweep';
import { temporaryPathFor } from '../services/temp-files';
import { externalLinkFor } from '../services/external-links';
import { keyProtectionWords, type InstallationKey, type KeyProtection } from '../services/installation-key';
import { createTeamConnection, type TeamTimeouts } from '../services/team-connection';
import { createTeamEvidence } from '../services/team-evidence';
import { TEAM_FILE } from '../services/team-settings';
import type { FetchLike } from '../../shared/sync/http';
import { safeFileName, withExtension } from '../services/safe-file-name';
import { UserFacingError } from '../services/user-facing-error';
import type { OperationHandlers } from './guarded-call';

/** Facts about the running app that getAppInfo reports. */
export interface AppFacts {
  name: string;
  version: string;
  platform: string;
  osUserName: string;
  dataFolder: string;
  /** What checks spelling in this app (Settings → About). */
  spelling?: string;
}

/** The outside world the handlers need. */
export interface HandlerDeps {
  appInfo: AppFacts;
  /** Asks the user where to save (proposing `suggestedSafeName`); null when they cancel. */
  chooseSavePath(suggestedSafeName: string, kind: FileKind): Promise<string | null>;
  /**
   * Asks whether to replace `filePath`, which exists, when the save dialog could not have asked because the
   * extension was added after it (the Linux dialog does not add it). Without it such a save is refused.
   */
  confirmReplace?(filePath: string): Promise<boolean>;
  /** Shows the file selected in the system file manager. */
  showItemInFolder(filePath: string): void | Promise<void>;
  /** Opens an e-mail link that passed the allow-list in the user's mail program. */
  openMailLink(url: string): Promise<void>;
  /** Writes the file; the atomic writer unless a test needs another. */
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
  /** Where automatic and manual backups are kept: `backups` under the data folder. */
  backupsFolder: string;
  /** Asks the officer for a backup file to restore from; null when they cancel. */
  chooseBackupFile(): Promise<string | null>;
  /** Hears which forms of the window are unsaved (for the close dialog). */
  noteUnsavedForms?(forms: UnsavedForms): void;
  /** The main-process log's recent lines (services/main-log.ts); none when not given. */
  readMainLog?(): string;
  /** The clock that names backups; the real one unless a test needs another. */
  now?: () => Date;
  /** Where the audit log's anchor is kept (default: `audit-anchor.json` beside the backups folder). */
  auditAnchorFile?: string;
  /** This installation's secret key (installation-key.ts): seals backups and exports. */
  installationKey: InstallationKey;
  /** Where the backups list keeps what it has checked between runs (memory only when absent). */
  checkedBackupsFile?: string;
  /** Where the team server settings are kept (default: `team.json` beside the backups folder). */
  teamFile?: string;
  /** How the team password is kept at rest: the system's protection in the app; none when absent. */
  keyProtection?: KeyProtection;
  /** How the team server is reached: Electron's net.fetch in the app; `globalThis.fetch` by default. */
  fetch?: FetchLike;
  /** How long team server calls may wait (tests shorten them). */
  teamTimeouts?: TeamTimeouts;
  /** Hears `listener` out each time the window closes: team calls it made (a wait for changes) then stop. */
  whenWindowCloses?(listener: () => void): void;
  /** Where evidence files are kept (default: `evidence` beside the backups folder). */
  evidenceFolder?: string;
  /** Opens a kept evidence file in the system's viewer (shell.openPath): '' or what went wrong. */
  openPath?(filePath: string): Promise<string>;
}

/** No protection at all: the password is kept as it is, and Settings → Team says so. */
const NO_KEY_PROTECTION: KeyProtection = {
  available: false,
  protect: () => {
    throw new Error('No key protection on this system.');
  },
  unprotect: () => {
    throw new Error('No key protection on this system.');
  },
};

/** The handlers for every operation in the contract, sharing one record of the files saved this session. */
export function createHandlers(deps: HandlerDeps): OperationHandlers {
  const writeFile = deps.writeFile ?? writeFileAtomically;
  // Only files this session saved may be revealed: the renderer must not probe the disk through us.
  const savedThisSession = new Set<string>();
  const evidenceFolder = deps.evidenceFolder ?? path.join(path.dirname(deps.backupsFolder), 'evidence');
  const backups = createBackupFolder({
    evidenceFolder,
    folder: deps.backupsFolder,
    chooseBackupFile: deps.chooseBackupFile,
    writeFile,
    installationKey: deps.installationKey,
    ...(deps.checkedBackupsFile ? { checkedBackupsFile: deps.checkedBackupsFile } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });

  const anchors = createAuditAnchorStore({
    file: deps.auditAnchorFile ?? path.join(path.dirname(deps.backupsFolder), 'audit-anchor.json'),
    writeFile,
    ...(deps.now ? { now: deps.now } : {}),
  });

  const team = createTeamConnection({
    file: deps.teamFile ?? path.join(path.dirname(deps.backupsFolder), TEAM_FILE),
    protection: deps.keyProtection ?? NO_KEY_PROTECTION,
    fetch: deps.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    writeFile,
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.teamTimeouts ? { timeouts: deps.teamTimeouts } : {}),
  });
  deps.whenWindowCloses?.(() => team.stopCalls());

  const evidence = createEvidenceFolder({
    folder: evidenceFolder,
    openPath: deps.openPath ?? (async () => 'This computer has no viewer for it.'),
    writeFile,
  });
  const teamEvidence = createTeamEvidence(team, evidence);

  /**
   * Asks where to save (proposing a safe name) and writes there; records the path for showInFolder. The
   * dialog asked about replacing the name it returned, not the one with the extension added: that one is
   * asked about here.
   */
  async function saveChosen(suggestedName: string, kind: FileKind, bytes: Uint8Array) {
    const target = await chooseTarget(suggestedName, kind);
    if (target === null) return { status: 'cancelled' as const };
    await writeFile(target, bytes);
    savedThisSession.add(target);
    return { status: 'saved' as const, path: target };
  }

  /** Where the officer chooses to save (with the extension, a replacement confirmed); null if cancelled. */
  async function chooseTarget(suggestedName: string, kind: FileKind): Promise<string | null> {
    const chosen = await deps.chooseSavePath(safeFileName(suggestedName, kind), kind);
    if (chosen === null) return null;
    if (!path.isAbsolute(chosen)) {
      throw new UserFacingError(
        `Could not save the file: "${chosen}" is not a full path. Choose a folder again.`,
      );
    }
    const normalised = path.normalize(chosen);
    const target = withExtension(normalised, kind);
    if (target !== normalised && (await exists(target))) {
      if (!deps.confirmReplace) {
        throw new UserFacingError(
          `Could not save the file: "${path.basename(target)}" already exists there. Save again and choose another name.`,
        );
      }
      if (!(await deps.confirmReplace(target))) return null;
    }
    return target;
  }

  // Streamed backups: into the backups folder, or (an export) beside the file the officer chose, renamed
  // over it only once complete and sealed.
  const sessions = createBackupSessions({
    evidenceFolder,
    key: deps.installationKey,
    now: deps.now ?? (() => new Date()),
    target: async ({ reason, suggestedName }) => {
      if ((reason === 'export') !== (suggestedName !== undefined)) {
        throw new UserFacingError('Only an export is saved where you choose, and it needs a file name.');
      }
      if (suggestedName === undefined) return backups.sessionTarget();
      const target = await chooseTarget(suggestedName, 'json');
      if (target === null) return null;
      return {
        temporary: temporaryPathFor(target),
        keep: async (temporary) => {
          await renameIntoPlace(temporary, target);
          savedThisSession.add(target);
          return { status: 'saved', path: target };
        },
      };
    },
  });

  return {
    // Whoever answers through this bridge is the desktop host (or the test bridge standing in for it).
    getAppInfo: async () => ({
      ...deps.appInfo,
      isElectron: true,
      backupSeal: [keyProtectionWords(deps.installationKey), deps.installationKey.replaced]
        .filter(Boolean)
        .join(' '),
    }),

    saveFile: ({ suggestedName, kind, bytes }) => saveChosen(suggestedName, kind, bytes),

    showInFolder: async ({ path: filePath }) => {
      const target = path.isAbsolute(filePath) ? path.normalize(filePath) : null;
      if (target === null || !savedThisSession.has(target)) {
        throw new UserFacingError(
          'DSH Desk can only show files it has saved since it was started. Save the file again.',
        );
      }
      await deps.showItemInFolder(target);
      return { ok: true };
    },

    openExternal: async ({ url }) => {
      const link = externalLinkFor(url);
      if (link === null) {
        throw new UserFacingError('Only e-mail links (mailto:) can be opened outside DSH Desk.');
      }
      await deps.openMailLink(link);
      return { ok: true };
    },

    listBackups: () => backups.list(),
    setBackupSettings: (settings) => backups.saveSettings(settings),
    readAuditAnchors: () => anchors.read(),
    recordAuditAnchor: (request) => anchors.record(request),
    readMainLog: async () => ({ text: deps.readMainLog?.() ?? '' }),
    teamConnection: () => team.connection(),
    teamSignIn: (request) => team.signIn(request),
    teamLeave: () => team.leave(),
    teamPush: (request) => team.push(request),
    teamChanges: (request) => team.changes(request),
    teamGetDoc: (request) => team.getDoc(request),
    noteUnsavedForms: async (request) => {
      deps.noteUnsavedForms?.(request);
      return { ok: true };
    },
    teamAllocate: (request) => team.allocate(request),
    teamWaitForChanges: (request) => team.waitForChanges(request),
    beginBackup: (request) => sessions.begin(request),
    writeBackupChunk: (request) => sessions.chunk(request),
    commitBackup: ({ sessionId }) => sessions.commit(sessionId),
    abortBackup: async ({ sessionId }) => {
      await sessions.abort(sessionId);
      return { ok: true };
    },
    openBackupReader: (request) => backups.openReader(request),
    readBackupSlice: async ({ readerId, offset }) => ({ bytes: await backups.readSlice(readerId, offset) }),
    closeBackupReader: async ({ readerId }) => {
      await backups.closeReader(readerId);
      return { ok: true };
    },
    storeEvidenceFile: (request) => evidence.store(request),
    openEvidenceFile: async (request) => {
      await evidence.open(request);
      return { ok: true };
    },
    readEvidenceFile: async (request) => ({ bytes: await evidence.read(request) }),
    restoreEvidenceFiles: (request) => backups.restoreEvidence(request),
    removeUnusedEvidence: async ({ referenced, cancelled }) => ({
      removed: await removeUnusedEvidence(evidenceFolder, {
        referenced: new Set(referenced),
        // A backup being written will read these files at its end: they stay until it is done.
        inUse: sessions.evidenceInUse(),
        cancelled,
        storedLately: evidence.storedWithin(EVIDENCE_GRACE_MS),
        now: (deps.now ?? (() => new Date()))(),
      }),
    }),
    teamUploadEvidence: (request) => teamEvidence.upload(request),
    teamFetchEvidence: (request) => teamEvidence.fetch(request),
  };
}

/** Whether anything (a file, a folder, a link) is at `filePath`. */
async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch {
    return false;
  }
}
