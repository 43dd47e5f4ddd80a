/**
 * A TLS certificate the workstation does not accept, recognised in a failed fetch: Node's fetch rejects with
 * a `TypeError` whose `cause` carries OpenSSL's code (`SELF_SIGNED_CERT_IN_CHAIN`), Electron's `net.fetch`
 * with Chromium's name in the message (`net::ERR_CERT_AUTHORITY_INVALID`). A browser's fetch says nothing
 * about why, so there this finds nothing and the failure reads as "cannot reach".
 */

/** Codes for a certificate that has expired or is not valid yet (Node, then Chromium). */
const DATE_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_CERT_DATE_INVALID']);
/** Codes for a certificate issued for another name than the address used. */
const NAME_CODES = new Set([
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'ERR_CERT_COMMON_NAME_INVALID',
]);
/** Codes for a certificate not signed by an authority this computer trusts, or otherwise not acceptable. */
const TRUST_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'ERR_CERT_AUTHORITY_INVALID',
  'ERR_CERT_INVALID',
  'ERR_CERT_REVOKED',
  'ERR_CERT_WEAK_SIGNATURE_ALGORITHM',
]);

/** The certificate problem behind a failed request, as the code and a plain sentence; null when none. */
export function certificateProblem(error: unknown): { code: string; message: string } | null {
  for (const code of codesOf(error)) {
    const why = DATE_CODES.has(code)
      ? 'it has expired or is not valid yet. Check this computer’s date and time; if they are right, ask whoever runs the server to renew the certificate.'
      : NAME_CODES.has(code)
        ? 'it was issued for another address. Use the address the certificate names (ask whoever runs the server).'
        : TRUST_CODES.has(code)
          ? 'no authority this computer trusts vouches for it (for example, a self-signed certificate). Ask whoever runs the server for a certificate this computer trusts, or to install the team’s certificate authority on this computer.'
          : null;
    if (why !== null)
      return {
        code,
        message: `The team server’s certificate is not trusted by this computer, so DSH Desk did not connect: ${why}`,
      };
  }
  return null;
}

/** Every code on the error and its causes (at most 5 deep), plus Chromium's `net::ERR_…` names in messages. */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof message === 'string')
      codes.push(...[...message.matchAll(/net::(ERR_[A-Z_]+)/g)].map((m) => m[1] ?? ''));
    current = cause;
  }
  return codes;
}
