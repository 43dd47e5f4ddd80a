/**
 * The team server of the sync figures: pouchdb-server (npm, in memory) started on 127.0.0.1 by the bench, or
 * the CouchDB named by `COUCHDB_URL` (`http://admin:password@host:5984`). The bench page reaches it through
 * the preview server's proxy (`/couch/` on the bench's origin), which adds the credentials.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProxyOptions } from 'vite';

/** A running team server, as the preview server proxies it. */
export interface BenchCouch {
  /** `pouchdb-server` or `CouchDB at <host>`. */
  name: string;
  proxy: ProxyOptions;
  stop(): Promise<void>;
}

/** Where the bench page finds the server (bench/page/sync-team.ts). */
export const COUCH_PATH = '/couch';

function proxyTo(target: string, auth?: string): ProxyOptions {
  return {
    target,
    changeOrigin: true,
    rewrite: (url) => url.slice(COUCH_PATH.length) || '/',
    ...(auth ? { auth } : {}),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts pouchdb-server (or connects to COUCHDB_URL). `heapMB` bounds the server's memory (it holds everything). */
export async function startBenchCouch(heapMB: number): Promise<BenchCouch> {
  const external = process.env.COUCHDB_URL;
  if (external) {
    const url = new URL(external);
    const auth = url.username
      ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
      : undefined;
    url.username = '';
    url.password = '';
    return { name: `CouchDB at ${url.host}`, proxy: proxyTo(url.origin, auth), stop: async () => undefined };
  }
  const port = await freePort();
  // pouchdb-server writes config.json and log.txt into its working folder.
  const folder = await mkdtemp(path.join(tmpdir(), 'dsh-bench-pouchdb-'));
  const bin = path.resolve('node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
  // No admin account is named, so the server is an "admin party": the bench creates its databases freely.
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${heapMB}`, bin, '--host', '127.0.0.1', '--port', String(port), '--in-memory'],
    { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  const stop = async () => {
    await stopChild(child);
    await rm(folder, { recursive: true, force: true });
  };
  const target = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswers(target, child, () => errors);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: 'pouchdb-server 4.2 (in memory, loopback)', proxy: proxyTo(target), stop };
}

/**
 * Polls the root until it answers: at most 480 tries, 2 minutes in all (a node process can take over 30 s to
 * start on a two-core machine with a load of 25; the benchmark's own run then lasts far longer).
 */
async function waitUntilAnswers(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (let attempt = 0; attempt < 480 && Date.now() < deadline; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${errors()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`pouchdb-server did not answer at ${url} within 2 minutes: ${errors()}`);
}

/** Stops the server (SIGTERM, then SIGKILL after 5 s). */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
