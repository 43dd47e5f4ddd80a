/**
 * The team connection when the server is slow or its certificate is not trusted: a tiny server on 127.0.0.1
 * that never answers, and an HTTPS server with a self-signed certificate made here with openssl. Each ends
 * in its own kind and plain words, in bounded time, and nothing is kept.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTeamConnection } from '../../../electron/services/team-connection';
import { TEAM_FILE, createTeamSettingsStore } from '../../../electron/services/team-settings';
import { FAKE_KEY_PROTECTION } from '../../helpers/fake-key-protection';
import { OFFICER, nodeFetch } from '../../helpers/sync-fixtures';

let folder: string;
const servers: Server[] = [];
const sockets = new Set<Socket>();

/** Listens on a free 127.0.0.1 port; answers the root address. */
async function listen(server: Server, scheme: 'http' | 'https'): Promise<string> {
  servers.push(server);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `${scheme}://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-team-faults-'));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await fs.rm(folder, { recursive: true, force: true });
});

const connection = (timeouts = { signInMs: 300, dataMs: 300 }) =>
  createTeamConnection({
    file: path.join(folder, TEAM_FILE),
    protection: FAKE_KEY_PROTECTION,
    fetch: nodeFetch,
    timeouts,
  });
const signIn = (url: string) => ({
  url,
  database: 'dsh-team',
  username: OFFICER.name,
  password: OFFICER.password,
});

describe('a server that never answers', () => {
  let url: string;
  beforeAll(async () => {
    url = await listen(
      createServer((request) => void request.resume()),
      'http',
    );
  });

  it('signing in gives up after its bound and keeps nothing', async () => {
    const started = Date.now();
    await expect(connection().signIn(signIn(url))).resolves.toEqual({
      ok: false,
      kind: 'timeout',
      message: 'The team server did not answer in time while signing in.',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(connection().connection()).resolves.toEqual({ ok: true, value: { configured: false } });
  });

  it('fetching changes gives up after its bound', async () => {
    // Signed in earlier, while the server still answered.
    await createTeamSettingsStore({
      file: path.join(folder, TEAM_FILE),
      protection: FAKE_KEY_PROTECTION,
    }).save({
      url,
      database: 'dsh-team',
      username: OFFICER.name,
      roles: ['dsh-staff'],
      since: '2026-12-06T15:00:00.000Z',
      password: OFFICER.password,
    });
    await expect(connection().changes({ since: '0', limit: 10 })).resolves.toEqual({
      ok: false,
      kind: 'timeout',
      message: 'The team server did not answer in time while fetching changes.',
    });
    await connection().leave();
  });
});

describe('a server whose certificate this computer does not trust', () => {
  it('signing in says so in plain words, and keeps nothing', async () => {
    const key = path.join(folder, 'key.pem');
    const cert = path.join(folder, 'cert.pem');
    // A fresh self-signed certificate for 127.0.0.1: valid in every way except that nobody vouches for it.
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2'].concat([
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ]),
      { stdio: 'pipe', timeout: 20_000 },
    );
    const url = await listen(
      createHttpsServer(
        { key: await fs.readFile(key), cert: await fs.readFile(cert) },
        (_request, response) => response.end('{}'),
      ),
      'https',
    );
    const answer = await connection({ signInMs: 5_000, dataMs: 5_000 }).signIn(signIn(url));
    expect(answer).toEqual({
      ok: false,
      kind: 'unreachable',
      message:
        'The team server’s certificate is not trusted by this computer, so DSH Desk did not connect: no authority this computer trusts vouches for it (for example, a self-signed certificate). Ask whoever runs the server for a certificate this computer trusts, or to install the team’s certificate authority on this computer.',
    });
    await expect(connection().connection()).resolves.toEqual({ ok: true, value: { configured: false } });
  });
});
