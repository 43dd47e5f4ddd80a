// Configures a fresh team database on a CouchDB server (see shared/sync/server-setup.ts), idempotently:
//   npm run team:setup -- --url http://127.0.0.1:5984 --db dsh-desk --admin admin:password \
//     [--user name:password:dsh-staff] [--user name:password:dsh-managers]
// --admin may be left out when DSH_TEAM_ADMIN=name:password is set (keeps the password out of the process list).
// The setup code is TypeScript in shared/; esbuild (already a dev dependency) bundles it in memory first.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage =
  'Usage: npm run team:setup -- --url http://127.0.0.1:5984 --db dsh-desk --admin name:password ' +
  '[--user name:password:dsh-staff]… (or DSH_TEAM_ADMIN=name:password instead of --admin)';

let args;
try {
  args = parseArgs({
    options: {
      url: { type: 'string' },
      db: { type: 'string', default: 'dsh-desk' },
      admin: { type: 'string' },
      user: { type: 'string', multiple: true, default: [] },
      'timeout-seconds': { type: 'string', default: '30' },
    },
  }).values;
} catch (error) {
  fail(`${error.message}\n${usage}`);
}
// The admin may come from the environment instead, so the password stays out of the process list.
const adminSpec = args.admin ?? process.env.DSH_TEAM_ADMIN;
if (!args.url || !adminSpec) fail(`Give the server's address and a server admin.\n${usage}`);
const timeoutSeconds = Number(args['timeout-seconds']);
if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
  fail('--timeout-seconds must be a positive number.');

const setup = await loadSetupModule();
try {
  const steps = await setup.setupTeamDatabase({
    url: args.url,
    db: args.db,
    admin: setup.parseAdminSpec(adminSpec),
    users: args.user.map((spec) => setup.parseAccountSpec(spec)),
    fetch: (url, init) => fetch(url, init),
    signal: AbortSignal.timeout(timeoutSeconds * 1000),
  });
  for (const step of steps) console.log(step);
  console.log(`The team database ${args.db} at ${args.url} is ready.`);
} catch (error) {
  fail(error.message + (error.detail ? `\n(Details: ${error.detail})` : ''));
}

/** Bundles shared/sync/server-setup.ts (with zod) into one ES module in memory and imports it. */
async function loadSetupModule() {
  const result = await build({
    entryPoints: [path.join(root, 'shared/sync/server-setup.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
