/**
 * Reading a backup Blob: a slice as bytes, the first line, and the SHA-256 of everything after a point,
 * a few megabytes at a time. FileReader rather than Blob.arrayBuffer(), because FileReader is what
 * dexie-export-import reads with too, so the same code runs in Chromium and under jsdom in tests.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MAX_MANIFEST_LINE_BYTES } from '../../../shared/contract/backup-payloads';

const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

/** The bytes of `blob` (or of the slice from `start` to `end`). */
export function readBlobBytes(blob: Blob, start = 0, end = blob.size): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(blob.slice(start, end));
  });
}

/** The first line of a backup (without its newline) and where the rest begins, or null when there is none. */
export async function firstLineOf(blob: Blob): Promise<{ line: string; bodyStart: number } | null> {
  const head = await readBlobBytes(blob, 0, Math.min(blob.size, MAX_MANIFEST_LINE_BYTES));
  const end = head.indexOf(0x0a);
  if (end === -1) return null;
  try {
    return {
      line: new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end)),
      bodyStart: end + 1,
    };
  } catch {
    return null;
  }
}

// A key that would reach an object's prototype, or a printable character written as \u00XX, which
// JSON.stringify never does, so only a hand-made file has it (it could spell "__proto__" in disguise).
const FORBIDDEN_TEXT = /"(__proto__|constructor|prototype)"\s*:|\\u00[2-7][0-9a-fA-F]/;
const OVERLAP_CHARS = 64;

/**
 * The longest run of text without a quote mark a backup may hold. No field DSH Desk writes is longer than
 * 100,000 characters (a meta value; records hold at most 4,000), which JSON writes in at most 600,000
 * characters. A longer run is a text DSH Desk never wrote, and the streaming JSON reader would give up on it
 * at 10 MB with a message about its buffers: it is refused here first, in words.
 */
export const MAX_TEXT_RUN_CHARS = 1024 * 1024;

/** The length of the longest stretch of `text` without a `"`, counting `carried` characters before it. */
function quotelessRuns(text: string, carried: number): { longest: number; trailing: number } {
  let longest = 0;
  let from = 0;
  let run = carried;
  for (let quote = text.indexOf('"'); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    longest = Math.max(longest, run + quote - from);
    run = 0;
    from = quote + 1;
  }
  const trailing = run + text.length - from;
  return { longest: Math.max(longest, trailing), trailing };
}

/**
 * Why the text of `blob` cannot be a backup DSH Desk wrote, or null. Parsing would hide these keys: a
 * `"__proto__"` key becomes (or silently fails to become) the object's prototype, never an own field. A text
 * longer than any field DSH Desk writes is refused too (see MAX_TEXT_RUN_CHARS).
 */
export async function forbiddenKeyIn(blob: Blob): Promise<string | null> {
  const decoder = new TextDecoder();
  let tail = '';
  let run = 0;
  for (let at = 0; at < blob.size; at += HASH_CHUNK_BYTES) {
    const end = Math.min(blob.size, at + HASH_CHUNK_BYTES);
    const chunk = decoder.decode(await readBlobBytes(blob, at, end), { stream: end < blob.size });
    const runs = quotelessRuns(chunk, run);
    if (runs.longest > MAX_TEXT_RUN_CHARS) return TOO_LONG;
    run = runs.trailing;
    const text = tail + chunk;
    const found = FORBIDDEN_TEXT.exec(text);
    if (found) {
      return found[1] === undefined
        ? 'it contains characters written in a way DSH Desk never writes them'
        : `it has a field named "${found[1]}", which is never allowed`;
    }
    tail = text.slice(-OVERLAP_CHARS);
  }
  return null;
}

/** Why a backup with a text longer than any field DSH Desk writes cannot be restored. */
export const TOO_LONG =
  'it holds a text of more than 1 MB, and no field DSH Desk writes is longer than 100,000 characters, so it was not written by DSH Desk as it is';

/** Lower-case hex SHA-256 of `blob` from byte `start` to its end. */
export async function sha256OfBlob(blob: Blob, start = 0): Promise<string> {
  const hash = sha256.create();
  for (let at = start; at < blob.size; at += HASH_CHUNK_BYTES) {
    hash.update(await readBlobBytes(blob, at, Math.min(blob.size, at + HASH_CHUNK_BYTES)));
  }
  return bytesToHex(hash.digest());
}
