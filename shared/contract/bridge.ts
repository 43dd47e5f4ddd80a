/**
 * The one contract between the renderer and the main process: every operation, its IPC channel and the
 * schemas of what goes in and comes out. The preload exposes one method per entry (`satisfies DshBridge`);
 * main registers one handler per entry through a wrapper that checks the sender and parses `input`.
 */
import type { z } from 'zod';
import { CHANNELS } from './channels';
import {
  AppInfoSchema,
  MainLogSchema,
  NoPayloadSchema,
  OkSchema,
  OpenExternalRequestSchema,
  SaveFileRequestSchema,
  SaveFileResultSchema,
  ShowInFolderRequestSchema,
  UnsavedFormsSchema,
} from './payloads';
import { BackupListSchema, BackupSettingsSchema } from './backup-payloads';
import {
  BackupChunkRequestSchema,
  BackupChunkResultSchema,
  BackupSessionRequestSchema,
  BeginBackupRequestSchema,
  BeginBackupResultSchema,
  CloseBackupReaderRequestSchema,
  CommitBackupResultSchema,
  OpenBackupReaderRequestSchema,
  OpenBackupReaderResultSchema,
  ReadBackupSliceRequestSchema,
  ReadBackupSliceResultSchema,
  RestoreEvidenceRequestSchema,
  RestoreEvidenceResultSchema,
} from './backup-stream';
import { AuditAnchorsSchema, RecordAuditAnchorSchema } from '../audit/head';
import {
  TeamChangesRequestSchema,
  TeamChangesResultSchema,
  TeamConnectionResultSchema,
  TeamGetDocRequestSchema,
  TeamGetDocResultSchema,
  TeamPushRequestSchema,
  TeamPushResultSchema,
  TeamSignInSchema,
  TeamAllocateRequestSchema,
  TeamAllocateResultSchema,
  TeamWaitRequestSchema,
  TeamWaitResultSchema,
} from './team-payloads';
import {
  EvidenceBytesSchema,
  EvidenceFileRequestSchema,
  RemoveUnusedEvidenceRequestSchema,
  RemoveUnusedEvidenceResultSchema,
  StoreEvidenceRequestSchema,
  StoreEvidenceResultSchema,
} from './evidence-payloads';
import {
  TeamFetchEvidenceRequestSchema,
  TeamFetchEvidenceResultSchema,
  TeamUploadEvidenceRequestSchema,
  TeamUploadEvidenceResultSchema,
} from './team-evidence-payloads';

export const operations = {
  getAppInfo: { channel: CHANNELS.getAppInfo, input: NoPayloadSchema, output: AppInfoSchema },
  saveFile: { channel: CHANNELS.saveFile, input: SaveFileRequestSchema, output: SaveFileResultSchema },
  showInFolder: { channel: CHANNELS.showInFolder, input: ShowInFolderRequestSchema, output: OkSchema },
  openExternal: { channel: CHANNELS.openExternal, input: OpenExternalRequestSchema, output: OkSchema },
  // Backups: main owns the backups folder; the renderer exports, checks and restores the database.
  listBackups: { channel: CHANNELS.listBackups, input: NoPayloadSchema, output: BackupListSchema },
  setBackupSettings: {
    channel: CHANNELS.setBackupSettings,
    input: BackupSettingsSchema,
    output: BackupSettingsSchema,
  },
  // The audit log's head, kept where the database cannot rewrite it (see shared/audit/head.ts).
  readAuditAnchors: {
    channel: CHANNELS.readAuditAnchors,
    input: NoPayloadSchema,
    output: AuditAnchorsSchema.nullable(),
  },
  recordAuditAnchor: {
    channel: CHANNELS.recordAuditAnchor,
    input: RecordAuditAnchorSchema,
    output: AuditAnchorsSchema,
  },
  // Diagnostics: the main process's recent log, which the page cannot read from disk itself.
  readMainLog: { channel: CHANNELS.readMainLog, input: NoPayloadSchema, output: MainLogSchema },
  // Main seals the export with this installation's key, then saves it where the officer chooses.
  // Team sync (team-payloads.ts): main holds the server connection and the password; the page never does.
  teamConnection: {
    channel: CHANNELS.teamConnection,
    input: NoPayloadSchema,
    output: TeamConnectionResultSchema,
  },
  teamSignIn: { channel: CHANNELS.teamSignIn, input: TeamSignInSchema, output: TeamConnectionResultSchema },
  teamLeave: { channel: CHANNELS.teamLeave, input: NoPayloadSchema, output: OkSchema },
  teamPush: { channel: CHANNELS.teamPush, input: TeamPushRequestSchema, output: TeamPushResultSchema },
  teamChanges: {
    channel: CHANNELS.teamChanges,
    input: TeamChangesRequestSchema,
    output: TeamChangesResultSchema,
  },
  teamGetDoc: {
    channel: CHANNELS.teamGetDoc,
    input: TeamGetDocRequestSchema,
    output: TeamGetDocResultSchema,
  },
  // Which forms are unsaved, so that closing the window can name them ("Leave without saving?").
  noteUnsavedForms: { channel: CHANNELS.noteUnsavedForms, input: UnsavedFormsSchema, output: OkSchema },
  // Team-wide numbers: main takes the next one from the server's counter (compare-and-set).
  teamAllocate: {
    channel: CHANNELS.teamAllocate,
    input: TeamAllocateRequestSchema,
    output: TeamAllocateResultSchema,
  },
  // Held open until the server has a change (or a bounded wait ends), so changes are pulled as they happen.
  teamWaitForChanges: {
    channel: CHANNELS.teamWaitForChanges,
    input: TeamWaitRequestSchema,
    output: TeamWaitResultSchema,
  },
  // Backups streamed in bounded chunks (backup-stream.ts): a session main writes and seals, a reader it serves.
  beginBackup: {
    channel: CHANNELS.beginBackup,
    input: BeginBackupRequestSchema,
    output: BeginBackupResultSchema,
  },
  writeBackupChunk: {
    channel: CHANNELS.writeBackupChunk,
    input: BackupChunkRequestSchema,
    output: BackupChunkResultSchema,
  },
  commitBackup: {
    channel: CHANNELS.commitBackup,
    input: BackupSessionRequestSchema,
    output: CommitBackupResultSchema,
  },
  abortBackup: { channel: CHANNELS.abortBackup, input: BackupSessionRequestSchema, output: OkSchema },
  openBackupReader: {
    channel: CHANNELS.openBackupReader,
    input: OpenBackupReaderRequestSchema,
    output: OpenBackupReaderResultSchema,
  },
  readBackupSlice: {
    channel: CHANNELS.readBackupSlice,
    input: ReadBackupSliceRequestSchema,
    output: ReadBackupSliceResultSchema,
  },
  closeBackupReader: {
    channel: CHANNELS.closeBackupReader,
    input: CloseBackupReaderRequestSchema,
    output: OkSchema,
  },
  // Evidence files (evidence-payloads.ts): main checks and keeps them by SHA-256; the page never sees a path.
  storeEvidenceFile: {
    channel: CHANNELS.storeEvidenceFile,
    input: StoreEvidenceRequestSchema,
    output: StoreEvidenceResultSchema,
  },
  openEvidenceFile: {
    channel: CHANNELS.openEvidenceFile,
    input: EvidenceFileRequestSchema,
    output: OkSchema,
  },
  readEvidenceFile: {
    channel: CHANNELS.readEvidenceFile,
    input: EvidenceFileRequestSchema,
    output: EvidenceBytesSchema,
  },
  // After a restore: main puts back the evidence files the backup carries (backup-stream.ts).
  restoreEvidenceFiles: {
    channel: CHANNELS.restoreEvidenceFiles,
    input: RestoreEvidenceRequestSchema,
    output: RestoreEvidenceResultSchema,
  },
  // Evidence files no row names: a cancelled proposal's at once, the rest after a grace period (at start).
  removeUnusedEvidence: {
    channel: CHANNELS.removeUnusedEvidence,
    input: RemoveUnusedEvidenceRequestSchema,
    output: RemoveUnusedEvidenceResultSchema,
  },
  // Team sync of evidence files (team-evidence-payloads.ts): main moves the bytes between its evidence folder
  // and the team server itself; the page names the file and its document.
  teamUploadEvidence: {
    channel: CHANNELS.teamUploadEvidence,
    input: TeamUploadEvidenceRequestSchema,
    output: TeamUploadEvidenceResultSchema,
  },
  teamFetchEvidence: {
    channel: CHANNELS.teamFetchEvidence,
    input: TeamFetchEvidenceRequestSchema,
    output: TeamFetchEvidenceResultSchema,
  },
} as const;

/** The name of one bridge operation. */
export type OperationName = keyof typeof operations;
type Op<N extends OperationName> = (typeof operations)[N];
/** What the renderer passes to an operation. */
export type OperationInput<N extends OperationName> = z.input<Op<N>['input']>;
/** What the main-process handler receives once the input has been parsed. */
export type OperationRequest<N extends OperationName> = z.output<Op<N>['input']>;
/** What an operation resolves to. */
export type OperationOutput<N extends OperationName> = z.output<Op<N>['output']>;

/** `window.dsh`: one named, typed method per operation; operations without input take no argument. */
export type DshBridge = {
  [N in OperationName]: OperationInput<N> extends undefined
    ? () => Promise<OperationOutput<N>>
    : (input: OperationInput<N>) => Promise<OperationOutput<N>>;
};

// The names both processes agree on live in ./channels (no zod there, so the preload stays small).
export {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  BRIDGE_ERROR_PREFIX,
  BRIDGE_GLOBAL,
  CHANNELS,
  plainBridgeMessage,
} from './channels';
