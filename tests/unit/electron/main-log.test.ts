import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMainLog, teeConsoleTo } from '../../../electron/services/main-log';

let folder: string;
const at = () => new Date('2026-12-06T10:00:00.000Z');

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-main-log-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('the main-process log file', () => {
  it('creates logs/main.log in the data folder and writes timestamped lines', async () => {
    const log = createMainLog(path.join(folder, 'logs', 'main.log'), 10_000, at);
    log.write('error', 'DSH Desk: listBackups failed unexpectedly', new Error('EIO'));
    const text = await fs.readFile(path.join(folder, 'logs', 'main.log'), 'utf8');
    expect(text).toMatch(
      /^2026-12-06T10:00:00\.000Z ERROR DSH Desk: listBackups failed unexpectedly Error: EIO/,
    );
    expect(log.read()).toBe(text);
  });

  it('rotates before passing its size cap, keeping one previous file, so it never grows past twice the cap', async () => {
    const file = path.join(folder, 'main.log');
    const log = createMainLog(file, 1_000, at);
    for (let i = 0; i < 200; i += 1) log.write('warn', `line ${i} ${'x'.repeat(40)}`);
    const current = await fs.stat(file);
    const previous = await fs.stat(path.join(folder, 'main.old.log'));
    expect(current.size).toBeLessThanOrEqual(1_000);
    expect(previous.size).toBeLessThanOrEqual(1_000);
    expect((await fs.readdir(folder)).sort()).toEqual(['main.log', 'main.old.log']);
    // Reading gives the newest lines, whole, oldest first, within the cap.
    const text = log.read();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_000);
    expect(text.split('\n').at(-2)).toContain('line 199 ');
    expect(text.split('\n')[0]).toMatch(/^2026-12-06T10:00:00\.000Z WARN line \d+ x+$/);
  });

  it('reads as empty when nothing was logged, and never throws when it cannot write', async () => {
    const blocked = path.join(folder, 'a-file');
    await fs.writeFile(blocked, '');
    const log = createMainLog(path.join(blocked, 'main.log'));
    expect(() => log.write('error', 'lost')).not.toThrow();
    expect(log.read()).toBe('');
  });

  it('copies console.error, warn and info into the file as well as the terminal', async () => {
    const log = createMainLog(path.join(folder, 'main.log'), 10_000, at);
    const printed: string[] = [];
    const fakeConsole = {
      error: (...parts: unknown[]) => void printed.push(`E ${parts.join(' ')}`),
      warn: (...parts: unknown[]) => void printed.push(`W ${parts.join(' ')}`),
      info: (...parts: unknown[]) => void printed.push(`I ${parts.join(' ')}`),
    };
    teeConsoleTo(log, fakeConsole);
    fakeConsole.error('DSH Desk could not start');
    fakeConsole.warn('blocked navigation');
    expect(printed).toEqual(['E DSH Desk could not start', 'W blocked navigation']);
    expect(log.read()).toBe(
      '2026-12-06T10:00:00.000Z ERROR DSH Desk could not start\n2026-12-06T10:00:00.000Z WARN blocked navigation\n',
    );
  });
});
