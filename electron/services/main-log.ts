/**
 * The main process's log file, `logs/main.log` in the data folder: packaged apps on Windows and macOS have no
 * terminal, so without it main-process errors go nowhere. Size-capped: when the file would pass `maxBytes` it
 * becomes `main.old.log` (replacing the previous one) and a new file starts, so the two never exceed twice the
 * cap. Written synchronously, so the line explaining a crash is on disk before the crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

/** The cap on one log file: a few thousand lines, enough for support, small enough to attach. */
export const DEFAULT_MAX_LOG_BYTES = 512 * 1024;

/** The log's file and how to write to and read from it. */
export interface MainLog {
  readonly file: string;
  /** Appends one line: time, level, then the parts formatted as console.log would. Never throws. */
  write(level: 'error' | 'warn' | 'info', ...parts: unknown[]): void;
  /** The previous file then the current one, at most `maxBytes` from the end; empty when there is none. */
  read(): string;
}

/** Opens (creating on first write) the rotating log at `file`. */
export function createMainLog(
  file: string,
  maxBytes = DEFAULT_MAX_LOG_BYTES,
  now: () => Date = () => new Date(),
): MainLog {
  const previous = file.replace(/\.log$/, '') + '.old.log';
  return {
    file,
    write(level, ...parts) {
      const line = `${now().toISOString()} ${level.toUpperCase()} ${format(...parts)}\n`;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) fs.renameSync(file, previous);
        fs.appendFileSync(file, line, { mode: 0o600 });
      } catch {
        // A log that cannot be written must never take the app down with it.
      }
    },
    read() {
      const text = [previous, file].map(readIfPresent).join('');
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length <= maxBytes) return text;
      // Cut at a line break so the first line shown is whole.
      const tail = bytes.subarray(bytes.length - maxBytes).toString('utf8');
      return tail.slice(tail.indexOf('\n') + 1);
    },
  };
}

function readIfPresent(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

// Consoles already copied to a log: a second call must not copy every line twice.
const teed = new WeakSet<object>();

/** Sends console.error, console.warn and console.info to `log` as well as to the terminal (once per console). */
export function teeConsoleTo(log: MainLog, target: Pick<Console, 'error' | 'warn' | 'info'> = console): void {
  if (teed.has(target)) return;
  teed.add(target);
  for (const level of ['error', 'warn', 'info'] as const) {
    const original = target[level].bind(target);
    target[level] = (...parts: unknown[]) => {
      log.write(level, ...parts);
      original(...parts);
    };
  }
}
