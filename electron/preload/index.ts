/**
 * The preload: the only code in the page that can reach the main process. It exposes `window.dsh`, one named
 * method per contract operation, and never `ipcRenderer` or a generic invoke, so the page can ask for exactly
 * these things and nothing else. It is bundled into one CommonJS file whose only require is `electron`,
 * as a sandboxed preload must be; that is why it imports the zod-free channels module, not the schemas.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DshBridge } from '../../shared/contract/bridge';
import { BRIDGE_GLOBAL, CHANNELS, plainBridgeMessage } from '../../shared/contract/channels';

/** Calls one channel; a refusal from main comes back as an Error carrying only its plain-English message. */
async function call<T>(channel: (typeof CHANNELS)[keyof typeof CHANNELS], input?: unknown): Promise<T> {
  try {
    return (await (input === undefined
      ? ipcRenderer.invoke(channel)
      : ipcRenderer.invoke(channel, input))) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(plainBridgeMessage(message) ?? message, { cause: error });
  }
}

/** `window.dsh`: what the renderer may ask of the desktop host. */
const bridge = {
  getAppInfo: () => call(CHANNELS.getAppInfo),
  saveFile: (input) => call(CHANNELS.saveFile, input),
  showInFolder: (input) => call(CHANNELS.showInFolder, input),
  openExternal: (input) => call(CHANNELS.openExternal, input),
  listBackups: () => call(CHANNELS.listBackups),
  setBackupSettings: (input) => call(CHANNELS.setBackupSettings, input),
  readAuditAnchors: () => call(CHANNELS.readAuditAnchors),
  recordAuditAnchor: (input) => call(CHANNELS.recordAuditAnchor, input),
  readMainLog: () => call(CHANNELS.readMainLog),
  teamConnection: () => call(CHANNELS.teamConnection),
  teamSignIn: (input) => call(CHANNELS.teamSignIn, input),
  teamLeave: () => call(CHANNELS.teamLeave),
  teamPush: (input) => call(CHANNELS.teamPush, input),
  teamChanges: (input) => call(CHANNELS.teamChanges, input),
  teamGetDoc: (input) => call(CHANNELS.teamGetDoc, input),
  noteUnsavedForms: (input) => call(CHANNELS.noteUnsavedForms, input),
  teamAllocate: (input) => call(CHANNELS.teamAllocate, input),
  teamWaitForChanges: (input) => call(CHANNELS.teamWaitForChanges, input),
  beginBackup: (input) => call(CHANNELS.beginBackup, input),
  writeBackupChunk: (input) => call(CHANNELS.writeBackupChunk, input),
  commitBackup: (input) => call(CHANNELS.commitBackup, input),
  abortBackup: (input) => call(CHANNELS.abortBackup, input),
  openBackupReader: (input) => call(CHANNELS.openBackupReader, input),
  readBackupSlice: (input) => call(CHANNELS.readBackupSlice, input),
  closeBackupReader: (input) => call(CHANNELS.closeBackupReader, input),
  storeEvidenceFile: (input) => call(CHANNELS.storeEvidenceFile, input),
  openEvidenceFile: (input) => call(CHANNELS.openEvidenceFile, input),
  readEvidenceFile: (input) => call(CHANNELS.readEvidenceFile, input),
  restoreEvidenceFiles: (input) => call(CHANNELS.restoreEvidenceFiles, input),
  removeUnusedEvidence: (input) => call(CHANNELS.removeUnusedEvidence, input),
  teamUploadEvidence: (input) => call(CHANNELS.teamUploadEvidence, input),
  teamFetchEvidence: (input) => call(CHANNELS.teamFetchEvidence, input),
} satisfies DshBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
