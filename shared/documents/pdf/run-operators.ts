/** The content-stream operators that draw a line set as runs (see text-runs.ts). */
import {
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  endMarkedContent,
  endText,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFDocument,
  type RGB,
} from 'pdf-lib';
import { needsActualText, type SetRun } from './text-runs';

/**
 * One text object drawing each run in its font, from the baseline start `at`; a line whose glyphs do not
 * read in logical order is wrapped in a /Span whose /ActualText is the line's own letters.
 */
export function runOperators(
  doc: PDFDocument,
  text: string,
  runs: readonly SetRun[],
  at: { x: number; y: number; size: number; color: RGB },
): PDFOperator[] {
  const operators = [
    beginText(),
    setFillingColor(at.color),
    setTextMatrix(1, 0, 0, 1, at.x, at.y),
    ...runs.flatMap((run) => [
      setFontAndSize(PDFName.of(run.key), at.size),
      showText(PDFHexString.of(run.hex)),
    ]),
    endText(),
  ];
  if (!needsActualText(text)) return operators;
  // An inline property list: pdf-lib's operand type leaves dictionaries out, but writes them as written.
  const span = doc.context.obj({ ActualText: PDFHexString.fromText(text) });
  const operands = [PDFName.of('Span'), span] as unknown as PDFName[];
  return [
    PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, operands),
    ...operators,
    endMarkedContent(),
  ];
}
