/**
 * The app:// scheme: registered as privileged before the app is ready (so IndexedDB and fetch work on it,
 * and it counts as secure), and served from the built renderer folder after. The rules for which file
 * answers a request live in services/app-files.ts.
 */
import path from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME } from '../shared/contract/channels';
import { appFileResponse, securityHeaders } from './services/app-files';

/** The built renderer, beside the bundled main (out/main/main.cjs → out/renderer). */
export function rendererFolder(): string {
  return path.join(__dirname, '../renderer');
}

/** Must run before `app` is ready, and only once: web storage is disabled on schemes that are not standard. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves app:// from the renderer folder; runs after `app` is ready. */
export function serveAppScheme(root: string = rendererFolder()): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await appFileResponse(request.url, root, request.method);
    } catch (error) {
      console.error(`DSH Desk: could not serve ${request.url}`, error);
      return new Response('Could not read the application files.', {
        status: 500,
        headers: securityHeaders(),
      });
    }
  });
}
