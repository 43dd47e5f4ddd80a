/**
 * Registers the bridge with Electron's ipcMain: one `ipcMain.handle` per contract entry, each through
 * `runGuarded`, so no handler runs before its sender is checked and its payload parsed. This is the only
 * place that turns an IPC event into the plain facts the checks need.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { operations, type OperationName } from '../../shared/contract/bridge';
import type { SenderInfo, TrustedSender } from '../services/trusted-sender';
import { bridgeError, runGuarded, type OperationHandler, type OperationHandlers } from './guarded-call';

/** Who may call, decided at call time because the window is created after the handlers are registered. */
export type TrustProvider = () => TrustedSender;

/** The facts about the sending frame, read off the IPC event. */
export function senderInfoOf(event: IpcMainInvokeEvent): SenderInfo {
  // senderFrame is null once the frame has navigated or been destroyed; that sender is not trusted.
  const frame = event.senderFrame;
  return {
    frame: frame
      ? { origin: frame.origin, isMainFrame: frame === event.sender.mainFrame || frame.parent === null }
      : null,
    webContentsId: event.sender.id,
  };
}

/** Registers one operation's handler on its contract channel, behind the guard. */
export function registerOperation<N extends OperationName>(
  name: N,
  handler: OperationHandler<N>,
  trust: TrustProvider,
): void {
  ipcMain.handle(operations[name].channel, (event, input: unknown, ...extra: unknown[]) => {
    // The preload sends at most one argument; more means someone is calling the channel by hand.
    if (extra.length > 0) {
      throw bridgeError(name, 'The request had more than one argument.');
    }
    return runGuarded(name, handler, senderInfoOf(event), trust(), input);
  });
}

/** Registers every operation of the contract; a missing handler is a type error. */
export function registerOperations(handlers: OperationHandlers, trust: TrustProvider): void {
  for (const name of Object.keys(operations) as OperationName[]) {
    registerOperation(name, handlers[name] as OperationHandler<typeof name>, trust);
  }
}
