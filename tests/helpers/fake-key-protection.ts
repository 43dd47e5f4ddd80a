/**
 * A stand-in for Electron's safeStorage in tests and the Playwright test bridge: reversible on purpose (it is
 * not encryption), so tests can load, keep and reload an installation key in a temporary data folder.
 */
import {
  loadInstallationKey,
  type InstallationKey,
  type KeyProtection,
} from '../../electron/services/installation-key';

/** Protection that marks the text rather than encrypting it. */
export const FAKE_KEY_PROTECTION: KeyProtection = {
  available: true,
  protect: (plain) => new TextEncoder().encode(`fake-protected:${plain}`),
  unprotect: (stored) => {
    const text = new TextDecoder().decode(stored);
    if (!text.startsWith('fake-protected:')) throw new Error('Not protected by this fake.');
    return text.slice('fake-protected:'.length);
  },
};

/** The installation key kept in `dataFolder` (made there on first use), protected by the fake. */
export function testInstallationKey(dataFolder: string): Promise<InstallationKey> {
  return loadInstallationKey({ dataFolder, protection: FAKE_KEY_PROTECTION });
}
