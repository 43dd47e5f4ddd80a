/**
 * The host used when there is no Electron (`npm run start:web`, browser tests without the test bridge):
 * saving a file downloads it, only `mailto:` links are opened, and backups are downloaded (browser-backup-stream.ts).
 */
import { mailtoLinkFor } from '../../shared/contract/mailto-link';
import { FILE_KINDS } from '../../shared/contract/payloads';
import { createBrowserAnchors } from './browser-anchors';
import { createBrowserBackupStream } from './browser-backup-stream';
import { BROWSER_SEAL_WORDS, createBrowserBackups } from './browser-backups';
import { createBrowserEvidence } from './browser-evidence';
import { createBrowserTeam } from './browser-team';
import type { Host } from './host';

declare const __APP_VERSION__: string;

function download(name: string, bytes: Uint8Array, type: string): void {
  downloadBlob(name, new Blob([bytes as BlobPart], { type }));
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the download a moment to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const MIME_TYPES: Record<keyof typeof FILE_KINDS, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  json: 'application/json',
  zip: 'application/zip',
};

/** A host for a plain browser tab. */
export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    getAppInfo: async () => ({
      name: 'DSH Desk',
      version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'development',
      platform: `browser (${navigator.userAgent.includes('Windows') ? 'Windows' : navigator.platform || 'unknown'})`,
      osUserName: 'not known in a browser',
      dataFolder: `this browser's storage for ${location.origin}`,
      isElectron: false,
      backupSeal: BROWSER_SEAL_WORDS,
    }),
    saveFile: async ({ suggestedName, kind, bytes }) => {
      const extension = `.${FILE_KINDS[kind].extension}`;
      const name = suggestedName.toLowerCase().endsWith(extension)
        ? suggestedName
        : suggestedName + extension;
      download(name, bytes, MIME_TYPES[kind]);
      return { status: 'saved', path: `your Downloads folder (${name})` };
    },
    showInFolder: async () => ({ ok: true }),
    // A browser tab has no main process, so no main-process log.
    readMainLog: async () => ({ text: '' }),
    openExternal: async ({ url }) => {
      // The same rule as the desktop app's main process: mailto: only, with subject, body, cc and bcc.
      const link = mailtoLinkFor(url);
      if (link === null) throw new Error('Only e-mail (mailto:) links can be opened from DSH Desk.');
      const anchor = document.createElement('a');
      anchor.href = link;
      anchor.click();
      return { ok: true };
    },
    ...createBrowserBackups(),
    ...createBrowserAnchors(window.localStorage),
    ...createBrowserTeam(),
    // A tab's own beforeunload prompt is the browser's: nothing to tell.
    noteUnsavedForms: async () => ({ ok: true }),
    ...createBrowserBackupStream(downloadBlob),
    ...createBrowserEvidence(),
  };
}
