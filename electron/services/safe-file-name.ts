/**
 * Turns the name the renderer suggests into a file name that is safe on Windows, macOS and Linux: no folders,
 * no characters a file system refuses, no Windows device names, no bidirectional controls that disguise the
 * extension, not only invisible characters, the right extension, and a sane length.
 * The save dialog shows it as the default; the user may still change it there.
 */
import { FILE_KINDS, type FileKind } from '../../shared/contract/payloads';

/** Longest name we propose, in characters; well below every file system's 255 limit, extension included. */
export const MAX_NAME_CHARACTERS = 200;
/** Longest name in UTF-8 bytes: ext4 and APFS count bytes, so 200 Greek or CJK characters would not fit. */
export const MAX_NAME_BYTES = 240;

// C0 and C1 controls (NUL included) and the characters Windows forbids in names.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]/g;
// Device names Windows reserves whatever the extension ("nul.txt" is still NUL), from Microsoft's "Naming
// files" list: COM0 and LPT0 included, ¹²³ count as digits there, and the console's CONIN$ and CONOUT$.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Bidirectional controls (LRM, RLM, ALM, the embeddings and overrides, the isolates): a right-to-left override
// makes "report\u202Efdp.exe" show as "reportexe.pdf", so a file could pass for another kind.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// What shows nothing on screen: spaces, format characters (zero-width and the like), marks that only modify a
// neighbour (joiners, variation selectors, accents with nothing to sit on), and blank letters. A name made only of these (and dots) looks empty
// in a file list, so it gets the fallback name.
const INVISIBLE = /^[.\s\p{Cf}\p{Zs}\p{Mn}\p{Me}\u115f\u1160\u2800\u3164\uffa0]*$/u;

/** A safe file name for `suggested`, ending in the extension of `kind`; "untitled.<ext>" when nothing is left. */
export function safeFileName(suggested: string, kind: FileKind): string {
  const extension = FILE_KINDS[kind].extension;
  // Keep only the last path component, whichever separator the sender used.
  const lastPart =
    suggested
      .split(/[/\\]/)
      .filter((part) => part !== '')
      .pop() ?? '';
  // Trailing dots and spaces first, so "report.pdf. " is recognised as already having its extension.
  const cleaned = lastPart
    .normalize('NFC')
    .replace(UNSAFE_CHARACTERS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/[.\s]+$/, '');

  let stem = cleaned.toLowerCase().endsWith(`.${extension}`)
    ? cleaned.slice(0, -(extension.length + 1))
    : cleaned;
  // Leading dots hide files on Unix; trailing dots and spaces are silently dropped by Windows.
  stem = trimDotsAndSpaces(stem);
  if (INVISIBLE.test(stem)) stem = 'untitled';
  if (WINDOWS_RESERVED.test(stem.split('.')[0]?.trim() ?? '')) stem = `_${stem}`;

  stem = trimDotsAndSpaces(fitStem(stem, extension));
  return `${stem === '' ? 'untitled' : stem}.${extension}`;
}

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
}

/** Shortens the stem by whole code points until stem + extension fits both limits. */
function fitStem(stem: string, extension: string): string {
  const codePoints = Array.from(stem);
  const fits = (points: string[]): boolean => {
    const name = `${points.join('')}.${extension}`;
    return name.length <= MAX_NAME_CHARACTERS && Buffer.byteLength(name, 'utf8') <= MAX_NAME_BYTES;
  };
  while (codePoints.length > 0 && !fits(codePoints)) codePoints.pop();
  return codePoints.join('');
}

/** `filePath` with the extension of `kind` appended unless it already ends with it (any letter case). */
export function withExtension(filePath: string, kind: FileKind): string {
  const extension = FILE_KINDS[kind].extension;
  return filePath.toLowerCase().endsWith(`.${extension}`) ? filePath : `${filePath}.${extension}`;
}
