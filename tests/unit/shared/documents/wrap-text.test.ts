import { wrapText } from '../../../../shared/documents';

/** Every character is 1 unit wide, so widths read as character counts. */
const chars = (text: string) => Array.from(text).length;

describe('wrapText', () => {
  it('breaks at spaces so that each line fits the width', () => {
    expect(wrapText('the quick brown fox jumps over the lazy dog', 15, chars)).toEqual([
      'the quick brown',
      'fox jumps over',
      'the lazy dog',
    ]);
  });

  it('keeps the writer’s own line breaks and blank lines', () => {
    expect(wrapText('first line\r\nsecond\n\nafter a blank', 40, chars)).toEqual([
      'first line',
      'second',
      '',
      'after a blank',
    ]);
  });

  it('breaks a word longer than a line between characters, never inside one', () => {
    expect(wrapText('path \\\\dsh-fs01\\projects\\DSH-2026-014 end', 12, chars)).toEqual([
      'path',
      '\\\\dsh-fs01\\p',
      'rojects\\DSH-',
      '2026-014 end',
    ]);
    expect(wrapText('Ł😀Ż😀', 2, chars)).toEqual(['Ł😀', 'Ż😀']);
  });

  it('gives no lines for blank text, and turns tabs and runs of spaces into single spaces', () => {
    expect(wrapText('  \n ', 10, chars)).toEqual([]);
    expect(wrapText('a\tb    c', 10, chars)).toEqual(['a b c']);
  });

  it('writes accented letters composed (NFC), as the font and text extraction expect', () => {
    expect(wrapText('Siobha\u0301n', 20, chars)).toEqual(['Siobh\u00e1n']);
  });
});
