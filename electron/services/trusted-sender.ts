/**
 * Who may call the bridge: only the main frame of our own window, showing our own origin. An iframe, a page
 * that navigated elsewhere, another window or a frame that has already gone away is refused. The facts are
 * plain data so the rule is tested without Electron; electron/ipc/register.ts reads them off the IPC event.
 */
import { APP_ORIGIN } from '../../shared/contract/channels';

/** What the main process knows about the frame that sent an IPC message. */
export interface SenderInfo {
  /** The sending frame, or null when Electron no longer has it (navigated away or destroyed). */
  frame: { origin: string; isMainFrame: boolean } | null;
  /** The id of the sending webContents. */
  webContentsId: number;
}

/** What a trusted sender must match. */
export interface TrustedSender {
  /** Our window's webContents id; undefined while no window exists, so nothing is trusted then. */
  webContentsId: number | undefined;
  /** The origin our page is served from. */
  origin: string;
}

/** The trust for the packaged app: our window, on app://dsh-desk. */
export function trustOurWindow(webContentsId: number | undefined): TrustedSender {
  return { webContentsId, origin: APP_ORIGIN };
}

/** Why the sender is not trusted, in plain English, or null when it is our window's main frame. */
export function untrustedSenderReason(sender: SenderInfo, trusted: TrustedSender): string | null {
  if (sender.frame === null) return 'the request came from a page that has already closed or navigated away.';
  if (!sender.frame.isMainFrame) return 'the request came from an embedded frame, not from DSH Desk itself.';
  // Compare the origin, not the URL: a URL can be spoofed with paths and credentials, an origin cannot.
  if (sender.frame.origin !== trusted.origin) {
    return `the request came from "${sender.frame.origin}", not from DSH Desk.`;
  }
  if (trusted.webContentsId === undefined || sender.webContentsId !== trusted.webContentsId) {
    return 'the request came from a window that is not the DSH Desk window.';
  }
  return null;
}

/** True when the sender is our window's main frame on our origin. */
export function isTrustedSender(sender: SenderInfo, trusted: TrustedSender): boolean {
  return untrustedSenderReason(sender, trusted) === null;
}
