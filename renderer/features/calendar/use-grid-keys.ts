/**
 * Keyboard use of a calendar grid (the ARIA grid pattern): one cell is in the tab order; the arrow keys
 * move between cells, Home and End go to the first and last cell of the row, Page Up and Page Down go to
 * the previous and next period, and Enter or Space opens the cell. After a change of period made by key,
 * focus comes back to the same place in the new period once it is shown.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** A cell's place in the grid (body rows only). */
export type CellPosition = { row: number; col: number };

interface GridKeysOptions {
  rows: number;
  cols: number;
  /** Where the tab stop starts. */
  start: CellPosition;
  /** Identifies the period shown (e.g. its first day). */
  periodKey: string;
  /** True once the period asked for is shown. */
  ready: boolean;
  onPage: (delta: number) => void;
  onActivate: (cell: CellPosition) => void;
  /** Focus the tab stop once shown (the grid had focus when the period was changed by key). */
  focusOnShow?: boolean;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, Math.max(0, max - 1)));

/** The grid's keyboard handling: spread `gridProps` on the table and `cellProps(row, col)` on each cell. */
export function useGridKeys({
  rows,
  cols,
  start,
  periodKey,
  ready,
  onPage,
  onActivate,
  focusOnShow = false,
}: GridKeysOptions) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<CellPosition>(start);
  // Set by Page Up / Page Down; also on arriving from such a key press (the view may be mounted anew).
  const refocus = useRef(focusOnShow);
  const current = { row: clamp(active.row, rows), col: clamp(active.col, cols) };

  const focusCell = (cell: CellPosition) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${cell.row}:${cell.col}"]`)?.focus();

  useEffect(() => {
    if (!ready || !refocus.current) return;
    refocus.current = false;
    focusCell(current);
    // Only when a new period has been shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, periodKey]);

  const move = (cell: CellPosition) => {
    const next = { row: clamp(cell.row, rows), col: clamp(cell.col, cols) };
    setActive(next);
    focusCell(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (!target.dataset.cell) return;
    const { row, col } = current;
    const keys: Record<string, () => void> = {
      ArrowRight: () => move({ row, col: col + 1 }),
      ArrowLeft: () => move({ row, col: col - 1 }),
      ArrowDown: () => move({ row: row + 1, col }),
      ArrowUp: () => move({ row: row - 1, col }),
      Home: () => move(event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 }),
      End: () => move(event.ctrlKey ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 }),
      PageDown: () => {
        refocus.current = true;
        onPage(1);
      },
      PageUp: () => {
        refocus.current = true;
        onPage(-1);
      },
      Enter: () => onActivate(current),
      ' ': () => onActivate(current),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const cellProps = (row: number, col: number) => ({
    'data-cell': `${row}:${col}`,
    tabIndex: row === current.row && col === current.col ? 0 : -1,
    onFocus: () => {
      if (row !== current.row || col !== current.col) setActive({ row, col });
    },
    onClick: () => {
      setActive({ row, col });
      onActivate({ row, col });
    },
  });

  return { gridProps: { ref: tableRef, onKeyDown }, cellProps, active: current };
}
