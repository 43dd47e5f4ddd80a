/**
 * The tokens of a PDF content stream: enough of PDF's syntax (names, numbers, hex and literal strings,
 * arrays, dictionaries, operators) to follow text and marked content.
 */

/** One token of a content stream; strings come as their bytes. */
export type Token =
  | { type: 'name'; value: string }
  | { type: 'bytes'; value: number[] }
  | { type: 'number' | 'other'; value: string }
  | { type: 'operator'; value: string };

const DELIMITERS = '()<>[]{}/%';

/** The tokens of a content stream, one at a time. */
export function* tokenize(source: string): Generator<Token> {
  let i = 0;
  const isSpace = (c: string | undefined) => c !== undefined && /[\s\0]/.test(c);
  const readWord = () => {
    const start = i;
    while (i < source.length && !isSpace(source[i]) && !DELIMITERS.includes(source[i]!)) i += 1;
    return source.slice(start, i);
  };
  while (i < source.length) {
    const c = source[i]!;
    if (isSpace(c)) i += 1;
    else if (c === '%') while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    else if (c === '/') {
      i += 1;
      yield {
        type: 'name',
        value: readWord().replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) =>
          String.fromCharCode(parseInt(h, 16)),
        ),
      };
    } else if (source.startsWith('<<', i) || source.startsWith('>>', i)) {
      i += 2;
      yield { type: 'other', value: c + c };
    } else if (c === '<') {
      const end = source.indexOf('>', i);
      const hex = source.slice(i + 1, end < 0 ? source.length : end).replace(/\s/g, '');
      i = end < 0 ? source.length : end + 1;
      yield {
        type: 'bytes',
        value: (hex.length % 2 ? `${hex}0` : hex).match(/.{2}/g)?.map((b) => parseInt(b, 16)) ?? [],
      };
    } else if (c === '(') {
      yield { type: 'bytes', value: literalString() };
    } else if (DELIMITERS.includes(c)) {
      i += 1;
      yield { type: 'other', value: c };
    } else {
      const word = readWord() || source[i++]!;
      yield /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)
        ? { type: 'number', value: word }
        : { type: 'operator', value: word };
    }
  }

  function literalString(): number[] {
    const bytes: number[] = [];
    let depth = 0;
    for (i += 1; i < source.length; i += 1) {
      const c = source[i]!;
      if (c === '\\') {
        const next = source[(i += 1)] ?? '';
        const octal = /^[0-7]{1,3}/.exec(source.slice(i, i + 3));
        if (octal) {
          bytes.push(parseInt(octal[0], 8) & 0xff);
          i += octal[0].length - 1;
        } else
          bytes.push(
            ({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0),
          );
      } else if (c === '(') {
        depth += 1;
        bytes.push(40);
      } else if (c === ')') {
        if (depth === 0) {
          i += 1;
          return bytes;
        }
        depth -= 1;
        bytes.push(41);
      } else bytes.push(c.charCodeAt(0));
    }
    return bytes;
  }
}
