/**
 * Tables: a header row, then rows kept whole on a page (a row taller than a page runs on line by line). When
 * a table continues on a new page its header is repeated there as page furniture.
 */
import type { Column } from './blocks';
import type { PageFlow } from './page-flow';
import { COLOURS, COLUMNS, CONTENT_WIDTH, GUTTER, STYLES } from './theme';

/** Where each column starts and how wide its text may be. */
export function columnGeometry(columns: readonly Column[]): { xs: number[]; widths: number[] } {
  const xs = columns.map(
    (_, i) => COLUMNS.left + columns.slice(0, i).reduce((sum, c) => sum + c.share, 0) * CONTENT_WIDTH,
  );
  const widths = columns.map((c, i) => c.share * CONTENT_WIDTH - (i < columns.length - 1 ? GUTTER : 0));
  return { xs, widths };
}

/** The height of a row whose tallest cell has `lines` lines. */
export function rowHeight(lines: number): number {
  return Math.max(1, lines) * STYLES.cell.leading + 6;
}

/** A table whose header is repeated, as page furniture, at the top of each page it continues on. */
export function renderTable(flow: PageFlow, columns: readonly Column[], rows: readonly string[][]): void {
  const { xs, widths } = columnGeometry(columns);
  const cellLines = (row: readonly string[]) =>
    row.map((cell, i) => flow.wrap(cell, widths[i]!, STYLES.cell));
  const heightOf = (wrapped: string[][]) => rowHeight(Math.max(...wrapped.map((l) => l.length)));
  const header = () => {
    const baseline = flow.line(STYLES.tableHeader);
    columns.forEach((column, i) => flow.text(column.header, xs[i]!, baseline, STYLES.tableHeader));
    flow.rule(flow.y + 1, COLUMNS.left, COLUMNS.right, 0.6, COLOURS.muted);
    flow.space(3);
  };
  const first = cellLines(rows[0]!);
  flow.keep(STYLES.tableHeader.leading + 4 + heightOf(first));
  header();
  flow.onNewPage = () => flow.artifact(header);
  for (const row of rows) {
    const wrapped = cellLines(row);
    const height = heightOf(wrapped);
    flow.keep(height);
    if (height <= flow.room) {
      const top = flow.y;
      wrapped.forEach((cellText, i) =>
        cellText.forEach((line, n) =>
          flow.text(line, xs[i]!, top - 3 - STYLES.cell.size - n * STYLES.cell.leading, STYLES.cell),
        ),
      );
      flow.y = top - height;
    } else {
      // A row taller than a page (a very long description) runs on line by line.
      const count = Math.max(...wrapped.map((l) => l.length));
      for (let n = 0; n < count; n += 1) {
        const baseline = flow.line(STYLES.cell);
        wrapped.forEach(
          (cellText, i) =>
            cellText[n] !== undefined && flow.text(cellText[n]!, xs[i]!, baseline, STYLES.cell),
        );
      }
    }
    flow.rule(flow.y + 2, COLUMNS.left, COLUMNS.right, 0.3, COLOURS.rule);
  }
  flow.onNewPage = undefined;
}
