/**
 * The Playwright test bridge: `window.dsh` in a plain Chromium page, answered by the REAL main-process
 * handlers (electron/ipc/handlers.ts) through the SAME guard as the IPC wrapper (runGuarded: sender check,
 * forbidden keys, zod parse, output parse). Files are really written, atomically, into `saveDir`.
 *
 * API
 *   const bridge = await installTestBridge(page, { saveDir, dataFolder });   // before page.goto()
 *   await page.goto('/');                                                   // window.dsh now exists
 *   bridge.saveDialogs     // [{ name, kind }] — the safe name proposed to the "save dialog", per saveFile
 *   bridge.savedFiles      // absolute paths written (read them back with fs to check the bytes)
 *   bridge.shownInFolder   // paths passed to showInFolder that were allowed
 *   bridge.openedExternal  // URLs that openExternal allowed (normalised, e.g. "mailto:a@b.org")
 *   bridge.backupsDir      // the backups folder the real backup handlers write into
 *   bridge.openedEvidence  // the viewing copies of evidence files handed to the "system viewer"
 *   bridge.evidenceDir     // the evidence folder the real evidence handlers keep files in
 *
 * Options
 *   saveDir           folder the "save dialog" answers with: path.join(saveDir, proposedSafeName)
 *   dataFolder        what getAppInfo reports as the data folder
 *   answerSaveDialog  optional (name, kind) => absolute path | null; null plays "the user cancelled"
 *   origin            the page origin trusted like app://dsh-desk is in Electron (default TEST_BRIDGE_ORIGIN)
 *   backupsDir        the backups folder (default: a new temporary folder, removed when the page closes)
 *   answerOpenDialog  optional () => absolute path | null: the "Restore from a file" dialog's answer
 *   now               optional clock that names backups
 *   installationKey   optional installation key (default: a new one, in a temporary data folder, protected by
 *                     the fake in fake-key-protection.ts); pass another page's to play the same installation
 *   teamFile          optional team.json (default: in this page's own temporary data folder, so two pages are
 *                     two workstations); the password in it is protected by the same fake. Team calls use
 *                     Node's real fetch, so pages can sign in to a pouchdb-server on 127.0.0.1
 *
 * As in Electron, only the page's main frame on `origin` is answered; refusals reject with an Error whose
 * message is the plain-English text (e.g. "saveFile: kind: This field is required."). Payloads and results
 * cross as JSON text with bytes in base64: exposeBinding cannot be relied on to carry a Uint8Array, and its
 * own serialiser would turn an own "__proto__" key into a prototype, hiding it from the guard that must
 * refuse it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { E2E_ORIGIN } from './chromium';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  BRIDGE_ERROR_PREFIX,
  BRIDGE_GLOBAL,
  operations,
  type OperationName,
} from '../../shared/contract/bridge';
import type { FileKind, UnsavedForms } from '../../shared/contract/payloads';
import { bridgeError, runGuarded, type OperationHandler } from '../../electron/ipc/guarded-call';
import { createHandlers } from '../../electron/ipc/handlers';
import { spellingPlanFor } from '../../electron/services/spelling';
import type { InstallationKey } from '../../electron/services/installation-key';
import { FAKE_KEY_PROTECTION, testInstallationKey } from './fake-key-protection';
import { TEAM_FILE } from '../../electron/services/team-settings';
import type { SenderInfo, TrustedSender } from '../../electron/services/trusted-sender';

/** The origin `vite preview` serves the renderer from in the web Playwright project. */
export const TEST_BRIDGE_ORIGIN = E2E_ORIGIN;
/** Prefix of the page-side bindings, one per operation (`__dshTestBridge_saveFile`). */
export const BINDING_PREFIX = '__dshTestBridge_';
/** The key marking base64-encoded bytes in a payload on its way from the page. */
export const BYTES_KEY = '__dshBytes';

/** Options of `installTestBridge`. */
export interface TestBridgeOptions {
  saveDir: string;
  dataFolder: string;
  answerSaveDialog?: (proposedName: string, kind: FileKind) => string | null;
  origin?: string;
  backupsDir?: string;
  answerOpenDialog?: () => string | null;
  now?: () => Date;
  /** Where the audit log's anchor is kept (default: in a new temporary folder). */
  auditAnchorFile?: string;
  /** What the main-process log holds, as the desktop app's log file would. */
  mainLog?: string;
  installationKey?: InstallationKey;
  /** Where this page's team server settings are kept (default: its own temporary data folder). */
  teamFile?: string;
}

/** What the bridge did, for the test to assert on; arrays fill in as the page calls. */
export interface TestBridgeRecord {
  saveDialogs: Array<{ name: string; kind: FileKind }>;
  savedFiles: string[];
  shownInFolder: string[];
  openedExternal: string[];
  /** What the page said is unsaved, each time it changed (the close dialog names these forms). */
  unsavedForms: UnsavedForms[];
  backupsDir: string;
  /** The installation key the handlers seal with. */
  installationKey: InstallationKey;
  /** This page's team.json (the same path again plays the same workstation after a restart). */
  teamFile: string;
  /** Files handed to the system viewer by openEvidenceFile (viewing copies named by SHA-256). */
  openedEvidence: string[];
  /** Where this page's evidence files are kept. */
  evidenceDir: string;
}

/** Our stand-in ids: the page under test is "our window"; any other page is not. */
const OUR_PAGE = 1;
const OTHER_PAGE = 2;

/** Installs `window.dsh` in `page`, backed by the real handlers; returns the record of what it did. */
export async function installTestBridge(page: Page, options: TestBridgeOptions): Promise<TestBridgeRecord> {
  const backupsDir = options.backupsDir ?? temporaryFolder(page, 'dsh-test-backups-');
  // This page's own data folder, as each workstation has its own.
  const pageData = temporaryFolder(page, 'dsh-test-data-');
  const installationKey = options.installationKey ?? (await testInstallationKey(pageData));
  const teamFile = options.teamFile ?? path.join(pageData, TEAM_FILE);
  const record: TestBridgeRecord = {
    saveDialogs: [],
    savedFiles: [],
    shownInFolder: [],
    openedExternal: [],
    unsavedForms: [],
    backupsDir,
    installationKey,
    teamFile,
    openedEvidence: [],
    evidenceDir: path.join(pageData, 'evidence'),
  };
  const handlers = createHandlers({
    appInfo: {
      name: 'DSH Desk',
      version: '0.0.0-test',
      platform: process.platform,
      osUserName: os.userInfo().username,
      dataFolder: options.dataFolder,
      // What the desktop app says about spelling on this platform, from the same module main uses.
      spelling: spellingPlanFor(process.platform).description,
    },
    chooseSavePath: async (name, kind) => {
      record.saveDialogs.push({ name, kind });
      return options.answerSaveDialog
        ? options.answerSaveDialog(name, kind)
        : path.join(options.saveDir, name);
    },
    showItemInFolder: (filePath) => void record.shownInFolder.push(filePath),
    openMailLink: async (url) => void record.openedExternal.push(url),
    backupsFolder: backupsDir,
    auditAnchorFile: options.auditAnchorFile ?? path.join(pageData, 'audit-anchor.json'),
    chooseBackupFile: async () => options.answerOpenDialog?.() ?? null,
    readMainLog: () => options.mainLog ?? '',
    noteUnsavedForms: (forms) => void record.unsavedForms.push(forms),
    installationKey,
    teamFile,
    keyProtection: FAKE_KEY_PROTECTION,
    fetch: (url, init) => fetch(url, init),
    evidenceFolder: record.evidenceDir,
    openPath: async (filePath) => {
      record.openedEvidence.push(filePath);
      return '';
    },
    ...(options.now ? { now: options.now } : {}),
  });
  const trusted: TrustedSender = { webContentsId: OUR_PAGE, origin: options.origin ?? TEST_BRIDGE_ORIGIN };
  const names = Object.keys(operations) as OperationName[];

  for (const name of names) {
    await page.exposeBinding(`${BINDING_PREFIX}${name}`, async (source, ...args: unknown[]) => {
      const sender: SenderInfo = {
        frame: {
          origin: originOf(source.frame.url()),
          isMainFrame: source.frame === source.page.mainFrame(),
        },
        webContentsId: source.page === page ? OUR_PAGE : OTHER_PAGE,
      };
      if (args.length > 1) throw bridgeError(name, 'The request had more than one argument.');
      const input = decodePayload(name, args[0]);
      const result = await runGuarded(
        name,
        handlers[name] as OperationHandler<typeof name>,
        sender,
        trusted,
        input,
      );
      const saves = name === 'saveFile';
      if (saves && (result as { status: string }).status === 'saved') {
        record.savedFiles.push((result as { path: string }).path);
      }
      return encodeResult(result);
    });
  }

  const noInput = names.filter((name) => operations[name].input.safeParse(undefined).success);
  await page.addInitScript(defineBridgeInPage, {
    names,
    noInput,
    bindingPrefix: BINDING_PREFIX,
    errorPrefix: BRIDGE_ERROR_PREFIX,
    bytesKey: BYTES_KEY,
    global: BRIDGE_GLOBAL,
  });
  return record;
}

/** A temporary folder of this page's own, removed when the page closes. */
function temporaryFolder(page: Page, prefix: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  page.once?.('close', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** The result as JSON text, bytes as `{ [BYTES_KEY]: base64 }` (the page's bridge turns them back). */
export function encodeResult(result: unknown): string {
  return JSON.stringify(result, function (this: Record<string, unknown>, key, value: unknown) {
    // Read the original: JSON.stringify has already turned a Buffer into { type, data } by now.
    const original = key === '' ? value : this[key];
    if (!(original instanceof Uint8Array)) return value;
    return {
      [BYTES_KEY]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64'),
    };
  });
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

/** Parses the JSON text the page sent, turning `{ [BYTES_KEY]: base64 }` back into a Uint8Array. */
export function decodePayload(name: OperationName, text: unknown): unknown {
  if (text === undefined) return undefined;
  if (typeof text !== 'string') throw bridgeError(name, 'The request was not sent through window.dsh.');
  try {
    // JSON.parse keeps a "__proto__" key as an own key, so the guard sees and refuses it.
    return JSON.parse(text, reviveBytes);
  } catch {
    throw bridgeError(name, 'The request was not valid JSON.');
  }
}

function reviveBytes(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const encoded = (value as Record<string, unknown>)[BYTES_KEY];
  if (keys.length !== 1 || keys[0] !== BYTES_KEY || typeof encoded !== 'string') return value;
  const buffer = Buffer.from(encoded, 'base64');
  // A plain Uint8Array, not a Buffer, exactly as structured clone delivers it in Electron.
  return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
}

/** Settings the init script needs; passed as JSON because the script runs in the page. */
export interface PageBridgeSettings {
  names: string[];
  noInput: string[];
  bindingPrefix: string;
  errorPrefix: string;
  bytesKey: string;
  global: string;
}

/**
 * Runs in the page (serialised by addInitScript, so it may use nothing from this module): defines the
 * bridge global with one method per operation, mirroring electron/preload/index.ts.
 */
export function defineBridgeInPage(settings: PageBridgeSettings): void {
  const page = globalThis as unknown as Record<string, unknown>;
  // Bytes as base64 in the JSON text; everything else as JSON would carry it.
  const encode = (value: unknown): string | undefined =>
    value === undefined
      ? undefined
      : JSON.stringify(value, (_key, item: unknown) => {
          if (!(item instanceof Uint8Array)) return item;
          let binary = '';
          for (let i = 0; i < item.length; i += 0x8000)
            binary += String.fromCharCode(...item.subarray(i, i + 0x8000));
          return { [settings.bytesKey]: btoa(binary) };
        });
  // Results come back as JSON text with bytes in base64, the mirror of `encode`.
  const decode = (text: unknown): unknown =>
    typeof text !== 'string'
      ? text
      : JSON.parse(text, (_key, item: unknown) => {
          if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
          const encoded = (item as Record<string, unknown>)[settings.bytesKey];
          if (Object.keys(item).length !== 1 || typeof encoded !== 'string') return item;
          const binary = atob(encoded);
          const bytes = new Uint8Array(binary.length);
          for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
          return bytes;
        });
  const call = async (name: string, args: unknown[]): Promise<unknown> => {
    const binding = page[`${settings.bindingPrefix}${name}`] as (...a: unknown[]) => Promise<unknown>;
    try {
      return decode(await binding(...args.map(encode)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = message.indexOf(settings.errorPrefix);
      throw new Error(at === -1 ? message : message.slice(at + settings.errorPrefix.length).trim(), {
        cause: error,
      });
    }
  };
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of settings.names) {
    bridge[name] = settings.noInput.includes(name)
      ? () => call(name, [])
      : (input: unknown) => call(name, [input]);
  }
  Object.defineProperty(page, settings.global, { value: Object.freeze(bridge), enumerable: true });
}
