/** The host backed by `window.dsh`, the preload's bridge to the main process. */
import type { DshBridge } from '../../shared/contract/bridge';
import type { Host } from './host';

/** Wraps the bridge without widening it: one method per operation, nothing else. */
export function createElectronHost(bridge: DshBridge): Host {
  return {
    kind: 'electron',
    getAppInfo: () => bridge.getAppInfo(),
    saveFile: (request) => bridge.saveFile(request),
    showInFolder: (request) => bridge.showInFolder(request),
    openExternal: (request) => bridge.openExternal(request),
    listBackups: () => bridge.listBackups(),
    setBackupSettings: (settings) => bridge.setBackupSettings(settings),
    readAuditAnchors: () => bridge.readAuditAnchors(),
    recordAuditAnchor: (request) => bridge.recordAuditAnchor(request),
    readMainLog: () => bridge.readMainLog(),
    teamConnection: () => bridge.teamConnection(),
    teamSignIn: (request) => bridge.teamSignIn(request),
    teamLeave: () => bridge.teamLeave(),
    teamPush: (request) => bridge.teamPush(request),
    teamChanges: (request) => bridge.teamChanges(request),
    teamGetDoc: (request) => bridge.teamGetDoc(request),
    noteUnsavedForms: (request) => bridge.noteUnsavedForms(request),
    teamAllocate: (request) => bridge.teamAllocate(request),
    teamWaitForChanges: (request) => bridge.teamWaitForChanges(request),
    beginBackup: (request) => bridge.beginBackup(request),
    writeBackupChunk: (request) => bridge.writeBackupChunk(request),
    commitBackup: (request) => bridge.commitBackup(request),
    abortBackup: (request) => bridge.abortBackup(request),
    openBackupReader: (request) => bridge.openBackupReader(request),
    readBackupSlice: (request) => bridge.readBackupSlice(request),
    closeBackupReader: (request) => bridge.closeBackupReader(request),
    storeEvidenceFile: (request) => bridge.storeEvidenceFile(request),
    openEvidenceFile: (request) => bridge.openEvidenceFile(request),
    readEvidenceFile: (request) => bridge.readEvidenceFile(request),
    restoreEvidenceFiles: (request) => bridge.restoreEvidenceFiles(request),
    removeUnusedEvidence: (request) => bridge.removeUnusedEvidence(request),
    teamUploadEvidence: (request) => bridge.teamUploadEvidence(request),
    teamFetchEvidence: (request) => bridge.teamFetchEvidence(request),
  };
}
