/** How tall a block will be, so a heading can keep the start of its section with it. */
import type { Block } from './blocks';
import type { PageFlow } from './page-flow';
import { columnGeometry, rowHeight } from './render-table';
import { COLUMNS, CONTENT_WIDTH, LABEL_WIDTH, STYLES, type TextStyle } from './theme';

/** How much of a page a heading keeps with the block that follows it. */
export const KEEP_WITH_HEADING = 190;

/** About how tall a block will be (exact for fields, tables and entries). */
export function heightOf(flow: PageFlow, block: Block): number {
  const count = (text: string, width: number, style: TextStyle) => flow.wrap(text, width, style).length;
  switch (block.kind) {
    case 'fields':
      return block.rows.reduce(
        (sum, row) =>
          sum +
          5 +
          Math.max(
            count(row.label, LABEL_WIDTH, STYLES.label) * STYLES.label.leading,
            count(row.value, COLUMNS.valueWidth, STYLES.body) * STYLES.body.leading,
          ),
        0,
      );
    case 'table': {
      const { widths } = columnGeometry(block.columns);
      return block.rows.reduce(
        (sum, row) =>
          sum + rowHeight(Math.max(...row.map((cell, i) => count(cell, widths[i]!, STYLES.cell)))),
        STYLES.tableHeader.leading + 3,
      );
    }
    case 'entries':
      return block.items.reduce(
        (sum, item) =>
          sum +
          5 +
          count(item.text, CONTENT_WIDTH - 22, STYLES.body) * STYLES.body.leading +
          count(item.detail, CONTENT_WIDTH - 22, STYLES.small) * STYLES.small.leading,
        STYLES.body.leading,
      );
    case 'paragraph':
      return (
        count(block.text, CONTENT_WIDTH, STYLES[block.tone ?? 'body']) * STYLES[block.tone ?? 'body'].leading
      );
    default:
      return 2 * STYLES.body.leading;
  }
}
