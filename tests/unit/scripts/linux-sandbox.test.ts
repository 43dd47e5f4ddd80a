import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFacts, sandboxProblem, type SandboxFacts } from '../../../scripts/lib/linux-sandbox.cjs';

const helper = '/project/node_modules/electron/dist/chrome-sandbox';
const facts = (overrides: Partial<SandboxFacts>): SandboxFacts => ({
  helper,
  stat: { uid: 1000, mode: 0o100755 },
  userNamespacesRestricted: true,
  ...overrides,
});

describe('npm start and the Linux sandbox helper', () => {
  it('explains, with the commands to run, when Electron would abort (Ubuntu 23.10+, helper not setuid root)', () => {
    const message = sandboxProblem('linux', facts({}));
    expect(message).toContain('restricts unprivileged user namespaces');
    expect(message).toContain(`sudo chown root:root "${helper}" && sudo chmod 4755 "${helper}"`);
    expect(message).toContain('never turns the sandbox off');
  });

  it.each([
    ['the helper is setuid root', facts({ stat: { uid: 0, mode: 0o104755 } })],
    ['user namespaces are allowed', facts({ userNamespacesRestricted: false })],
    ['there is no helper', facts({ stat: null })],
  ])('lets Electron start when %s', (_label, given) => {
    expect(sandboxProblem('linux', given)).toBeNull();
  });

  it('never stops Windows or macOS', () => {
    expect(sandboxProblem('win32', facts({}))).toBeNull();
    expect(sandboxProblem('darwin', facts({}))).toBeNull();
  });

  it('reads the helper beside the binary and the AppArmor switch', async () => {
    const dist = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-sandbox-'));
    try {
      await fs.writeFile(path.join(dist, 'chrome-sandbox'), '');
      const read = readFacts(path.join(dist, 'electron'), (file) => {
        if (file.endsWith('apparmor_restrict_unprivileged_userns')) return '1\n';
        throw new Error('absent');
      });
      expect(read.helper).toBe(path.join(dist, 'chrome-sandbox'));
      expect(read.stat?.uid).toBe(process.getuid?.());
      expect(read.userNamespacesRestricted).toBe(true);
    } finally {
      await fs.rm(dist, { recursive: true, force: true });
    }
  });
});
