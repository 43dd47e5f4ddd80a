import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomically, type AtomicWriteFs } from '../../../electron/services/atomic-write';
import { UserFacingError } from '../../../electron/services/user-facing-error';

let folder: string;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-atomic-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

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
