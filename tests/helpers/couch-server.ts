/**
 * A CouchDB-compatible server for sync tests: `pouchdb-server` (in memory or in a data folder, on a free
 * 127.0.0.1 port, started, killed and restarted, and stopped by the test), or the real CouchDB named by `COUCHDB_URL` (`http://admin:password@host:5984`).
 * Every wait is bounded in count and time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A running server, with the admin account the setup script needs. */
export interface TestCouch {
  /** The root address, without credentials. */
  url: string;
  admin: { name: string; password: string };
  /** True for a real Apache CouchDB (`COUCHDB_URL`), false for pouchdb-server. */
  real: boolean;
  /** A database name no other test uses (deleted at `stop` on a real server). */
  newDatabaseName(): string;
  stop(): Promise<void>;
  /**
   * Kills the server at once (SIGKILL: no goodbye to anyone) and starts it again on the same port and data,
   * once `whileDown` has run. Only for pouchdb-server started `onDisk` (a real CouchDB is not ours to kill).
   */
  killAndRestart?(whileDown?: () => Promise<void>): Promise<void>;
}

/** How to start pouchdb-server: in memory (the default), or in a data folder that survives a restart. */
export interface TestCouchOptions {
  onDisk?: boolean;
}

const ADMIN = { name: 'admin', password: 'test-admin-password' };

/** A port nothing listens on now (the OS picks it), for servers and for "closed port" tests. */
export async function freePort(): Promise<number> {
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

/** Starts pouchdb-server, or connects to COUCHDB_URL. */
export async function startTestCouch(options: TestCouchOptions = {}): Promise<TestCouch> {
  const names: string[] = [];
  const newDatabaseName = () => {
    const name = `dsh-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    names.push(name);
    return name;
  };
  const external = process.env.COUCHDB_URL;
  if (external) {
    const parsed = new URL(external);
    if (!parsed.username)
      throw new Error('COUCHDB_URL must name a server admin: http://admin:password@host:5984');
    const admin = {
      name: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
    };
    parsed.username = '';
    parsed.password = '';
    const url = parsed.toString();
    const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
    return {
      url,
      admin,
      real: true,
      newDatabaseName,
      async stop() {
        for (const name of names)
          await fetch(new URL(name, url), { method: 'DELETE', headers: { authorization: auth } }).catch(
            () => {},
          );
      },
    };
  }

  const port = await freePort();
  const folder = mkdtempSync(path.join(tmpdir(), 'dsh-pouchdb-server-'));
  const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
  const storage = options.onDisk ? ['--dir', path.join(folder, 'data')] : ['--in-memory'];
  let errors = '';
  // Run from a temporary folder: pouchdb-server writes its config.json and log.txt into the working folder.
  const launch = () => {
    const started = spawn(
      process.execPath,
      [bin, '--host', '127.0.0.1', '--port', String(port), ...storage],
      { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    started.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
    return started;
  };
  let child = launch();
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => stopChild(child, folder);
  const killAndRestart = async (whileDown?: () => Promise<void>) => {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    await whileDown?.();
    // The same port and folder: the data and the admin account (config.json) are as the server left them.
    child = launch();
    await waitUntilAnswers(url, child, () => errors);
  };
  try {
    await waitUntilAnswers(url, child, () => errors);
    // pouchdb-server starts as an "admin party"; name an admin (CouchDB 1.x config API) so that security applies.
    const made = await fetch(new URL('_config/admins/admin', url), {
      method: 'PUT',
      body: JSON.stringify(ADMIN.password),
    });
    if (!made.ok) throw new Error(`pouchdb-server refused the admin account: HTTP ${made.status}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    admin: ADMIN,
    real: false,
    newDatabaseName,
    stop,
    ...(options.onDisk ? { killAndRestart } : {}),
  };
}

/** Polls the root until it answers: at most 120 tries, 30 s in all. */
async function waitUntilAnswers(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let attempt = 0; attempt < 120 && Date.now() < deadline; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${errors()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`pouchdb-server did not answer at ${url} within 30 s: ${errors()}`);
}

/** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes its folder. */
async function stopChild(child: ChildProcess, folder: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(folder, { recursive: true, force: true });
}
