/** The certificate PDF figure: shared/documents builds it in the renderer, with the app's embedded fonts. */
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import { buildCertificatePdf, type FontFiles } from '../../shared/documents';
import type { Certificate, Settings } from '../../shared/domain';
import type { TimedRead } from '../bench-api';
import { RawReader, openRaw } from './raw-idb';

let fonts: FontFiles | undefined;

async function bytesOf(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/** Builds the PDF of a certificate from the register; `rows` is its size in bytes. */
export async function certificatePdf(certificateId: string): Promise<TimedRead> {
  fonts ??= { regular: await bytesOf(regularUrl), bold: await bytesOf(boldUrl) };
  const db = await openRaw('dsh-desk');
  const r = new RawReader(db, ['certificates', 'settings']);
  const certificate = await r.get<Certificate>('certificates', certificateId);
  const settings = await r.get<Settings>('settings', 'settings');
  db.close();
  if (!certificate) throw new Error(`No certificate ${certificateId} in the database.`);
  const t0 = performance.now();
  const bytes = await buildCertificatePdf(certificate, {
    organisationName: settings?.organisationName ?? 'Data Safe Haven',
    fonts,
  });
  return { ms: performance.now() - t0, rows: bytes.length };
}
