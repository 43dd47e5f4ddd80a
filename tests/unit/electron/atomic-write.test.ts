import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  writeFileAtomically,
  type AtomicWriteFs,
  type RetryPolicy,
} from '../../../electron/services/atomic-write';
import { UserFacingError } from '../../../electron/services/user-facing-error';

let folder: string;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-atomic-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** Retries without waiting, recording the pauses asked for. */
function instantRetry(): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return { pausesMs: [100, 200, 300, 400], sleep: async (ms) => void slept.push(ms), slept };
}

function failure(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** The real file system, with one step made to fail. */
function failingFs(step: 'open' | 'write' | 'rename', code: string): AtomicWriteFs {
  return {
    open: async (...args: Parameters<typeof fs.open>) => {
      if (step === 'open') throw failure(code);
      const handle = await fs.open(...args);
      if (step !== 'write') return handle;
      // Write the first half for real, then fail: the torn write the temp file exists to absorb.
      handle.writeFile = async (data: Parameters<typeof handle.writeFile>[0]) => {
        const all = data as Uint8Array;
        await handle.write(all.subarray(0, all.length / 2));
        throw failure(code);
      };
      return handle;
    },
    rename: async (...args: Parameters<typeof fs.rename>) => {
      if (step === 'rename') throw failure(code);
      return fs.rename(...args);
    },
    rm: fs.rm,
  };
}

describe('saving a file atomically', () => {
  it('creates a new file with exactly the bytes, and leaves no temporary file', async () => {
    const target = path.join(folder, 'certificate.pdf');
    await writeFileAtomically(target, bytes('%PDF-1.7 new'));
    expect(await fs.readFile(target, 'utf8')).toBe('%PDF-1.7 new');
    expect(await fs.readdir(folder)).toEqual(['certificate.pdf']);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(folder, 'bookings.csv');
    await fs.writeFile(target, 'old,old,old,old,old,old,old');
    await writeFileAtomically(target, bytes('new'));
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(folder)).toEqual(['bookings.csv']);
  });

  it.each([
    ['the folder is read-only', 'open', 'EROFS', /^Could not save report\.pdf: the folder is read-only/],
    [
      'permission is denied',
      'open',
      'EACCES',
      /^Could not save report\.pdf: the folder is read-only or you do not have permission/,
    ],
    [
      'the disk fills up midway through the write',
      'write',
      'ENOSPC',
      /^Could not save report\.pdf: the disk is full/,
    ],
    [
      'the final rename fails',
      'rename',
      'EBUSY',
      /^Could not save report\.pdf: the file is open in another program/,
    ],
    [
      'something unforeseen happens',
      'write',
      'EWHATEVER',
      /^Could not save report\.pdf: the system reported "EWHATEVER"/,
    ],
  ] as const)(
    'keeps the old file and removes the temporary file when %s',
    async (_label, step, code, message) => {
      const target = path.join(folder, 'report.pdf');
      await fs.writeFile(target, 'the old report');

      const attempt = writeFileAtomically(
        target,
        bytes('the new report, longer than the old one'),
        failingFs(step, code),
        instantRetry(),
      );

      await expect(attempt).rejects.toThrow(message);
      await expect(attempt).rejects.toBeInstanceOf(UserFacingError);
      expect(await fs.readFile(target, 'utf8')).toBe('the old report');
      expect(await fs.readdir(folder)).toEqual(['report.pdf']);
    },
  );

  it('explains, without touching anything, when the chosen folder is really a file', async () => {
    await fs.writeFile(path.join(folder, 'not-a-folder'), 'plain file');
    const target = path.join(folder, 'not-a-folder', 'report.pdf');
    await expect(writeFileAtomically(target, bytes('x'))).rejects.toThrow(
      'Could not save report.pdf: part of the path is a file, not a folder. Choose another folder.',
    );
    expect(await fs.readdir(folder)).toEqual(['not-a-folder']);
  });

  it('explains when the folder has gone', async () => {
    await expect(writeFileAtomically(path.join(folder, 'gone', 'a.pdf'), bytes('x'))).rejects.toThrow(
      /^Could not save a\.pdf: the folder does not exist any more/,
    );
  });

  it('explains when the target is a folder, and leaves the folder alone', async () => {
    await fs.mkdir(path.join(folder, 'taken.pdf'));
    await fs.writeFile(path.join(folder, 'taken.pdf', 'inside.txt'), 'kept');
    await expect(writeFileAtomically(path.join(folder, 'taken.pdf'), bytes('x'))).rejects.toThrow(
      /^Could not save taken\.pdf: /,
    );
    expect(await fs.readFile(path.join(folder, 'taken.pdf', 'inside.txt'), 'utf8')).toBe('kept');
    expect(await fs.readdir(folder)).toEqual(['taken.pdf']);
  });
});

describe('saving over a file another program holds (Windows)', () => {
  /** The real file system, with the rename refused `times` times with `code` (Excel holding the CSV). */
  function heldFs(code: string, times: number): AtomicWriteFs & { renames: number } {
    const fake = {
      renames: 0,
      open: fs.open,
      rm: fs.rm,
      rename: async (...args: Parameters<typeof fs.rename>) => {
        fake.renames += 1;
        if (fake.renames <= times) throw failure(code);
        return fs.rename(...args);
      },
    };
    return fake;
  }

  it.each(['EPERM', 'EBUSY', 'EACCES'])(
    'tries again briefly when the rename is refused with %s, and saves once the file is let go',
    async (code) => {
      const target = path.join(folder, 'bookings.csv');
      await fs.writeFile(target, 'old');
      const retry = instantRetry();
      const fake = heldFs(code, 3);
      await writeFileAtomically(target, bytes('new'), fake, retry);
      expect(await fs.readFile(target, 'utf8')).toBe('new');
      expect(fake.renames).toBe(4);
      expect(retry.slept).toEqual([100, 200, 300]);
      expect(await fs.readdir(folder)).toEqual(['bookings.csv']);
    },
  );

  it('gives up after five tries over about a second, saying the file is open in another program', async () => {
    const target = path.join(folder, 'bookings.csv');
    await fs.writeFile(target, 'old');
    const retry = instantRetry();
    const fake = heldFs('EPERM', Infinity);
    await expect(writeFileAtomically(target, bytes('new'), fake, retry)).rejects.toThrow(
      'Could not save bookings.csv: the file is open in another program (for example Excel or a PDF reader), or it is read-only. Close it there and try again, or save under another name.',
    );
    expect(fake.renames).toBe(5);
    expect(retry.slept.reduce((sum, ms) => sum + ms, 0)).toBe(1000);
    expect(await fs.readFile(target, 'utf8')).toBe('old');
    expect(await fs.readdir(folder)).toEqual(['bookings.csv']);
  });

  it('does not retry a failure that waiting cannot cure (the disk is full)', async () => {
    const target = path.join(folder, 'bookings.csv');
    const retry = instantRetry();
    const fake = heldFs('ENOSPC', Infinity);
    await expect(writeFileAtomically(target, bytes('new'), fake, retry)).rejects.toThrow(/the disk is full/);
    expect(fake.renames).toBe(1);
    expect(retry.slept).toEqual([]);
  });
});

describe('the temporary file of a long name', () => {
  it('saves a file whose name is 250 bytes: the temporary name stays within 255 bytes', async () => {
    const name = `${'é'.repeat(123)}.csv`; // 246 + 4 = 250 bytes in UTF-8
    expect(Buffer.byteLength(name)).toBe(250);
    const seen: string[] = [];
    const spying: AtomicWriteFs = {
      open: async (...args: Parameters<typeof fs.open>) => {
        seen.push(path.basename(String(args[0])));
        return fs.open(...args);
      },
      rename: fs.rename,
      rm: fs.rm,
    };
    await writeFileAtomically(path.join(folder, name), bytes('x'), spying);
    expect(await fs.readdir(folder)).toEqual([name]);
    expect(Buffer.byteLength(seen[0] ?? '')).toBeLessThanOrEqual(255);
    expect(seen[0]).toMatch(/^\.é+\.[0-9a-f]{12}\.tmp$/);
  });
});
