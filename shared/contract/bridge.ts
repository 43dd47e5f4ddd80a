/**
 * The one contract between the renderer and the main process: every operation, its IPC channel and the
 * schemas of what goes in and comes out. The preload exposes one method per entry (`satisfies DshBridge`);
 * main registers one handler per entry through a wrapper that checks the sender and parses `input`.
 */
import type { z } from 'zod';
import {
  AppInfoSchema,
  NoPayloadSchema,
  OkSchema,
  OpenExternalRequestSchema,
  SaveFileRequestSchema,
  SaveFileResultSchema,
  ShowInFolderRequestSchema,
} from './payloads';

export const operations = {
  getAppInfo: { channel: 'dsh:get-app-info', input: NoPayloadSchema, output: AppInfoSchema },
  saveFile: { channel: 'dsh:save-file', input: SaveFileRequestSchema, output: SaveFileResultSchema },
  showInFolder: { channel: 'dsh:show-in-folder', input: ShowInFolderRequestSchema, output: OkSchema },
  openExternal: { channel: 'dsh:open-external', input: OpenExternalRequestSchema, output: OkSchema },
} as const;

/** The name of one bridge operation. */
export type OperationName = keyof typeof operations;
type Op<N extends OperationName> = (typeof operations)[N];
/** What the renderer passes to an operation. */
export type OperationInput<N extends OperationName> = z.input<Op<N>['input']>;
/** What an operation resolves to. */
export type OperationOutput<N extends OperationName> = z.output<Op<N>['output']>;

/** `window.dsh`: one named, typed method per operation; operations without input take no argument. */
export type DshBridge = {
  [N in OperationName]: OperationInput<N> extends undefined
    ? () => Promise<OperationOutput<N>>
    : (input: OperationInput<N>) => Promise<OperationOutput<N>>;
};

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'dsh' as const;

/** The fixed origin the UI is served from; IndexedDB is keyed by it, so it must never change. */
export const APP_SCHEME = 'app' as const;
export const APP_HOST = 'dsh-desk' as const;
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}` as const;

/** Errors the main process returns to the renderer carry this prefix and a plain-English message. */
export const BRIDGE_ERROR_PREFIX = 'DSH_BRIDGE_ERROR:' as const;
