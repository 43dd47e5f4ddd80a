/**
 * Draws the blocks of a document onto flowing pages. Each block draws exactly the text `documentText` lists
 * for it, in that order; page breaks fall between lines, never inside one, and small groups (a heading and
 * what follows it, a table row, a label and its first lines) are kept together.
 */
import type { Block } from './blocks';
import { KEEP_WITH_HEADING, heightOf } from './block-height';
import type { PageFlow } from './page-flow';
import { renderFingerprint, renderKeyFacts } from './render-emphasis';
import { renderTable } from './render-table';
import { COLOURS, COLUMNS, CONTENT_WIDTH, LABEL_WIDTH, STYLES, type TextStyle } from './theme';

const { left: LEFT, right: RIGHT, valueX: VALUE_X, valueWidth: VALUE_WIDTH } = COLUMNS;

/** Draws every block in order. */
export function renderBlocks(flow: PageFlow, blocks: readonly Block[]): void {
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'letterhead': {
        flow.text(block.organisation, LEFT, flow.line(STYLES.organisation), STYLES.organisation);
        // Drawn only when there are details, so a letterhead without them is exactly what it was.
        for (const detail of block.details ?? []) lines(flow, detail, LEFT, CONTENT_WIDTH, STYLES.small);
        flow.rule(flow.y - 4, LEFT, RIGHT, 1.4, COLOURS.navy);
        flow.space(28);
        lines(flow, block.title, LEFT, CONTENT_WIDTH, STYLES.title);
        if (block.subtitle) lines(flow, block.subtitle, LEFT, CONTENT_WIDTH, STYLES.subtitle);
        flow.space(12);
        break;
      }
      case 'keyFacts':
        renderKeyFacts(flow, block.facts);
        break;
      case 'heading': {
        // A short section stays whole with its heading; a long one keeps at least its first third of a page.
        const next = blocks[index + 1];
        flow.keep(
          16 + STYLES.heading.leading + 7 + Math.min(next ? heightOf(flow, next) : 0, KEEP_WITH_HEADING),
        );
        if (!atTop(flow)) flow.space(16);
        flow.text(block.text, LEFT, flow.line(STYLES.heading), STYLES.heading);
        flow.rule(flow.y + 1, LEFT, RIGHT, 0.5, COLOURS.rule);
        flow.space(7);
        break;
      }
      case 'subheading': {
        const next = blocks[index + 1];
        flow.keep(
          10 + STYLES.subheading.leading + Math.min(next ? heightOf(flow, next) : 0, KEEP_WITH_HEADING),
        );
        if (!atTop(flow)) flow.space(10);
        flow.text(block.text, LEFT, flow.line(STYLES.subheading), STYLES.subheading);
        flow.space(2);
        break;
      }
      case 'fields':
        for (const row of block.rows) {
          const valueLines = flow.wrap(row.value, VALUE_WIDTH, STYLES.body);
          labelled(flow, row.label, valueLines.length, () =>
            valueLines.forEach((line) => flow.text(line, VALUE_X, flow.line(STYLES.body), STYLES.body)),
          );
        }
        break;
      case 'paragraph': {
        const style = STYLES[block.tone ?? 'body'];
        flow.keep(2 * style.leading);
        lines(flow, block.text, LEFT, CONTENT_WIDTH, style);
        flow.space(5);
        break;
      }
      case 'table':
        if (
          !atTop(flow) &&
          blocks[index - 1]?.kind !== 'subheading' &&
          blocks[index - 1]?.kind !== 'heading'
        ) {
          flow.space(6);
        }
        if (block.rows.length === 0) lines(flow, block.empty, LEFT, CONTENT_WIDTH, STYLES.body);
        else renderTable(flow, block.columns, block.rows);
        flow.space(4);
        break;
      case 'entries':
        if (block.items.length === 0) lines(flow, block.empty, LEFT, CONTENT_WIDTH, STYLES.body);
        block.items.forEach((item, index) => {
          flow.keep(STYLES.body.leading + STYLES.small.leading);
          const top = flow.y;
          flow.text(`${index + 1}.`, LEFT, top - STYLES.body.size, STYLES.body);
          lines(flow, item.text, LEFT + 22, CONTENT_WIDTH - 22, STYLES.body);
          lines(flow, item.detail, LEFT + 22, CONTENT_WIDTH - 22, STYLES.small);
          flow.space(5);
        });
        break;
      case 'fingerprint':
        labelled(flow, block.label, 2, () => renderFingerprint(flow, block.hex));
        break;
    }
  });
}

/** True when nothing has been drawn on the page yet. */
function atTop(flow: PageFlow): boolean {
  return flow.room >= flow.fullPage;
}

/** Sets `text` as wrapped lines; each line may fall on a new page. */
function lines(flow: PageFlow, text: string, x: number, width: number, style: TextStyle): void {
  for (const line of flow.wrap(text, width, style)) flow.text(line, x, flow.line(style), style);
}

/** A label in the label column beside the `valueLines` lines `value` draws in the value column. */
function labelled(flow: PageFlow, label: string, valueLines: number, value: () => void): void {
  const labelLines = flow.wrap(label, LABEL_WIDTH, STYLES.label);
  // The label and the first two lines of its value stay together.
  flow.keep(
    Math.max(labelLines.length * STYLES.label.leading, Math.min(valueLines, 2) * STYLES.body.leading),
  );
  const page = flow.page;
  const top = flow.y;
  labelLines.forEach((line, i) => {
    flow.text(line, LEFT, top - STYLES.body.size - i * STYLES.label.leading, STYLES.label);
  });
  value();
  if (flow.page === page) flow.y = Math.min(flow.y, top - labelLines.length * STYLES.label.leading);
  flow.space(5);
}
