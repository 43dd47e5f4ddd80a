/**
 * `npm run team:setup` (scripts/team-setup.mjs) against a CouchDB-compatible server (pouchdb-server started
 * here, or COUCHDB_URL): sets up, twice without harm, and says what is wrong in plain words.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { useTestCouch } from '../../helpers/use-test-couch';
import { bounded, clientOf } from '../../helpers/sync-fixtures';

const couch = useTestCouch();

describe('npm run team:setup', () => {
  /** Runs the script (bounded to 60 s) with `env` added to this process's environment. */
  const run = (args: string[], env: Record<string, string> = {}) =>
    promisify(execFile)(
      process.execPath,
      [path.join(__dirname, '../../../scripts/team-setup.mjs'), ...args],
      { timeout: 60_000, env: { ...process.env, ...env } },
    ).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? '',
      }),
    );

  it('sets up a database and an account, twice without harm, and names a wrong admin password plainly', async () => {
    const db = couch.newDatabaseName();
    const admin = `--admin=${couch.admin.name}:${couch.admin.password}`;
    const args = ['--url', couch.url, '--db', db, admin, '--user', 'officer-b:pass:word:dsh-managers'];
    const first = await run(args);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(`Created the database ${db}.`);
    expect(first.stdout).toContain('Created the account officer-b (dsh-managers).');
    const second = await run(args);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`The database ${db} already exists.`);
    expect(second.stdout).toContain(`The team database ${db} at ${couch.url} is ready.`);
    // The password held a colon: the account signs in with all of it.
    expect(await clientOf(couch, db).session('officer-b', 'pass:word', bounded())).toMatchObject({
      roles: ['dsh-managers'],
    });

    const wrong = await run(['--url', couch.url, '--db', db, `--admin=${couch.admin.name}:wrong`]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('wrong user name or password');
  }, 120_000);

  it('takes the admin from DSH_TEAM_ADMIN, so the password need not be on the command line', async () => {
    const db = couch.newDatabaseName();
    const result = await run(['--url', couch.url, '--db', db], {
      DSH_TEAM_ADMIN: `${couch.admin.name}:${couch.admin.password}`,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Created the database ${db}.`);
  }, 60_000);

  it.each([
    [[], "Give the server's address and a server admin."],
    [['--url', 'http://127.0.0.1:1', '--admin', 'admin'], 'Give the server admin as --admin name:password.'],
    [
      ['--url', 'http://127.0.0.1:1', '--admin', 'a:b', '--user', 'carol:secret-word'],
      'Give each account as --user name:password:role (role dsh-staff or dsh-managers).',
    ],
    [
      ['--url', 'http://127.0.0.1:1', '--admin', 'a:b', '--user', 'carol:secret-word:root'],
      'The role of carol must be dsh-staff or dsh-managers, not “root”.',
    ],
  ])(
    'refuses %j with a plain message, and never echoes a password',
    async (args, message) => {
      const result = await run(args, { DSH_TEAM_ADMIN: '' });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toContain('secret-word');
    },
    60_000,
  );
});
