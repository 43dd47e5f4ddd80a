/**
 * The fonts every DSH PDF embeds (Noto Sans Regular and Bold, so "Łukasz Żółć" prints as written), fetched
 * once from the app's own files and kept for later documents; and the fallback fonts for Arabic, Hebrew,
 * Chinese and Japanese, and emoji, each fetched only when a document has a letter it alone can print (the
 * Chinese font is 10 MB). Vite copies the TrueType files into the build and gives their URLs; a same-origin
 * fetch is allowed by the CSP (connect-src 'self') under app:// and in a browser alike.
 */
import hebrewUrl from '@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf?url';
import emojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import arabicUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import chineseUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import type { FallbackFontName } from '../../../shared/documents/pdf/fallback-fonts';
import type { FontFiles } from '../../../shared/documents/pdf/pdf-document';

const FALLBACK_URLS: Record<FallbackFontName, string> = {
  'Noto Sans Arabic': arabicUrl,
  'Noto Sans Hebrew': hebrewUrl,
  'Noto Sans SC': chineseUrl,
  'Noto Emoji': emojiUrl,
};

let loading: Promise<FontFiles> | undefined;
const fallbacks = new Map<FallbackFontName, Promise<Uint8Array>>();

async function fetchFont(url: string, name: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `The font ${name} could not be loaded (${response.status}), so the PDF cannot be made. Reinstall DSH Desk.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** A fallback font: fetched the first time a document needs it, then the same bytes every time. */
function loadFallback(name: FallbackFontName): Promise<Uint8Array> {
  let font = fallbacks.get(name);
  if (!font) {
    font = fetchFont(FALLBACK_URLS[name], name);
    fallbacks.set(name, font);
    // A failed load is not kept: the next export tries again.
    font.catch(() => fallbacks.delete(name));
  }
  return font;
}

/** Noto Sans Regular and Bold, and the fallback fonts on demand; loaded on the first call, then kept. */
export function loadDocumentFonts(): Promise<FontFiles> {
  loading ??= (async () => ({
    regular: await fetchFont(regularUrl, 'Noto Sans Regular'),
    bold: await fetchFont(boldUrl, 'Noto Sans Bold'),
    fallback: loadFallback,
  }))();
  // A failed load is not kept: the next export tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
