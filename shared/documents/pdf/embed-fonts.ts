/**
 * Embeds a document's fonts: Noto Sans Regular and Bold always, and a fallback font only for letters Noto
 * Sans lacks (see fallback-fonts.ts); then refuses, naming them, any letters no font has, which would
 * otherwise print as empty boxes.
 */
import type { PDFDocument } from 'pdf-lib';
import {
  FALLBACK_FONTS,
  characterSetOf,
  fallbacksFor,
  isInvisible,
  type FallbackFontLoader,
} from './fallback-fonts';
import type { DocumentFonts } from './page-flow';

/** The font files a document embeds. */
export interface FontFiles {
  /** TrueType bytes of Noto Sans Regular. */
  regular: Uint8Array;
  /** TrueType bytes of Noto Sans Bold. */
  bold: Uint8Array;
  /** Gives a fallback font when the document needs it; without it, only what Noto Sans has can print. */
  fallback?: FallbackFontLoader;
}

/**
 * pdf-lib draws glyphs at their advance widths and ignores positioning, so kerning and mark positioning
 * (GPOS) are wasted work, about four fifths of the time spent laying text out; ligatures are left off so
 * that text copied or extracted from the PDF reads exactly as written. (A fresh object each time: fontkit
 * writes its defaults into the object it is given.)
 */
function layoutFeatures() {
  return { kern: false, mark: false, mkmk: false, curs: false, liga: false, clig: false, calt: false };
}

/** Embeds the fonts `texts` need, or throws naming the characters no font can print. */
export async function embedDocumentFonts(
  doc: PDFDocument,
  files: FontFiles,
  texts: readonly string[],
): Promise<DocumentFonts> {
  const regular = await doc.embedFont(files.regular, { subset: true, features: layoutFeatures() });
  const bold = await doc.embedFont(files.bold, { subset: true, features: layoutFeatures() });
  const inRegular = new Set(regular.getCharacterSet());
  const inBold = new Set(bold.getCharacterSet());
  const missing = new Map<number, string>();
  for (const text of texts) {
    for (const character of text.normalize('NFC')) {
      const code = character.codePointAt(0)!;
      if (/\s/u.test(character) || isInvisible(code) || (inRegular.has(code) && inBold.has(code))) continue;
      missing.set(code, character);
    }
  }
  const fallbacks: DocumentFonts['fallbacks'][number][] = [];
  for (const name of files.fallback ? fallbacksFor(missing.keys()) : []) {
    const bytes = await files.fallback!(name);
    const set = characterSetOf(bytes);
    if (![...missing.keys()].some((code) => set.has(code))) continue;
    const font = await doc.embedFont(bytes, { subset: true, features: layoutFeatures() });
    fallbacks.push({ key: `Fallback${FALLBACK_FONTS.indexOf(name) + 1}`, font, set });
    for (const code of [...missing.keys()]) if (set.has(code)) missing.delete(code);
  }
  if (missing.size > 0) {
    const listed = [...missing.entries()].map(([code, c]) => `“${c}” (${codePointName(code)})`).join(', ');
    throw new Error(
      `This document contains characters no font of DSH Desk can print: ${listed}. Replace them (for example with a transliteration) and try again.`,
    );
  }
  return { regular, bold, fallbacks };
}

/** "U+1F600". */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
