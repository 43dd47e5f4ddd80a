/**
 * PDFs made by tests for evidence files: an NHS Data Security Awareness certificate laid out as the NHS
 * e-learning platforms lay theirs out (one text object per line), a password-protected PDF and a damaged one.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** What a DSA-like certificate says. */
export interface DsaCertificateText {
  name: string;
  /** As printed, e.g. "06/12/2026". */
  completed: string;
  course?: string;
  reference?: string;
}

/** A one-page certificate of completion for the Data Security Awareness course. */
export async function dsaCertificatePdf(facts: DsaCertificateText): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([842, 595]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const lines: ReadonlyArray<readonly [string, number, boolean]> = [
    ['Certificate of Completion', 26, true],
    ['This is to certify that', 14, false],
    [facts.name, 22, true],
    ['has successfully completed', 14, false],
    [facts.course ?? 'Data Security Awareness - Level 1', 18, true],
    [`Date completed: ${facts.completed}`, 12, false],
    ...(facts.reference ? ([[`Certificate number: ${facts.reference}`, 10, false]] as const) : []),
  ];
  let y = 480;
  for (const [text, size, isBold] of lines) {
    page.drawText(text, { x: 80, y, size, font: isBold ? bold : font, color: rgb(0.1, 0.1, 0.3) });
    y -= size * 2.6;
  }
  return new Uint8Array(await pdf.save());
}

/** A minimal PDF whose trailer names a Standard security handler: no reader opens it without a password. */
export function encryptedPdf(): Uint8Array<ArrayBuffer> {
  const hex32 = 'ab'.repeat(32);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '0123456789abcdef0123456789abcdef';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** Something that starts like a PDF and is not one. */
export function damagedPdf(): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body, it was cut off in an e-mail\n');
}
