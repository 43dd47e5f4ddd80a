/**
 * Word wrap for PDF text: breaks at spaces so each line fits a width measured with the font, keeps the
 * writer's own line breaks, and breaks a word longer than a whole line (a long path or reference) between
 * characters rather than letting it run off the page.
 */

/** The width of a piece of text in points, in the font and size it will be drawn in. */
export type MeasureText = (text: string) => number;

/** The lines of `text` that each fit within `width`; an empty or blank text gives no lines. */
export function wrapText(text: string, width: number, measure: MeasureText): string[] {
  const paragraphs = text
    .normalize('NFC')
    .replace(/\t/g, ' ')
    .trim()
    .split(/\r\n|\r|\n/);
  if (paragraphs.length === 1 && paragraphs[0] === '') return [];
  return paragraphs.flatMap((paragraph) => wrapParagraph(paragraph, width, measure));
}

function wrapParagraph(paragraph: string, width: number, measure: MeasureText): string[] {
  const words = paragraph.split(' ').filter((word) => word !== '');
  // A blank line between paragraphs is kept as a blank line.
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word) <= width) {
      line = word;
    } else {
      const pieces = breakWord(word, width, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Splits a word wider than the line into pieces that fit, never splitting a character. */
function breakWord(word: string, width: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of Array.from(word)) {
    if (piece !== '' && measure(piece + character) > width) {
      pieces.push(piece);
      piece = character;
    } else {
      piece += character;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
