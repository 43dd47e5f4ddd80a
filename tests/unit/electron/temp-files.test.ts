import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomically, type AtomicWriteFs } from '../../../electron/services/atomic-write';
import {
  finishPendingWrites,
  isTemporaryName,
  pendingWriteCount,
  removeStaleTemporaryFiles,
  temporaryNameFor,
  trackWrite,
} from '../../../electron/services/temp-files';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-temp-files-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('temporary names', () => {
  it.each([
    ['a short name', 'backup.json'],
    ['a 250-byte name', `${'a'.repeat(246)}.csv`],
    ['a 255-byte name of two-byte letters', `${'é'.repeat(125)}.pdf.`],
    ['a name of four-byte characters', '😀'.repeat(63)],
  ])('never pass 255 bytes, and are recognised as temporary, for %s', (_label, name) => {
    const temporary = temporaryNameFor(name);
    expect(Buffer.byteLength(temporary, 'utf8')).toBeLessThanOrEqual(255);
    expect(isTemporaryName(temporary)).toBe(true);
    expect(temporary.startsWith('.')).toBe(true);
  });

  it.each(['backup.json', '.hidden', '.a.tmp', '.a.12345678901g.tmp', 'Local State'])(
    'does not take %s for a temporary file',
    (name) => expect(isTemporaryName(name)).toBe(false),
  );
});

describe('cleaning up at start', () => {
  it('removes temporary files a crash left in the data and backups folders, and nothing else', async () => {
    const backups = path.join(folder, 'backups');
    await fs.mkdir(backups);
    const stale = [
      path.join(folder, '.settings.json.0123456789ab.tmp'),
      path.join(backups, '.DSH Desk backup 2026-12-06.json.abcdef012345.tmp'),
    ];
    const kept = [
      path.join(folder, 'settings.json'),
      path.join(backups, 'DSH Desk backup 2026-12-06.json'),
      path.join(backups, '.notes.tmp'),
    ];
    for (const file of [...stale, ...kept]) await fs.writeFile(file, 'x');
    // A folder named like a temporary file is not the writer's, and is left alone.
    await fs.mkdir(path.join(folder, '.odd.0123456789ab.tmp'));

    const removed = await removeStaleTemporaryFiles([folder, backups, path.join(folder, 'missing')]);

    expect(removed.sort()).toEqual([...stale].sort());
    for (const file of kept) await expect(fs.stat(file)).resolves.toBeTruthy();
    await expect(fs.stat(path.join(folder, '.odd.0123456789ab.tmp'))).resolves.toBeTruthy();
  });
});

it('leaves alone the temporary file of a write that is in progress', async () => {
  const busy = path.join(folder, '.backup.json.0123456789ab.tmp');
  await fs.writeFile(busy, 'half');
  let finish!: () => void;
  trackWrite(busy, new Promise<void>((resolve) => (finish = resolve)));
  expect(await removeStaleTemporaryFiles([folder])).toEqual([]);
  expect(await fs.readdir(folder)).toEqual(['.backup.json.0123456789ab.tmp']);
  finish();
});

describe('quitting while a write is in progress', () => {
  /** A file system whose writes stop halfway until `release` is called: a long backup. */
  function slowFs(): AtomicWriteFs & { release: () => void; started: Promise<void> } {
    let release!: () => void;
    let markStarted!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    return {
      release,
      started,
      rename: fs.rename,
      rm: fs.rm,
      open: async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        const writeAll = handle.writeFile.bind(handle);
        handle.writeFile = async (data: Parameters<typeof handle.writeFile>[0]) => {
          markStarted();
          await gate;
          return writeAll(data);
        };
        return handle;
      },
    };
  }

  it('waits for a write that finishes in time, which then completes', async () => {
    const slow = slowFs();
    const target = path.join(folder, 'backup.json');
    const writing = writeFileAtomically(target, new TextEncoder().encode('{}'), slow);
    await slow.started;
    expect(pendingWriteCount()).toBe(1);

    const quitting = finishPendingWrites(5_000);
    slow.release();
    await expect(quitting).resolves.toEqual({ finished: 1, removed: [] });
    await writing;
    expect(await fs.readdir(folder)).toEqual(['backup.json']);
    expect(pendingWriteCount()).toBe(0);
  });

  it('removes the temporary file of a write that does not finish in time, leaving no temp file', async () => {
    const slow = slowFs();
    const target = path.join(folder, 'backup.json');
    const writing = writeFileAtomically(target, new TextEncoder().encode('{}'), slow).catch(
      (error: unknown) => error,
    );
    await slow.started;
    expect((await fs.readdir(folder)).filter(isTemporaryName)).toHaveLength(1);

    const outcome = await finishPendingWrites(10, async () => undefined);

    expect(outcome.finished).toBe(0);
    expect(outcome.removed).toHaveLength(1);
    expect(await fs.readdir(folder)).toEqual([]);
    expect(pendingWriteCount()).toBe(0);
    // Let the abandoned write run out, as the process would not: it finds its temporary file gone.
    slow.release();
    expect(await writing).toBeInstanceOf(Error);
    expect(await fs.readdir(folder)).toEqual([]);
  });
});
