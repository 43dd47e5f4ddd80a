/**
 * The evidence folder: files kept by SHA-256, checked by content in main (size, type, encrypted or damaged
 * PDFs) and read back or opened only when intact. Real files in a temporary folder; real PDF.js.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_EVIDENCE_BYTES } from '../../../shared/contract/evidence-payloads';
import { createEvidenceFolder, sha256Of } from '../../../electron/services/evidence-files';
import { damagedPdf, dsaCertificatePdf, encryptedPdf } from '../../helpers/evidence-pdfs';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 5, 6, 7, 8]);

let root: string;
let opened: string[];
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'dsh-evidence-'));
  opened = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder() {
  return createEvidenceFolder({
    folder: path.join(root, 'evidence'),
    openPath: async (filePath) => {
      opened.push(filePath);
      return '';
    },
  });
}
const kept = () => readdirSync(path.join(root, 'evidence')).filter((name) => name !== 'viewing');

describe('keeping an evidence file', () => {
  it('keeps a PDF under its SHA-256 and returns its text', async () => {
    const bytes = await dsaCertificatePdf({ name: 'Jane Smith', completed: '06/12/2026' });
    const result = await folder().store({ fileName: 'certificate.pdf', bytes });
    expect(result).toMatchObject({ status: 'stored', sha256: sha256Of(bytes), size: bytes.length });
    expect(result.status === 'stored' && result.mediaType).toBe('application/pdf');
    expect(result.status === 'stored' && result.text).toContain('Jane Smith');
    expect(kept()).toEqual([sha256Of(bytes)]);
  });

  it('knows a PNG and a JPEG by their content, whatever they are called', async () => {
    await expect(folder().store({ fileName: 'scan.pdf', bytes: PNG })).resolves.toMatchObject({
      status: 'stored',
      mediaType: 'image/png',
    });
    await expect(folder().store({ fileName: 'form', bytes: JPEG })).resolves.toMatchObject({
      status: 'stored',
      mediaType: 'image/jpeg',
    });
  });

  it('stores the same bytes once, however often and under whatever name they are attached', async () => {
    const evidence = folder();
    const first = await evidence.store({ fileName: 'a.png', bytes: PNG });
    const second = await evidence.store({ fileName: 'b.png', bytes: PNG });
    expect(second).toEqual(first);
    expect(kept()).toEqual([sha256Of(PNG)]);
  });

  it('refuses a file that is not a PDF, PNG or JPEG, even when named .pdf', async () => {
    const result = await folder().store({ fileName: 'virus.pdf', bytes: new TextEncoder().encode('MZ....') });
    expect(result).toEqual({
      status: 'refused',
      message: '"virus.pdf" is not a PDF, PNG or JPEG file (judged by its content, not its name).',
    });
  });

  it('refuses a file over 20 MB and an empty one, keeping nothing', async () => {
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PNG);
    await expect(folder().store({ fileName: 'huge.png', bytes: big })).resolves.toMatchObject({
      status: 'refused',
      message: expect.stringContaining('larger than 20 MB'),
    });
    await expect(folder().store({ fileName: 'empty.png', bytes: new Uint8Array() })).resolves.toEqual({
      status: 'refused',
      message: '"empty.png" is empty.',
    });
    expect(() => kept()).toThrow(); // the folder was never even made
  });

  it('refuses a password-protected PDF with a message that says what to do', async () => {
    const result = await folder().store({ fileName: 'locked.pdf', bytes: encryptedPdf() });
    expect(result).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('password-protected'),
    });
  });

  it('refuses a damaged PDF', async () => {
    const result = await folder().store({ fileName: 'cut.pdf', bytes: damagedPdf() });
    expect(result).toEqual({
      status: 'refused',
      message: '"cut.pdf" is a damaged PDF that cannot be opened. Attach a good copy of it.',
    });
  });
});

describe('reading and opening a kept file', () => {
  it('reads the bytes back by SHA-256 and opens a viewing copy with the right extension', async () => {
    const evidence = folder();
    const stored = await evidence.store({ fileName: 'form.jpg', bytes: JPEG });
    if (stored.status !== 'stored') throw new Error('not stored');
    const request = { sha256: stored.sha256, mediaType: stored.mediaType };
    await expect(evidence.read(request)).resolves.toEqual(new Uint8Array(JPEG));
    await evidence.open(request);
    expect(opened).toEqual([path.join(root, 'evidence', 'viewing', `${stored.sha256}.jpg`)]);
  });

  it('refuses a file that is not kept here, and one changed on disk since', async () => {
    const evidence = folder();
    const missing = { sha256: 'c'.repeat(64), mediaType: 'image/png' as const };
    await expect(evidence.read(missing)).rejects.toThrow('not in the data folder of this computer');
    const stored = await evidence.store({ fileName: 'a.png', bytes: PNG });
    if (stored.status !== 'stored') throw new Error('not stored');
    writeFileSync(path.join(root, 'evidence', stored.sha256), JPEG);
    await expect(evidence.open({ sha256: stored.sha256, mediaType: 'image/png' })).rejects.toThrow(
      'changed on disk since it was attached',
    );
    expect(opened).toEqual([]);
  });

  it('puts back a kept file that was changed on disk when the original is attached again', async () => {
    const evidence = folder();
    const stored = await evidence.store({ fileName: 'a.png', bytes: PNG });
    if (stored.status !== 'stored') throw new Error('not stored');
    writeFileSync(path.join(root, 'evidence', stored.sha256), JPEG);
    await evidence.store({ fileName: 'a.png', bytes: PNG });
    await expect(evidence.read({ sha256: stored.sha256, mediaType: 'image/png' })).resolves.toEqual(
      new Uint8Array(PNG),
    );
  });
});
