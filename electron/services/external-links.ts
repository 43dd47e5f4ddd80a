/**
 * Which links may leave the app for the operating system. `shell.openExternal` hands a URL to whatever
 * program claims its scheme (file://, smb://, custom handlers can run code), so only e-mail links go out, and
 * only with the fields a draft needs (shared/contract/mailto-link.ts): main enforces it whatever the
 * renderer sends.
 */
import { mailtoLinkFor } from '../../shared/contract/mailto-link';

/**
 * The normalised `mailto:` URL to open, or null when the link must not leave the app. Scheme case is
 * ignored; query fields other than subject, body, cc and bcc (`attach=`…) are dropped; the returned URL is
 * built from the parsed form, never the raw text.
 */
export function externalLinkFor(url: string): string | null {
  return mailtoLinkFor(url);
}

/** True when `url` may be opened outside the app (only `mailto:` links). */
export function isAllowedExternal(url: string): boolean {
  return externalLinkFor(url) !== null;
}
