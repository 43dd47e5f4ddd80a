/**
 * The one rule for `mailto:` links that leave DSH Desk, used by the main process (which enforces it whatever
 * the renderer sends) and by the browser fallback. A mail client reads more from a link than an address:
 * `attach=` / `attachment=` make some clients attach a file from the officer's disk, and other header fields
 * can redirect a reply. Only the fields a draft needs pass: subject, body, cc and bcc (RFC 6068 names).
 */

/** The query fields a `mailto:` link may carry; everything else is dropped. */
export const MAILTO_FIELDS: ReadonlySet<string> = new Set(['subject', 'body', 'cc', 'bcc']);

/** Control characters have no place in a link and can smuggle arguments into a mail client. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** The field name of one `name=value` pair, decoded and in lower case; null when it cannot be decoded. */
function fieldName(pair: string): string | null {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name).trim().toLowerCase();
  } catch {
    return null;
  }
}

/** A URL query (`?a=1&b=2`, as `URL.search` gives it) keeping only the allowed fields, as they were written. */
export function allowedMailtoQuery(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && MAILTO_FIELDS.has(fieldName(pair) ?? ''));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/**
 * The `mailto:` URL to open for `url`, with only subject, body, cc and bcc kept and no fragment; null when
 * the link must not leave the app (another scheme, a control character, or nothing left to write to).
 * Scheme case is ignored (`MAILTO:` is the same scheme); the result is built from the parsed URL.
 */
export function mailtoLinkFor(url: string): string | null {
  if (CONTROL_CHARACTERS.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'mailto:') return null;
  const query = allowedMailtoQuery(parsed.search);
  // "mailto:" with nothing after it (or only dropped fields) opens an empty message at best: a mistake.
  if (parsed.pathname === '' && query === '') return null;
  return `mailto:${parsed.pathname}${query}`;
}
