import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { buildCertificatePdf } from '../../../../shared/documents';
import { notoSans } from '../../../helpers/pdf-files';
import { ORGANISATION, anInternationalCertificate } from './certificate-fixtures';

// A PDF takes about 0.2 s of CPU to build; leave room for a machine busy running other suites.
jest.setTimeout(20_000);

/** The TrueType programs embedded in a PDF, by font name. */
async function embeddedFonts(pdf: Uint8Array): Promise<Map<string, Uint8Array>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const fonts = new Map<string, Uint8Array>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor'))
      continue;
    const file = object.lookup(PDFName.of('FontFile2'));
    if (file instanceof PDFRawStream) {
      fonts.set(object.get(PDFName.of('FontName'))!.toString(), decodePDFRawStream(file).decode());
    }
  }
  return fonts;
}

describe('embedded fonts', () => {
  it('embeds subsets of Noto Sans in which every glyph still has its outline', async () => {
    // @pdf-lib/fontkit's own subsets shift glyphs by a byte and print blank letters; see subset-fontkit.ts.
    const pdf = await buildCertificatePdf(anInternationalCertificate(), {
      organisationName: ORGANISATION,
      fonts: notoSans(),
    });
    const fonts = await embeddedFonts(pdf);
    expect(fonts.size).toBe(2);
    for (const [name, program] of fonts) {
      const font = fontkit.create(program);
      expect(font.numGlyphs).toBeGreaterThan(40);
      expect(font.numGlyphs).toBeLessThan(200);
      const blank = [];
      // Glyph 0 is .notdef; the space glyph is the only other one without an outline.
      for (let id = 1; id < font.numGlyphs; id += 1) {
        if (font.getGlyph(id).path.toSVG() === '') blank.push(id);
      }
      expect({ name, blank: blank.length }).toEqual({ name, blank: 1 });
    }
  });
});
