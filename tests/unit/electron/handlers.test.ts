import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileKind } from '../../../shared/contract/payloads';
import { createHandlers, type HandlerDeps } from '../../../electron/ipc/handlers';
import type { InstallationKey } from '../../../electron/services/installation-key';
import { testInstallationKey } from '../../helpers/fake-key-protection';
import { UserFacingError } from '../../../electron/services/user-facing-error';

let saveDir: string;
let dialogAsked: Array<{ name: string; kind: FileKind }>;
let dialogAnswer: (name: string) => string | null;
let shown: string[];
let opened: string[];
let installationKey: InstallationKey;
let keyFolder: string;

function handlers(overrides: Partial<HandlerDeps> = {}) {
  return createHandlers({
    appInfo: {
      name: 'DSH Desk',
      version: '0.1.0',
      platform: 'linux',
      osUserName: 'officer',
      dataFolder: '/data/DSH Desk',
    },
    chooseSavePath: async (name, kind) => {
      dialogAsked.push({ name, kind });
      return dialogAnswer(name);
    },
    showItemInFolder: (filePath) => void shown.push(filePath),
    openMailLink: async (url) => void opened.push(url),
    backupsFolder: path.join(saveDir, 'backups'),
    chooseBackupFile: async () => null,
    installationKey,
    ...overrides,
  });
}

const pdf = new TextEncoder().encode('%PDF-1.7');

beforeEach(async () => {
  saveDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-handlers-'));
  // The key's data folder is apart from saveDir, which the tests list.
  keyFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-key-'));
  installationKey = await testInstallationKey(keyFolder);
  dialogAsked = [];
  dialogAnswer = (name) => path.join(saveDir, name);
  shown = [];
  opened = [];
});

afterEach(async () => {
  await fs.rm(saveDir, { recursive: true, force: true });
  await fs.rm(keyFolder, { recursive: true, force: true });
});

describe('getAppInfo', () => {
  it('reports the app, its data folder and that a desktop host answered', async () => {
    await expect(handlers().getAppInfo(undefined)).resolves.toEqual({
      name: 'DSH Desk',
      version: '0.1.0',
      platform: 'linux',
      osUserName: 'officer',
      dataFolder: '/data/DSH Desk',
      isElectron: true,
      backupSeal: `Backups are sealed with this installation’s key (key ${installationKey.installationId}), kept encrypted by the operating system.`,
    });
  });
});

describe('readMainLog', () => {
  it('hands over the main-process log, and nothing when there is no log', async () => {
    await expect(handlers({ readMainLog: () => 'a line\n' }).readMainLog(undefined)).resolves.toEqual({
      text: 'a line\n',
    });
    await expect(handlers().readMainLog(undefined)).resolves.toEqual({ text: '' });
  });
});

describe('saveFile', () => {
  it('proposes a safe name, writes the bytes where the user chose, and returns the path', async () => {
    const result = await handlers().saveFile({
      suggestedName: '../../certificate: DSH-CERT-2026-0007',
      kind: 'pdf',
      bytes: pdf,
    });
    const expected = path.join(saveDir, 'certificate DSH-CERT-2026-0007.pdf');
    expect(dialogAsked).toEqual([{ name: 'certificate DSH-CERT-2026-0007.pdf', kind: 'pdf' }]);
    expect(result).toEqual({ status: 'saved', path: expected });
    expect(await fs.readFile(expected, 'utf8')).toBe('%PDF-1.7');
  });

  it('adds the extension when the user typed a name without it', async () => {
    dialogAnswer = () => path.join(saveDir, 'my certificate');
    const result = await handlers().saveFile({ suggestedName: 'x', kind: 'pdf', bytes: pdf });
    expect(result).toEqual({ status: 'saved', path: path.join(saveDir, 'my certificate.pdf') });
    expect(await fs.readdir(saveDir)).toEqual(['my certificate.pdf']);
  });

  describe('when the extension added after the dialog names a file that exists (the Linux dialog)', () => {
    beforeEach(async () => {
      dialogAnswer = () => path.join(saveDir, 'bookings');
      await fs.writeFile(path.join(saveDir, 'bookings.csv'), 'the old bookings');
    });

    it('asks before replacing it, and keeps it when the officer says no', async () => {
      const asked: string[] = [];
      const result = await handlers({
        confirmReplace: async (filePath) => (asked.push(filePath), false),
      }).saveFile({ suggestedName: 'x', kind: 'csv', bytes: pdf });
      expect(asked).toEqual([path.join(saveDir, 'bookings.csv')]);
      expect(result).toEqual({ status: 'cancelled' });
      expect(await fs.readFile(path.join(saveDir, 'bookings.csv'), 'utf8')).toBe('the old bookings');
    });

    it('replaces it when the officer says yes', async () => {
      const result = await handlers({ confirmReplace: async () => true }).saveFile({
        suggestedName: 'x',
        kind: 'csv',
        bytes: pdf,
      });
      expect(result).toEqual({ status: 'saved', path: path.join(saveDir, 'bookings.csv') });
      expect(await fs.readFile(path.join(saveDir, 'bookings.csv'), 'utf8')).toBe('%PDF-1.7');
    });

    it('refuses, keeping the file, when there is no way to ask', async () => {
      await expect(handlers().saveFile({ suggestedName: 'x', kind: 'csv', bytes: pdf })).rejects.toThrow(
        'Could not save the file: "bookings.csv" already exists there. Save again and choose another name.',
      );
      expect(await fs.readFile(path.join(saveDir, 'bookings.csv'), 'utf8')).toBe('the old bookings');
    });

    it('does not ask again when the dialog returned the full name (it asked itself)', async () => {
      dialogAnswer = () => path.join(saveDir, 'bookings.csv');
      const asked: string[] = [];
      await handlers({ confirmReplace: async (f) => (asked.push(f), false) }).saveFile({
        suggestedName: 'x',
        kind: 'csv',
        bytes: pdf,
      });
      expect(asked).toEqual([]);
      expect(await fs.readFile(path.join(saveDir, 'bookings.csv'), 'utf8')).toBe('%PDF-1.7');
    });
  });

  it('writes nothing when the user cancels', async () => {
    dialogAnswer = () => null;
    await expect(handlers().saveFile({ suggestedName: 'x', kind: 'csv', bytes: pdf })).resolves.toEqual({
      status: 'cancelled',
    });
    expect(await fs.readdir(saveDir)).toEqual([]);
  });

  it('refuses a relative path from the dialog', async () => {
    dialogAnswer = () => 'relative/x.pdf';
    await expect(handlers().saveFile({ suggestedName: 'x', kind: 'pdf', bytes: pdf })).rejects.toThrow(
      /is not a full path/,
    );
  });

  it('passes a failed write on as a plain-English error', async () => {
    const failing = handlers({
      writeFile: async () => {
        throw new UserFacingError(
          'Could not save x.pdf: the disk is full. Free some space or choose another drive.',
        );
      },
    });
    await expect(failing.saveFile({ suggestedName: 'x', kind: 'pdf', bytes: pdf })).rejects.toThrow(
      /the disk is full/,
    );
  });
});

describe('showInFolder', () => {
  it('reveals a file saved in this session', async () => {
    const h = handlers();
    const saved = await h.saveFile({ suggestedName: 'bookings', kind: 'csv', bytes: pdf });
    if (saved.status !== 'saved') throw new Error('expected a save');
    await expect(h.showInFolder({ path: saved.path })).resolves.toEqual({ ok: true });
    expect(shown).toEqual([saved.path]);
  });

  it.each(['/etc/passwd', 'relative.csv', path.join(os.tmpdir(), 'never-saved.csv')])(
    'refuses %s, which it did not save',
    async (filePath) => {
      await expect(handlers().showInFolder({ path: filePath })).rejects.toThrow(
        'DSH Desk can only show files it has saved since it was started. Save the file again.',
      );
      expect(shown).toEqual([]);
    },
  );

  it('does not remember files saved by another session', async () => {
    const first = handlers();
    const saved = await first.saveFile({ suggestedName: 'a', kind: 'pdf', bytes: pdf });
    if (saved.status !== 'saved') throw new Error('expected a save');
    await expect(handlers().showInFolder({ path: saved.path })).rejects.toBeInstanceOf(UserFacingError);
  });
});

describe('openExternal', () => {
  it('opens an e-mail link', async () => {
    await expect(handlers().openExternal({ url: 'MAILTO:ada@example.ac.uk' })).resolves.toEqual({ ok: true });
    expect(opened).toEqual(['mailto:ada@example.ac.uk']);
  });

  it.each(['https://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share'])(
    'refuses %s',
    async (url) => {
      await expect(handlers().openExternal({ url })).rejects.toThrow(
        'Only e-mail links (mailto:) can be opened outside DSH Desk.',
      );
      expect(opened).toEqual([]);
    },
  );
});
