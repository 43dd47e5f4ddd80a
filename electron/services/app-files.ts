/**
 * Serves the built renderer (out/renderer) on app://dsh-desk/. Every request is resolved to a file strictly
 * inside that folder; anything that tries to climb out (`..`, encoded dots or slashes, backslashes, drive
 * letters, NUL bytes) or names another host is refused. Every response carries the app's CSP.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../../shared/contract/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/csp';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name, by its extension. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** A request resolved to a file inside the renderer folder, or refused with a status and reason. */
export type AppFileTarget =
  | { ok: true; file: string; isFallbackCandidate: boolean }
  | { ok: false; status: 400 | 403 | 404; reason: string };

// Raw request text: scheme, authority, then the path up to any query or hash.
const APP_URL = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f\\/:*?"<>|]/;

/**
 * Maps a request URL to a file path inside `root`. Works on the raw URL text as well as its decoded
 * segments, because a parser would quietly resolve `%2e%2e` and `..` before we could refuse them.
 */
export function resolveAppFile(requestUrl: string, root: string): AppFileTarget {
  const match = APP_URL.exec(requestUrl);
  if (!match || match[1]?.toLowerCase() !== APP_SCHEME) return refuse(400, 'not an app:// URL');
  if (match[2]?.toLowerCase() !== APP_HOST) return refuse(403, `unknown host "${match[2] ?? ''}"`);
  const rawPath = match[3] === undefined || match[3] === '' ? '/' : match[3];
  if (rawPath.includes('\\') || /%5c/i.test(rawPath)) return refuse(400, 'backslash in path');

  const segments = rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const [index, raw] of segments.entries()) {
    const isLast = index === segments.length - 1;
    if (raw === '' && isLast) break; // "app://dsh-desk/" or a trailing slash
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'malformed percent-encoding');
    }
    if (segment === '' || segment === '.' || segment === '..') return refuse(400, 'empty or dot segment');
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return refuse(400, 'forbidden character in path');
    decoded.push(segment);
  }
  if (decoded.length === 0) decoded.push('index.html');

  const base = path.resolve(root);
  const file = path.resolve(base, ...decoded);
  // Belt and braces: whatever the checks above missed, the result must still be inside the root.
  if (!file.startsWith(base + path.sep)) return refuse(403, 'outside the app folder');
  return { ok: true, file, isFallbackCandidate: path.extname(file) === '' };
}

function refuse(status: 400 | 403 | 404, reason: string): AppFileTarget {
  return { ok: false, status, reason };
}

/** Headers every app:// response carries, whatever its status. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/**
 * Answers one app:// request with the file's bytes, index.html for unknown extension-less paths (client
 * routes), or an error status. Only GET and HEAD are served.
 */
export async function appFileResponse(requestUrl: string, root: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');
  const target = resolveAppFile(requestUrl, root);
  if (!target.ok) return plain(target.status, `Refused: ${target.reason}`);

  const served =
    (await readInside(target.file, root)) ?? (target.isFallbackCandidate ? await readIndex(root) : null);
  if (served === null) return plain(404, 'Not found');
  const headers = { ...securityHeaders(), 'Content-Type': contentTypeFor(served.file) };
  return new Response(method === 'HEAD' ? null : new Uint8Array(served.bytes), { status: 200, headers });
}

async function readIndex(root: string): Promise<{ file: string; bytes: Buffer } | null> {
  return readInside(path.join(path.resolve(root), 'index.html'), root);
}

/** Reads a regular file whose real path (symlinks resolved) is still inside the root; null when absent. */
async function readInside(file: string, root: string): Promise<{ file: string; bytes: Buffer } | null> {
  try {
    const [realFile, realRoot] = await Promise.all([fs.realpath(file), fs.realpath(root)]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return null;
    return { file: realFile, bytes: await fs.readFile(realFile) };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
