// This installation's key: made once, kept protected by the system (a fake here), loaded again unchanged.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  hmacSha256Hex,
  INSTALLATION_KEY_FILE,
  keyProtectionWords,
  loadInstallationKey,
} from '../../../electron/services/installation-key';
import { FAKE_KEY_PROTECTION } from '../../helpers/fake-key-protection';

let dataFolder: string;
beforeEach(async () => {
  dataFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-key-'));
});
afterEach(async () => {
  await fs.rm(dataFolder, { recursive: true, force: true });
});

describe('the installation key', () => {
  it('is made on first use, kept protected, and the same when loaded again', async () => {
    const first = await loadInstallationKey({ dataFolder, protection: FAKE_KEY_PROTECTION });
    expect(first.key).toHaveLength(32);
    expect(first).toMatchObject({ protectedAtRest: true, replaced: null });
    const text = await fs.readFile(path.join(dataFolder, INSTALLATION_KEY_FILE), 'utf8');
    // The file holds the key only as the system protected it.
    expect(text).not.toContain(Buffer.from(first.key).toString('hex'));
    const again = await loadInstallationKey({ dataFolder, protection: FAKE_KEY_PROTECTION });
    expect(again.installationId).toBe(first.installationId);
    expect(Buffer.from(again.key).equals(Buffer.from(first.key))).toBe(true);
    expect(hmacSha256Hex(again.key, 'x')).toBe(hmacSha256Hex(first.key, 'x'));
  });

  it('says plainly when the system offers no protection and the key is kept unprotected', async () => {
    const key = await loadInstallationKey({
      dataFolder,
      protection: { ...FAKE_KEY_PROTECTION, available: false },
    });
    expect(key.protectedAtRest).toBe(false);
    expect(keyProtectionWords(key)).toMatch(/the key is kept UNPROTECTED in the data folder/);
    // Protected as soon as the system can.
    const later = await loadInstallationKey({ dataFolder, protection: FAKE_KEY_PROTECTION });
    expect(later).toMatchObject({ installationId: key.installationId, protectedAtRest: true });
  });

  it('keeps an unreadable key file aside and makes a new key, saying why', async () => {
    const first = await loadInstallationKey({ dataFolder, protection: FAKE_KEY_PROTECTION });
    const cannotUnlock = {
      ...FAKE_KEY_PROTECTION,
      unprotect: () => {
        throw new Error('no keyring');
      },
    };
    const next = await loadInstallationKey({ dataFolder, protection: cannotUnlock });
    expect(next.installationId).not.toBe(first.installationId);
    expect(next.replaced).toMatch(
      /^The installation key could not be read \(the system could not unlock the key/,
    );
    expect((await fs.readdir(dataFolder)).sort()).toEqual([
      INSTALLATION_KEY_FILE,
      expect.stringMatching(/^installation-key\.json\.unreadable-/),
    ]);
  });
});
