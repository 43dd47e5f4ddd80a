/**
 * The shape every report figure returns: plain rows that feed a chart and an accessible table alike, and a
 * description of the columns (key, heading, kind of value) for the table headings and the CSV export.
 */
import { formatShortDate } from '../../dates';
import { formatPounds } from '../costing';

/** What a column holds, so a table or CSV can write it the UK way. */
export type ColumnKind = 'text' | 'date' | 'month' | 'week' | 'count' | 'number' | 'days' | 'share' | 'pence';

/** One column of a report: the row field it reads, its heading, and its kind. */
export interface ReportColumn<Row> {
  key: keyof Row & string;
  label: string;
  kind: ColumnKind;
}

/** A report: its columns, in order, and its rows. */
export interface ReportTable<Row> {
  columns: readonly ReportColumn<Row>[];
  rows: Row[];
}

/** A cell a report may hold: null means "no value" (e.g. the median of nothing), shown as an en dash. */
export type Cell = string | number | null | undefined;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A cell as the officer reads it: `25/11/2026`, `Nov 2026`, `42.5%`, `£1,200.00`, `3.5`. */
export function cellText(kind: ColumnKind, value: Cell): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') {
    if (kind === 'date') return formatShortDate(value);
    if (kind === 'month') return `${MONTHS[Number(value.slice(5, 7)) - 1] ?? ''} ${value.slice(0, 4)}`;
    return value;
  }
  if (kind === 'share') return `${(value * 100).toFixed(1)}%`;
  if (kind === 'pence') return formatPounds(value);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
