/**
 * Page furniture, drawn once every page exists: a footer on every page ("Page X of Y" and the running
 * title, e.g. the certificate number) and a running header on continuation pages. All of it is marked as
 * an /Artifact, so it is never mistaken for the document's own text.
 */
import type { PageFlow } from './page-flow';
import { RUNNING_HEADER_SPACE } from './page-flow';
import { A4, COLOURS, CONTENT_WIDTH, MARGIN, STYLES } from './theme';

const LEFT = MARGIN.left;
const RIGHT = MARGIN.left + CONTENT_WIDTH;

/** "Page 2 of 5". */
export function pageLabel(page: number, pages: number): string {
  return `Page ${page} of ${pages}`;
}

/** Draws the footer of every page and the running header of every page after the first. */
export function drawPageFurniture(flow: PageFlow, organisation: string, runningTitle: string): void {
  const style = STYLES.furniture;
  const total = flow.pages.length;
  flow.pages.forEach((page, index) => {
    flow.artifact(() => {
      const footerY = MARGIN.bottom - 38;
      flow.rule(footerY + 13, LEFT, RIGHT, 0.5, COLOURS.rule, page);
      flow.text(fitted(flow, runningTitle, CONTENT_WIDTH - 80), LEFT, footerY, style, page);
      const label = pageLabel(index + 1, total);
      flow.text(label, RIGHT - flow.measure(label, style), footerY, style, page);
      if (index === 0) return;
      const headerY = A4.height - MARGIN.top - 8;
      const heading = { ...STYLES.furniture, weight: 'bold' as const, color: COLOURS.navy };
      flow.text(fitted(flow, organisation, CONTENT_WIDTH / 2 - 6), LEFT, headerY, heading, page);
      const right = fitted(flow, runningTitle, CONTENT_WIDTH / 2 - 6);
      flow.text(right, RIGHT - flow.measure(right, style), headerY, style, page);
      flow.rule(A4.height - MARGIN.top - RUNNING_HEADER_SPACE + 16, LEFT, RIGHT, 0.5, COLOURS.rule, page);
    }, page);
  });
}

/** `text` shortened with an ellipsis to fit `width` (furniture is one line; the full text is in the body). */
function fitted(flow: PageFlow, text: string, width: number): string {
  const style = STYLES.furniture;
  if (flow.measure(text, style) <= width) return text;
  let shortened = Array.from(text);
  while (shortened.length > 1 && flow.measure(`${shortened.join('')}…`, style) > width) {
    shortened = shortened.slice(0, -1);
  }
  return `${shortened.join('').trimEnd()}…`;
}
