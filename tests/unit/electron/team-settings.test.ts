/**
 * team.json on its own: a password kept unprotected (no keyring at the time) is protected as soon as the
 * system offers protection, and a file that cannot be read is reported once, not on every call.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KeyProtection } from '../../../electron/services/installation-key';
import { TEAM_FILE, createTeamSettingsStore } from '../../../electron/services/team-settings';
import { FAKE_KEY_PROTECTION } from '../../helpers/fake-key-protection';

let file: string;
beforeEach(async () => {
  file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-team-settings-')), TEAM_FILE);
});
afterEach(async () => {
  await fs.rm(path.dirname(file), { recursive: true, force: true });
});

const settings = {
  url: 'https://couch.example.org/',
  database: 'dsh-team',
  username: 'ada',
  roles: ['dsh-staff'],
  since: '2026-12-06T15:00:00.000Z',
  password: 'correct horse',
};

it('protects a password kept unprotected once the system can', async () => {
  const none: KeyProtection = { ...FAKE_KEY_PROTECTION, available: false };
  await expect(createTeamSettingsStore({ file, protection: none }).save(settings)).resolves.toMatchObject({
    protectedAtRest: false,
  });
  expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ protection: 'none' });

  const later = createTeamSettingsStore({ file, protection: FAKE_KEY_PROTECTION });
  await expect(later.read()).resolves.toEqual({ ...settings, protectedAtRest: true });
  const text = await fs.readFile(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ protection: 'os' });
  expect(text).not.toContain(settings.password);
});

it('reports a damaged file once, however often it is asked', async () => {
  await fs.writeFile(file, 'not json');
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const store = createTeamSettingsStore({ file, protection: FAKE_KEY_PROTECTION });
    for (let i = 0; i < 3; i += 1) await expect(store.read()).resolves.toBeNull();
    expect(logged).toHaveBeenCalledTimes(1);
  } finally {
    logged.mockRestore();
  }
});
