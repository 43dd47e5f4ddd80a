/**
 * PDF helpers for tests: the Noto Sans fonts the app ships, and the text of a PDF as poppler's pdftotext
 * reads it (poppler-utils is a Debian package the project's scripts install; see TOOLCHAIN.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FallbackFontName } from '../../shared/documents/pdf/fallback-fonts';

const MODULES = join(__dirname, '../../node_modules');
const FONT_DIR = join(MODULES, '@expo-google-fonts/noto-sans');

/** Where each fallback font is in node_modules (the app imports the same files). */
const FALLBACK_FILES: Record<FallbackFontName, string> = {
  'Noto Sans Arabic': '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'Noto Sans Hebrew': '@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf',
  'Noto Sans SC': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'Noto Emoji': '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
};
// Read once per test file, and the same bytes each time (so their parsed character sets are kept too).
const fallbackBytes = new Map<FallbackFontName, Uint8Array>();

/** A fallback font from node_modules, as the app loads it. */
export function fallbackFont(name: FallbackFontName): Uint8Array {
  let bytes = fallbackBytes.get(name);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(join(MODULES, FALLBACK_FILES[name])));
    fallbackBytes.set(name, bytes);
  }
  return bytes;
}

/** Noto Sans Regular and Bold, and the fallback fonts for other scripts, as the app embeds them. */
export function notoSans(): { regular: Uint8Array; bold: Uint8Array; fallback: typeof fallbackFont } {
  return {
    regular: new Uint8Array(readFileSync(join(FONT_DIR, '400Regular/NotoSans_400Regular.ttf'))),
    bold: new Uint8Array(readFileSync(join(FONT_DIR, '700Bold/NotoSans_700Bold.ttf'))),
    fallback: fallbackFont,
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
