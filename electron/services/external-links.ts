/**
 * Which links may leave the app for the operating system. `shell.openExternal` hands a URL to whatever
 * program claims its scheme (file://, smb://, custom handlers can run code), so only e-mail links go out.
 */

/** Control characters have no place in a link and can smuggle arguments into a mail client. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The normalised `mailto:` URL to open, or null when the link must not leave the app. Scheme case is
 * ignored (`MAILTO:` is the same scheme) and the returned URL is the parsed form, never the raw text.
 */
export function externalLinkFor(url: string): string | null {
  if (CONTROL_CHARACTERS.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'mailto:') return null;
  // "mailto:" with nothing after it opens an empty message at best; treat it as a mistake.
  if (parsed.pathname === '' && parsed.search === '') return null;
  return parsed.href;
}

/** True when `url` may be opened outside the app (only `mailto:` links). */
export function isAllowedExternal(url: string): boolean {
  return externalLinkFor(url) !== null;
}
