/**
 * Configures a team database on a CouchDB server over its HTTP API, as a server admin: the database, its
 * `_security` (staff read and write, managers administer), the design document that enforces what must hold
 * whoever writes, and first staff accounts. Idempotent: every step checks first and says what it did.
 */
import { z } from 'zod';
import { type FetchLike, basicAuth, couchRequest, parseAnswer, parseServerUrl } from './http';

/** The role every staff account has: read and write the team database. */
export const STAFF_ROLE = 'dsh-staff';
/** The role of managers: administer the team database (its security, its design documents). */
export const MANAGER_ROLE = 'dsh-managers';
/** The design document's id. */
export const DESIGN_DOC_ID = '_design/dsh-desk';

/**
 * Runs on the server for every write, whoever writes (server admins too), in CouchDB's JavaScript (ES5):
 * an audit event is only ever created; a number counter (`counter:project:2026`) only counts up and is never
 * deleted; a record's `type` is its id's prefix; only an evidence file's document carries an attachment, and
 * only its own file: named by the SHA-256 its row holds, of the size it says. Deletions carry no type.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) return;
  if (id.indexOf('audit:') === 0 && oldDoc) {
    throw({ forbidden: newDoc._deleted ? 'Audit events are never deleted.' : 'Audit events are never changed.' });
  }
  if (id.indexOf('counter:') === 0) {
    if (newDoc._deleted) throw({ forbidden: 'Number counters are never deleted.' });
    if (typeof newDoc.last !== 'number' || newDoc.last % 1 !== 0 || newDoc.last < 0) {
      throw({ forbidden: 'A number counter holds the last number issued, a whole number.' });
    }
    if (oldDoc && !oldDoc._deleted && newDoc.last <= oldDoc.last) {
      throw({ forbidden: 'A number counter only counts up: a number is never issued twice.' });
    }
  }
  if (newDoc._deleted) return;
  var colon = id.indexOf(':');
  if (colon < 1 || newDoc.type !== id.slice(0, colon)) {
    throw({ forbidden: 'A record must say what it is: its type must be the start of its id (' + id + ').' });
  }
  var files = newDoc._attachments;
  if (files) {
    for (var name in files) {
      if (newDoc.type !== 'evidence-file') {
        throw({ forbidden: 'Only an evidence file carries an attachment (' + id + ').' });
      }
      if (name !== newDoc.sha256) {
        throw({ forbidden: 'An evidence file carries only its own file, named by its SHA-256 (' + id + ').' });
      }
      if (typeof files[name].length === 'number' && files[name].length !== newDoc.size) {
        throw({ forbidden: 'The attachment of an evidence file must be the size its record says (' + id + ').' });
      }
    }
  }
}`;

/** A staff account to create. */
export interface AccountSpec {
  name: string;
  password: string;
  role: typeof STAFF_ROLE | typeof MANAGER_ROLE;
}

/** What to set up, and with whose rights. */
export interface TeamSetupOptions {
  url: string;
  db: string;
  admin: { name: string; password: string };
  users?: AccountSpec[];
  fetch: FetchLike;
  signal?: AbortSignal;
}

const DesignAnswer = z.looseObject({ _rev: z.string(), validate_doc_update: z.string().optional() });

/** Parses `name:password` (the password may hold colons). */
export function parseAdminSpec(spec: string): { name: string; password: string } {
  const colon = spec.indexOf(':');
  if (colon < 1 || colon === spec.length - 1)
    throw new Error('Give the server admin as --admin name:password.');
  return { name: spec.slice(0, colon), password: spec.slice(colon + 1) };
}

/** Parses `name:password:role` (role `dsh-staff` or `dsh-managers`; the password may hold colons). */
export function parseAccountSpec(spec: string): AccountSpec {
  const first = spec.indexOf(':');
  const last = spec.lastIndexOf(':');
  const name = spec.slice(0, Math.max(first, 0));
  const password = spec.slice(first + 1, last);
  const role = spec.slice(last + 1);
  if (first < 1 || last === first || !password)
    // Never echo the spec: it holds a password.
    throw new Error('Give each account as --user name:password:role (role dsh-staff or dsh-managers).');
  if (name.startsWith('_')) throw new Error(`A user name cannot start with “_” (${name}).`);
  if (role !== STAFF_ROLE && role !== MANAGER_ROLE)
    throw new Error(`The role of ${name} must be ${STAFF_ROLE} or ${MANAGER_ROLE}, not “${role}”.`);
  return { name, password, role };
}

/** Sets up the team database; answers one plain sentence per step, saying what it did or found. */
export async function setupTeamDatabase(options: TeamSetupOptions): Promise<string[]> {
  const connection = {
    url: parseServerUrl(options.url),
    fetch: options.fetch,
    headers: basicAuth(options.admin.name, options.admin.password),
  };
  // CouchDB's rule for database names; checked here so a typo gets a plain message, not "HTTP 400".
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(options.db))
    throw new Error(
      `“${options.db}” cannot be a CouchDB database name: use lower-case letters, digits and - or _, starting with a letter.`,
    );
  const signal = options.signal ? { signal: options.signal } : {};
  const db = encodeURIComponent(options.db);
  const steps: string[] = [];
  const put = (path: string, body: unknown, what: string, expect: number[] = []) =>
    couchRequest(connection, { method: 'PUT', path, body, what, expect, ...signal });

  const created = await put(db, undefined, `creating the database ${options.db}`, [412]);
  steps.push(
    created.status === 412
      ? `The database ${options.db} already exists.`
      : `Created the database ${options.db}.`,
  );

  await put(
    `${db}/_security`,
    { members: { names: [], roles: [STAFF_ROLE] }, admins: { names: [], roles: [MANAGER_ROLE] } },
    'setting who may use the database',
  );
  steps.push(
    `Only accounts with the role ${STAFF_ROLE} can read and write it; ${MANAGER_ROLE} administer it.`,
  );

  const what = 'installing the rules every write must follow';
  const current = await couchRequest(connection, {
    method: 'GET',
    path: `${db}/${DESIGN_DOC_ID}`,
    what,
    expect: [404],
    ...signal,
  });
  const existing = current.status === 404 ? null : parseAnswer(DesignAnswer, current.json, what);
  if (existing?.validate_doc_update === VALIDATE_DOC_UPDATE)
    steps.push(
      'The rules (audit events only ever added; every record says what it is) are already installed.',
    );
  else {
    await put(
      `${db}/${DESIGN_DOC_ID}`,
      { ...(existing ? { _rev: existing._rev } : {}), validate_doc_update: VALIDATE_DOC_UPDATE },
      what,
    );
    steps.push(
      `${existing ? 'Updated' : 'Installed'} the rules: audit events are only ever added; every record says what it is.`,
    );
  }

  if (options.users && options.users.length > 0) {
    await put('_users', undefined, 'preparing the user accounts database', [412]);
    for (const user of options.users) steps.push(await ensureUser(connection, user, signal));
  }
  return steps;
}

/** Creates an account unless one of that name exists (an existing account and its password are left alone). */
async function ensureUser(
  connection: Parameters<typeof couchRequest>[0],
  user: AccountSpec,
  signal: { signal?: AbortSignal },
): Promise<string> {
  const path = `_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
  const what = `creating the account ${user.name}`;
  const found = await couchRequest(connection, { method: 'GET', path, what, expect: [404], ...signal });
  if (found.status !== 404) return `The account ${user.name} already exists; left unchanged.`;
  await couchRequest(connection, {
    method: 'PUT',
    path,
    body: { name: user.name, password: user.password, roles: [user.role], type: 'user' },
    what,
    ...signal,
  });
  return `Created the account ${user.name} (${user.role}).`;
}
