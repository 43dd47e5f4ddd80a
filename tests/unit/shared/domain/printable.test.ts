import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FALLBACK_FONTS,
  characterSetOf,
  fallbacksFor,
} from '../../../../shared/documents/pdf/fallback-fonts';
import { isPrintable, unprintableMessage } from '../../../../shared/domain/printable';
import { PRINTABLE_RANGES } from '../../../../shared/domain/printable-ranges';
import { fallbackFont, notoSans } from '../../../helpers/pdf-files';

/** The code points the shipped fonts print, worked out from the fonts as embedDocumentFonts does. */
function printableFromFonts(): number[] {
  const { regular, bold } = notoSans();
  const inBold = characterSetOf(bold);
  const codes = new Set([...characterSetOf(regular)].filter((code) => inBold.has(code)));
  for (const name of FALLBACK_FONTS) {
    // A fallback font is asked only for the characters of its script's blocks.
    for (const code of characterSetOf(fallbackFont(name)))
      if (fallbacksFor([code])[0] === name) codes.add(code);
  }
  return [...codes].sort((a, b) => a - b);
}

function asRanges(codes: readonly number[]): number[] {
  const ranges: number[] = [];
  for (const code of codes) {
    if (ranges.length > 0 && ranges.at(-1) === code - 1) ranges[ranges.length - 1] = code;
    else ranges.push(code, code);
  }
  return ranges;
}

describe('the table of printable characters', () => {
  it('is exactly what the shipped fonts can print', () => {
    const ranges = asRanges(printableFromFonts());
    if (process.env.DSH_WRITE_PRINTABLE === '1') {
      const file = join(__dirname, '../../../../shared/domain/printable-ranges.ts');
      const head = `/**\n * The code points the fonts DSH Desk ships can print, as inclusive ranges [from, to, from, to, …]: Noto Sans\n * (regular and bold both), then each fallback font within its script's blocks. Generated from the fonts by\n * tests/unit/shared/domain/printable.test.ts (run it with DSH_WRITE_PRINTABLE=1 after changing a font).\n */\n`;
      writeFileSync(
        file,
        `${head}export const PRINTABLE_RANGES: readonly number[] = [${ranges.join(', ')}];\n`,
      );
    }
    expect(PRINTABLE_RANGES).toEqual(ranges);
  });

  it('prints names in the scripts researchers write them in, and white space and joiners', () => {
    for (const name of [
      'Łukasz Żółć',
      'Ελένη',
      'Иван',
      'محمد',
      'דוד',
      'देवनागरी',
      '王小明',
      'さくら',
      '🙂',
      'a\u200db\tc',
    ])
      for (const character of name) expect([character, isPrintable(character)]).toEqual([character, true]);
  });

  it('names each character it cannot print, with its code point', () => {
    expect(unprintableMessage('Lead researcher', '김민준')).toBe(
      'Lead researcher contains characters the certificate cannot print: “김” (U+AE40), “민” (U+BBFC), “준” (U+C900). Write them another way, for example as a transliteration.',
    );
    expect(unprintableMessage('Tool', 'shred — 3 passes, “verified”')).toBeUndefined();
  });
});
