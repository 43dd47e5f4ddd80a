/**
 * Window security in one place: no page may navigate away from the app, open a window, attach a webview or
 * be granted a permission, and only allow-listed links (mailto:) may leave the app. The decisions are pure
 * functions in services/ (navigation, external-links) and tested there; this file wires them to Electron.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { externalLinkFor } from './services/external-links';
import { isAllowedNavigation } from './services/navigation';
import { UserFacingError } from './services/user-facing-error';

/**
 * Opens a link outside the app if, and only if, the allow-list accepts it. The one place in the app that calls
 * shell.openExternal, so the check cannot be forgotten by a caller.
 */
export async function openAllowedExternal(url: string): Promise<void> {
  const link = externalLinkFor(url);
  if (link === null) throw new UserFacingError('Only e-mail links (mailto:) can be opened outside DSH Desk.');
  await shell.openExternal(link);
}

/** Opens a link the allow-list accepted (mailto:) outside the app. */
export type ExternalOpener = (url: string) => void;

/** Guards every web contents the app ever creates, including ones created by the page itself. */
export function installWebContentsGuards(openExternal: ExternalOpener): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
}

/** Refuses navigation, redirects, new windows and webviews for one web contents. */
export function guardWebContents(contents: WebContents, openExternal: ExternalOpener): void {
  const refuseUnlessOurs = (event: { preventDefault(): void }, url: string, passMailOn: boolean): void => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    // A mailto: link clicked in the page arrives as a navigation; hand it to the mail client instead.
    const link = passMailOn ? externalLinkFor(url) : null;
    if (link !== null) openExternal(link);
    else console.warn(`DSH Desk: blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event, url) => refuseUnlessOurs(event, url, true));
  // will-frame-navigate also fires for the main frame, which will-navigate already handled.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) refuseUnlessOurs(event, event.url, false);
  });
  contents.on('will-redirect', (event, url) => refuseUnlessOurs(event, url, false));

  contents.setWindowOpenHandler(({ url }) => {
    const link = externalLinkFor(url);
    if (link !== null) openExternal(link);
    else console.warn(`DSH Desk: blocked a new window for ${url}`);
    return { action: 'deny' };
  });

  // The app uses no <webview>; webviewTag is off, and this refuses one even if that ever changed.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The one permission granted: "persistent-storage" (Electron's name for navigator.storage.persist()), which
 * only asks the browser not to clear the app's own data to free disk space. Denying it made Settings → About
 * report "Not persistent" although Electron never evicts an app's storage; granting it makes About true.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

/** Denies every other permission (camera, notifications, geolocation, devices…): the app needs none of them. */
export function installSessionGuards(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(GRANTED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
}
