/** How an evidence file is described to the officer: its type and size in words. */
import type { EvidenceMediaType } from '../../../shared/contract/evidence-payloads';

const TYPE_WORDS: Record<EvidenceMediaType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
};

/** "PDF", "PNG image", "JPEG image". */
export function evidenceTypeWords(mediaType: EvidenceMediaType): string {
  return TYPE_WORDS[mediaType];
}

/** A size as people read it: "820 bytes", "14 KB", "2.4 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The bytes of a file the officer chose or dropped. */
export async function bytesOf(file: File): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await file.arrayBuffer());
}
