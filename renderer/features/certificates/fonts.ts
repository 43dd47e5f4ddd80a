/**
 * The fonts every DSH PDF embeds (Noto Sans Regular and Bold, so "Łukasz Żółć" prints as written), fetched
 * once from the app's own files and kept for later documents. Vite copies the TrueType files into the build
 * and gives their URLs; a same-origin fetch is allowed by the CSP (connect-src 'self') under app:// and in a
 * browser alike.
 */
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import type { FontFiles } from '../../../shared/documents/pdf/pdf-document';

let loading: Promise<FontFiles> | undefined;

async function fetchFont(url: string, name: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `The font ${name} could not be loaded (${response.status}), so the PDF cannot be made. Reinstall DSH Desk.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Noto Sans Regular and Bold; loaded on the first call, then the same bytes every time. */
export function loadDocumentFonts(): Promise<FontFiles> {
  loading ??= (async () => ({
    regular: await fetchFont(regularUrl, 'Noto Sans Regular'),
    bold: await fetchFont(boldUrl, 'Noto Sans Bold'),
  }))();
  // A failed load is not kept: the next export tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
