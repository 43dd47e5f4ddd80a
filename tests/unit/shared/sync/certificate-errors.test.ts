/**
 * Certificate problems recognised in the errors each fetch throws: Node's (the code on the cause) and
 * Electron's net.fetch (Chromium's name in the message). A real self-signed server is tried in
 * tests/unit/electron/team-connection-faults.test.ts.
 */
import { certificateProblem } from '../../../../shared/sync/certificate-errors';
import { SyncError } from '../../../../shared/sync/errors';
import { createCouchClient } from '../../../../shared/sync/couch-client';

/** What Node's fetch throws when the TLS handshake fails with `code`. */
const nodeFailure = (code: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(`TLS: ${code}`), { code }) });

it.each([
  ['SELF_SIGNED_CERT_IN_CHAIN', /no authority this computer trusts vouches for it/],
  ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', /no authority this computer trusts vouches for it/],
  ['CERT_HAS_EXPIRED', /it has expired or is not valid yet\. Check this computer’s date and time/],
  ['ERR_TLS_CERT_ALTNAME_INVALID', /it was issued for another address/],
])('Node’s %s is a certificate problem in plain words', (code, why) => {
  const problem = certificateProblem(nodeFailure(code));
  expect(problem?.code).toBe(code);
  expect(problem?.message).toMatch(
    /^The team server’s certificate is not trusted by this computer, so DSH Desk did not connect: /,
  );
  expect(problem?.message).toMatch(why);
});

it.each([
  ['net::ERR_CERT_AUTHORITY_INVALID', 'ERR_CERT_AUTHORITY_INVALID'],
  ['net::ERR_CERT_DATE_INVALID', 'ERR_CERT_DATE_INVALID'],
  ['net::ERR_CERT_COMMON_NAME_INVALID', 'ERR_CERT_COMMON_NAME_INVALID'],
])('Electron’s %s is one too', (message, code) => {
  expect(certificateProblem(new Error(message))?.code).toBe(code);
});

it.each([
  [
    'a refused connection',
    new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }),
  ],
  ['Electron offline', new Error('net::ERR_INTERNET_DISCONNECTED')],
  ['a browser’s fetch', new TypeError('Failed to fetch')],
  ['not an error at all', 'nope'],
])('%s is not', (_label, error) => {
  expect(certificateProblem(error)).toBeNull();
});

it('the client reports it as “unreachable” with the certificate’s message, the code kept as detail', async () => {
  const client = createCouchClient({
    url: 'https://couch.example.org',
    db: 'dsh',
    fetch: async () => {
      throw nodeFailure('CERT_HAS_EXPIRED');
    },
  });
  const error = await client.changes({ since: '0', limit: 1 }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SyncError);
  expect(error).toMatchObject({ kind: 'unreachable', detail: 'CERT_HAS_EXPIRED' });
  expect((error as SyncError).message).toMatch(
    /^The team server’s certificate is not trusted by this computer/,
  );
});
