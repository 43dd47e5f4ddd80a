/**
 * The names both processes must agree on: IPC channels, the bridge's global name, the app's fixed origin and
 * the error prefix. No schemas here, so the sandboxed preload can import this without bundling zod.
 */

/** One IPC channel per bridge operation. */
export const CHANNELS = {
  getAppInfo: 'dsh:get-app-info',
  saveFile: 'dsh:save-file',
  showInFolder: 'dsh:show-in-folder',
  openExternal: 'dsh:open-external',
  listBackups: 'dsh:list-backups',
  setBackupSettings: 'dsh:set-backup-settings',
  readAuditAnchors: 'dsh:read-audit-anchors',
  recordAuditAnchor: 'dsh:record-audit-anchor',
  readMainLog: 'dsh:read-main-log',
  teamConnection: 'dsh:team-connection',
  teamSignIn: 'dsh:team-sign-in',
  teamLeave: 'dsh:team-leave',
  teamPush: 'dsh:team-push',
  teamChanges: 'dsh:team-changes',
  teamGetDoc: 'dsh:team-get-doc',
  noteUnsavedForms: 'dsh:note-unsaved-forms',
  teamAllocate: 'dsh:team-allocate',
  teamWaitForChanges: 'dsh:team-wait-for-changes',
  beginBackup: 'dsh:begin-backup',
  writeBackupChunk: 'dsh:write-backup-chunk',
  commitBackup: 'dsh:commit-backup',
  abortBackup: 'dsh:abort-backup',
  openBackupReader: 'dsh:open-backup-reader',
  readBackupSlice: 'dsh:read-backup-slice',
  closeBackupReader: 'dsh:close-backup-reader',
  storeEvidenceFile: 'dsh:store-evidence-file',
  openEvidenceFile: 'dsh:open-evidence-file',
  readEvidenceFile: 'dsh:read-evidence-file',
  restoreEvidenceFiles: 'dsh:restore-evidence-files',
  removeUnusedEvidence: 'dsh:remove-unused-evidence',
  teamUploadEvidence: 'dsh:team-upload-evidence',
  teamFetchEvidence: 'dsh:team-fetch-evidence',
} as const;

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'dsh' as const;

/** The fixed origin the UI is served from; IndexedDB is keyed by it, so it must never change. */
export const APP_SCHEME = 'app' as const;
export const APP_HOST = 'dsh-desk' as const;
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}` as const;

/** Errors the main process returns to the renderer carry this prefix and a plain-English message. */
export const BRIDGE_ERROR_PREFIX = 'DSH_BRIDGE_ERROR:' as const;

/**
 * The plain-English part of a bridge error message, or null when the message is not a bridge error.
 * Electron wraps a rejected handler as "Error invoking remote method '…': Error: <our message>", so the
 * prefix can sit anywhere in the text.
 */
export function plainBridgeMessage(message: string): string | null {
  const at = message.indexOf(BRIDGE_ERROR_PREFIX);
  return at === -1 ? null : message.slice(at + BRIDGE_ERROR_PREFIX.length).trim();
}
