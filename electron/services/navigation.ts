/**
 * Where the app's own pages may navigate. The UI is one page (index.html with a hash router), so every
 * navigation that leaves app://dsh-desk/index.html is refused: links to the web, file://, other app:// hosts.
 */
import { APP_HOST, APP_SCHEME } from '../../shared/contract/channels';

/** Paths that are the app's single page. */
const APP_PAGES = new Set(['/', '/index.html']);

/**
 * True when `url` is the app's own page (any hash or query). The check parses the URL and compares scheme,
 * host and path exactly, because prefix tests let `app://dsh-desk.evil/` or `app://dsh-desk@evil/` through.
 */
export function isAllowedNavigation(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node reports an opaque origin ("null") for non-special schemes, so compare the parts instead.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lowercases a standard scheme's host; Node keeps the case of a non-special one.
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    APP_PAGES.has(parsed.pathname)
  );
}
