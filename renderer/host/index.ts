/** Picks the host once: the Electron bridge when the preload installed `window.dsh`, else the browser. */
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { Host } from './host';

let current: Host | undefined;

/** The host for this window. */
export function getHost(): Host {
  current ??= window.dsh ? createElectronHost(window.dsh) : createBrowserHost();
  return current;
}
