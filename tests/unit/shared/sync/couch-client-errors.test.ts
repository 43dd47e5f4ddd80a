/**
 * What an officer reads when the team server fails: a tiny HTTP server on 127.0.0.1 answers 401, 403, 500,
 * nonsense, or nothing in time; a closed port and a malformed address are tried too.
 */
import { type Server, createServer } from 'node:http';
import type { Socket } from 'node:net';
import { freePort } from '../../../helpers/couch-server';
import { nodeFetch } from '../../../helpers/sync-fixtures';
import { createCouchClient } from '../../../../shared/sync/couch-client';
import { SyncError } from '../../../../shared/sync/errors';
import { failureOf } from '../../../helpers/failure-of';

/** The status and body the tiny server answers next; `hang` never answers. */
let answer: { status: number; body: unknown } | 'hang' = { status: 200, body: {} };
const sockets = new Set<Socket>();
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    if (answer === 'hang') return;
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const client = (address = url) => createCouchClient({ url: address, db: 'dsh-desk', fetch: nodeFetch });
const changes = (address = url, signal = AbortSignal.timeout(5_000)) =>
  failureOf(client(address).changes({ since: '0', limit: 10 }, { signal }), SyncError);

it.each([
  [
    401,
    'unauthorized',
    'The team server refused the sign-in while fetching changes: wrong user name or password.',
  ],
  [403, 'forbidden', 'The team server said this account is not allowed to do this (fetching changes).'],
  [
    500,
    'server',
    'The team server had a problem while fetching changes (HTTP 500). Try again later; if it keeps happening, ask whoever runs the server.',
  ],
])('HTTP %i reads “%s” in plain words', async (status, kind, message) => {
  answer = { status, body: { error: 'some_error', reason: 'what the server said' } };
  const error = await changes();
  expect(error).toMatchObject({ kind, status, message, detail: 'some_error: what the server said' });
});

it('a closed port: cannot reach the server', async () => {
  const port = await freePort();
  const error = await changes(`http://127.0.0.1:${port}`);
  expect(error.kind).toBe('unreachable');
  expect(error.message).toBe(
    'DSH Desk cannot reach the team server while fetching changes. Check the address, the network, and that the server is running.',
  );
});

it('a server that does not answer in time: the caller’s signal bounds the wait', async () => {
  answer = 'hang';
  const started = Date.now();
  const error = await changes(url, AbortSignal.timeout(300));
  expect(error).toMatchObject({
    kind: 'timeout',
    message: 'The team server did not answer in time while fetching changes.',
  });
  expect(Date.now() - started).toBeLessThan(5_000);
});

it('a request the officer stops is “stopped”, not “too slow”', async () => {
  answer = 'hang';
  const stop = new AbortController();
  setTimeout(() => stop.abort(), 100);
  const error = await changes(url, stop.signal);
  expect(error).toMatchObject({
    kind: 'cancelled',
    message: 'Stopped before the team server answered (fetching changes).',
  });
});

it('an answer that is not CouchDB’s is a bad response, not a crash', async () => {
  answer = { status: 200, body: { hello: 'world' } };
  const error = await changes();
  expect(error.kind).toBe('bad-response');
  expect(error.message).toBe(
    "The team server's answer while fetching changes was not what a CouchDB server sends. Check the server address.",
  );
});

it('a per-document conflict in _bulk_docs is a result, not a failure', async () => {
  answer = {
    status: 201,
    body: [
      { ok: true, id: 'person:1', rev: '2-b' },
      { id: 'person:2', error: 'conflict', reason: 'Document update conflict.' },
    ],
  };
  const results = await client().bulkDocs([{ _id: 'person:1' }, { _id: 'person:2' }]);
  expect(results).toEqual([
    { id: 'person:1', status: 'ok', rev: '2-b' },
    { id: 'person:2', status: 'conflict', error: 'conflict', reason: 'Document update conflict.' },
  ]);
});

it.each([
  [
    'not an address',
    '“not an address” is not a web address. It should look like https://couch.example.org:6984.',
  ],
  ['ftp://couch.example.org', 'The team server address must start with https:// or http://.'],
  [
    'https://admin:pw@couch.example.org',
    'Put the user name and password in their own fields, not in the address.',
  ],
])('the address “%s” is refused before anything is sent', (address, message) => {
  expect(() => client(address)).toThrow(new SyncError('unreachable', message));
});
