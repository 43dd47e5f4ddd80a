/**
 * PDF helpers for tests: the Noto Sans fonts the app ships, and the text of a PDF as poppler's pdftotext
 * reads it (poppler-utils is a Debian package the project's scripts install; see TOOLCHAIN.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FONT_DIR = join(__dirname, '../../node_modules/@expo-google-fonts/noto-sans');

/** Noto Sans Regular and Bold, as the app embeds them. */
export function notoSans(): { regular: Uint8Array; bold: Uint8Array } {
  return {
    regular: new Uint8Array(readFileSync(join(FONT_DIR, '400Regular/NotoSans_400Regular.ttf'))),
    bold: new Uint8Array(readFileSync(join(FONT_DIR, '700Bold/NotoSans_700Bold.ttf'))),
  };
}

/** The text of each page of a PDF, laid out as pdftotext reads it. */
export function pdfPages(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dsh-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils).', {
        cause: error,
      });
    }
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
