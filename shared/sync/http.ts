/**
 * One request to a CouchDB server over an injected `fetch`, with every failure turned into a `SyncError`.
 * The caller's AbortSignal bounds the wait; nothing here retries (the sync loop decides when to try again).
 */
import type { z } from 'zod';
import { certificateProblem } from './certificate-errors';
import { SyncError, errorForStatus } from './errors';

/** The part of a fetch Response the client reads. */
export interface FetchResponseLike {
  status: number;
  text(): Promise<string>;
  /** The body as bytes (an attachment's). */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A `fetch`-like function: `globalThis.fetch` in the browser and in Node, or a test double. */
export type FetchLike = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string | Uint8Array<ArrayBuffer>;
    signal?: AbortSignal;
  },
) => Promise<FetchResponseLike>;

/** Extra headers for every request (the `Authorization` header of the signed-in officer). */
export type HeaderSupplier = () => Record<string, string> | Promise<Record<string, string>>;

/** Where the server is and how to talk to it. */
export interface CouchConnection {
  /** The server's root, e.g. `https://couch.example.org:6984/`. */
  url: URL;
  fetch: FetchLike;
  headers?: HeaderSupplier;
}

/** One request: `what` names it in messages ("saving changes"); `expect` lists non-2xx statuses to return. */
export interface CouchRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  what: string;
  signal?: AbortSignal;
  expect?: number[];
  /** Bytes sent as they are (an attachment), with their type, instead of a JSON `body`. */
  bytes?: { data: Uint8Array<ArrayBuffer>; contentType: string };
  /** Read a successful answer as bytes (an attachment) instead of JSON. */
  binary?: boolean;
}

/** The server's root address, checked: only http and https, no user name or password inside it. */
export function parseServerUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new SyncError(
      'unreachable',
      `“${address}” is not a web address. It should look like https://couch.example.org:6984.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SyncError('unreachable', `The team server address must start with https:// or http://.`);
  if (url.username || url.password)
    throw new SyncError(
      'unreachable',
      'Put the user name and password in their own fields, not in the address.',
    );
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** A header supplier for HTTP basic authentication (UTF-8 names and passwords). */
export function basicAuth(name: string, password: string): HeaderSupplier {
  const bytes = new TextEncoder().encode(`${name}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const header = `Basic ${btoa(binary)}`;
  return () => ({ authorization: header });
}

/**
 * Sends one request; answers 2xx (or an expected status) with its parsed JSON (or, with `binary`, a 2xx answer's
 * bytes), throws `SyncError` otherwise.
 */
export async function couchRequest(
  connection: CouchConnection,
  request: CouchRequest,
): Promise<{ status: number; json: unknown; bytes?: Uint8Array<ArrayBuffer> }> {
  // Relative to the root (which may sit under a proxy's path); `./` so an id with a colon is never a scheme.
  const url = new URL(`./${request.path.replace(/^\/+/, '')}`, connection.url);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, String(value));
  const headers: Record<string, string> = { accept: 'application/json', ...(await connection.headers?.()) };
  if (request.bytes) headers['content-type'] = request.bytes.contentType;
  else if (request.body !== undefined) headers['content-type'] = 'application/json';
  const body = request.bytes?.data ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  let status: number;
  let text = '';
  let bytes: Uint8Array<ArrayBuffer> | undefined;
  try {
    const response = await connection.fetch(url.toString(), {
      method: request.method,
      headers,
      ...(body === undefined ? {} : { body }),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    status = response.status;
    // A line dropped while the bytes arrive fails here too: nothing half-read is ever answered.
    if (request.binary && status >= 200 && status < 300) bytes = new Uint8Array(await response.arrayBuffer());
    else text = await response.text();
  } catch (error) {
    throw failureWithoutAnswer(error, request);
  }
  if (bytes) return { status, json: null, bytes };
  const json = parseJson(text);
  if ((status >= 200 && status < 300) || request.expect?.includes(status)) return { status, json };
  throw errorForStatus(status, request.what, serverWords(json));
}

/** Checks an answer's shape; a server that answers something else is a `bad-response`, never a crash. */
export function parseAnswer<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new SyncError(
    'bad-response',
    `The team server's answer while ${what} was not what a CouchDB server sends. Check the server address.`,
    undefined,
    parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
  );
}

/** No answer at all: stopped by the caller's signal (too slow) or the server could not be reached. */
function failureWithoutAnswer(error: unknown, request: CouchRequest): SyncError {
  const name = error instanceof Error ? error.name : '';
  const reason: unknown = request.signal?.reason;
  // AbortSignal.timeout() aborts with a TimeoutError; an officer's "Stop" aborts with anything else. (By name:
  // the reason may come from another realm, where `instanceof Error` is false.)
  const reasonName = reason && typeof reason === 'object' && 'name' in reason ? reason.name : undefined;
  if (request.signal?.aborted && reasonName !== 'TimeoutError')
    return new SyncError('cancelled', `Stopped before the team server answered (${request.what}).`);
  if (request.signal?.aborted || name === 'AbortError' || name === 'TimeoutError')
    return new SyncError('timeout', `The team server did not answer in time while ${request.what}.`);
  // Still "unreachable" (nothing was sent, trying later may not help), but with what the officer can do.
  const certificate = certificateProblem(error);
  if (certificate) return new SyncError('unreachable', certificate.message, undefined, certificate.code);
  return new SyncError(
    'unreachable',
    `DSH Desk cannot reach the team server while ${request.what}. Check the address, the network, and that the server is running.`,
    undefined,
    error instanceof Error ? error.message : String(error),
  );
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return text;
  }
}

/** CouchDB's `{ error, reason }`, as one line for a details field. */
function serverWords(json: unknown): string | undefined {
  if (json && typeof json === 'object') {
    const { error, reason } = json as { error?: unknown; reason?: unknown };
    if (typeof error === 'string') return typeof reason === 'string' ? `${error}: ${reason}` : error;
  }
  return typeof json === 'string' && json ? json.slice(0, 200) : undefined;
}
