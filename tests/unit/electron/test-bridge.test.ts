import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import type { Page } from '@playwright/test';
import { operations } from '../../../shared/contract/bridge';
import {
  BINDING_PREFIX,
  installTestBridge,
  type PageBridgeSettings,
  type TestBridgeOptions,
} from '../../helpers/test-bridge';
import { useTestCouch } from '../../helpers/use-test-couch';
import { OFFICER, newTeamDatabase } from '../../helpers/sync-fixtures';

type Binding = (source: { page: unknown; frame: unknown }, ...args: unknown[]) => Promise<unknown>;

/**
 * A stand-in for Playwright's Page that runs the init script the way Chromium would: from its source text,
 * in a fresh JavaScript realm, so it may use nothing from the test module.
 */
async function pageWithBridge(
  options: Partial<TestBridgeOptions> & { frameUrl?: string; fromSubFrame?: boolean } = {},
) {
  const mainFrame = { url: () => options.frameUrl ?? 'http://127.0.0.1:4173/#/certificates' };
  const subFrame = { url: () => 'http://127.0.0.1:4173/frame.html' };
  const bindings = new Map<string, Binding>();
  let initScript: { source: string; settings: PageBridgeSettings } | null = null;
  const page = {
    mainFrame: () => mainFrame,
    exposeBinding: async (name: string, binding: Binding) => void bindings.set(name, binding),
    addInitScript: async (script: (settings: PageBridgeSettings) => void, settings: PageBridgeSettings) => {
      initScript = { source: script.toString(), settings };
    },
  };
  const saveDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-test-bridge-'));
  saveDirs.push(saveDir);
  const backupsDir = path.join(saveDir, 'backups');
  const record = await installTestBridge(page as unknown as Page, {
    saveDir,
    dataFolder: '/profile',
    backupsDir,
    ...options,
  });

  const realm = vm.createContext({ btoa, atob });
  for (const [name, binding] of bindings) {
    realm[name] = (...args: unknown[]) =>
      binding({ page, frame: options.fromSubFrame ? subFrame : mainFrame }, ...args);
  }
  const { source, settings } = initScript as unknown as { source: string; settings: PageBridgeSettings };
  vm.runInContext(`(${source})(${JSON.stringify(settings)})`, realm);
  /** Runs `code` in the page and returns its result. */
  const inPage = (code: string): Promise<unknown> => vm.runInContext(code, realm) as Promise<unknown>;
  return { record, saveDir, inPage, bindings };
}

const saveDirs: string[] = [];
afterEach(async () => {
  await Promise.all(saveDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

describe('the Playwright test bridge', () => {
  it("defines window.dsh with exactly the contract's methods", async () => {
    const { inPage, bindings } = await pageWithBridge();
    expect(await inPage('Object.keys(dsh).sort()')).toEqual(Object.keys(operations).sort());
    expect(await inPage('Object.isFrozen(dsh)')).toBe(true);
    expect([...bindings.keys()].sort()).toEqual(
      Object.keys(operations)
        .map((n) => `${BINDING_PREFIX}${n}`)
        .sort(),
    );
  });

  it('saves real bytes through the real handlers, under a safe name', async () => {
    const { inPage, record, saveDir } = await pageWithBridge();
    const result = await inPage(
      `dsh.saveFile({ suggestedName: '../certificate: DSH-CERT-2026-0007', kind: 'pdf', bytes: new Uint8Array([37, 80, 68, 70, 0, 255]) })`,
    );
    const saved = path.join(saveDir, 'certificate DSH-CERT-2026-0007.pdf');
    expect(JSON.parse(JSON.stringify(result))).toEqual({ status: 'saved', path: saved });
    expect([...(await fs.readFile(saved))]).toEqual([37, 80, 68, 70, 0, 255]);
    expect(record.saveDialogs).toEqual([{ name: 'certificate DSH-CERT-2026-0007.pdf', kind: 'pdf' }]);
    expect(record.savedFiles).toEqual([saved]);
  });

  it('plays a cancelled save dialog', async () => {
    const { inPage, saveDir } = await pageWithBridge({ answerSaveDialog: () => null });
    const result = await inPage(
      `dsh.saveFile({ suggestedName: 'a', kind: 'csv', bytes: new Uint8Array([1]) })`,
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual({ status: 'cancelled' });
    expect(await fs.readdir(saveDir)).toEqual([]);
  });

  it('records allowed external links and refuses others with the plain message', async () => {
    const { inPage, record } = await pageWithBridge();
    await inPage(`dsh.openExternal({ url: 'mailto:ada@example.ac.uk' })`);
    await expect(
      inPage(`dsh.openExternal({ url: 'https://example.org' }).catch((e) => e.message)`),
    ).resolves.toBe('openExternal: Only e-mail links (mailto:) can be opened outside DSH Desk.');
    expect(record.openedExternal).toEqual(['mailto:ada@example.ac.uk']);
  });

  it('validates payloads like the IPC wrapper, including a JSON.parse "__proto__" key', async () => {
    const { inPage, saveDir } = await pageWithBridge();
    await expect(
      inPage(`dsh.saveFile({ suggestedName: 'a', bytes: new Uint8Array() }).catch((e) => e.message)`),
    ).resolves.toBe('saveFile: kind: This field is required.');
    await expect(
      inPage(
        `dsh.openExternal(JSON.parse('{"url":"mailto:a@b.org","__proto__":{"admin":true}}')).catch((e) => e.message)`,
      ),
    ).resolves.toMatch(/^openExternal: The request contains a field named "__proto__"/);
    expect(await fs.readdir(saveDir)).toEqual([]);
  });

  it('answers getAppInfo with the data folder it was given', async () => {
    const { inPage } = await pageWithBridge({ dataFolder: '/tmp/profile-1' });
    expect(await inPage('dsh.getAppInfo().then((info) => info.dataFolder)')).toBe('/tmp/profile-1');
  });

  it('keeps backups in its backups folder through the real handlers, and hands bytes back as bytes', async () => {
    const { inPage, record } = await pageWithBridge();
    const written = (await inPage(`(async () => {
      const begun = await dsh.beginBackup({ reason: 'manual', appVersion: '0.1.0' });
      const sessionId = begun.sessionId;
      const tables = [{ name: 'meta', schema: 'key', rowCount: 2 }];
      await dsh.writeBackupChunk({ sessionId, part: { kind: 'header', databaseName: 'dsh-desk', databaseVersion: 3, tables } });
      await dsh.writeBackupChunk({ sessionId, part: { kind: 'rows', table: 'meta', rows: [{ key: 'a' }, { key: 'b' }] } });
      return dsh.commitBackup({ sessionId });
    })()`)) as { backup: { fileName: string } };
    expect(await fs.readdir(record.backupsDir)).toEqual([written.backup.fileName]);
    const listed = (await inPage('dsh.listBackups()')) as { folder: string; backups: unknown[] };
    expect(listed.folder).toBe(record.backupsDir);
    expect(listed.backups).toHaveLength(1);
    expect(
      await inPage(`(async () => {
        const opened = await dsh.openBackupReader({ from: 'folder', fileName: '${written.backup.fileName}' });
        const slice = await dsh.readBackupSlice({ readerId: opened.readerId, offset: 0 });
        await dsh.closeBackupReader({ readerId: opened.readerId });
        return [slice.bytes instanceof Uint8Array, Array.from(slice.bytes).join(), opened.trust.kind];
      })()`),
    ).toEqual([
      true,
      Array.from(await fs.readFile(path.join(record.backupsDir, written.backup.fileName))).join(),
      'sealed-here',
    ]);
  });

  it('refuses a sub-frame and a foreign origin, as Electron does', async () => {
    const fromFrame = await pageWithBridge({ fromSubFrame: true });
    await expect(fromFrame.inPage('dsh.getAppInfo().catch((e) => e.message)')).resolves.toMatch(
      /embedded frame/,
    );
    const foreign = await pageWithBridge({ frameUrl: 'https://example.org/' });
    await expect(foreign.inPage('dsh.getAppInfo().catch((e) => e.message)')).resolves.toMatch(
      /"https:\/\/example\.org"/,
    );
  });
});

describe('two pages as two workstations of one team', () => {
  const couch = useTestCouch();

  it('each page signs in with its own team.json and reaches the server with real fetch', async () => {
    const db = await newTeamDatabase(couch);
    const a = await pageWithBridge();
    const b = await pageWithBridge();
    expect(a.record.teamFile).not.toBe(b.record.teamFile);
    const signIn = JSON.stringify({
      url: couch.url,
      database: db,
      username: OFFICER.name,
      password: OFFICER.password,
    });
    for (const page of [a, b])
      expect(await page.inPage(`dsh.teamSignIn(${signIn})`)).toMatchObject({
        ok: true,
        value: { configured: true },
      });

    const pushed = await a.inPage(`dsh.teamPush({ docs: [{ _id: 'person:from-a', type: 'person' }] })`);
    expect(pushed).toMatchObject({ ok: true, value: [{ id: 'person:from-a', status: 'ok' }] });
    const changes = (await b.inPage(`dsh.teamChanges({ since: '0', limit: 100 })`)) as {
      value: { results: Array<{ id: string }> };
    };
    expect(changes.value.results.map((change) => change.id)).toContain('person:from-a');

    // Leaving on A forgets A's server only.
    await a.inPage('dsh.teamLeave()');
    expect(await a.inPage('dsh.teamConnection()')).toEqual({ ok: true, value: { configured: false } });
    expect(await b.inPage('dsh.teamConnection()')).toMatchObject({ ok: true, value: { configured: true } });
    await Promise.all(
      [a, b].map((page) => fs.rm(path.dirname(page.record.teamFile), { recursive: true, force: true })),
    );
  });
});
