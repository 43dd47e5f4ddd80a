/**
 * The look of every DSH document: A4, generous margins, one typeface (Noto Sans, regular and bold) in a few
 * sizes, navy for the organisation and headings, grey for labels and page furniture.
 */
import { rgb, type RGB } from 'pdf-lib';

/** A4 in points (1/72 inch). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Space kept clear around the text, in points (about 20 mm at the sides). */
export const MARGIN = { left: 57, right: 57, top: 54, bottom: 72 } as const;

/** The width text may use. */
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** Width of the label column of label–value rows. */
export const LABEL_WIDTH = 158;

/** Gap between columns. */
export const GUTTER = 12;

/** Where text starts and ends across the page, and where the values of label–value rows go. */
export const COLUMNS = {
  left: MARGIN.left,
  right: MARGIN.left + CONTENT_WIDTH,
  valueX: MARGIN.left + LABEL_WIDTH + GUTTER,
  valueWidth: CONTENT_WIDTH - LABEL_WIDTH - GUTTER,
} as const;

/** The colours used. */
export const COLOURS = {
  ink: rgb(0.11, 0.11, 0.13),
  navy: rgb(0.09, 0.2, 0.36),
  muted: rgb(0.36, 0.38, 0.42),
  rule: rgb(0.72, 0.74, 0.78),
  shade: rgb(0.94, 0.95, 0.97),
} satisfies Record<string, RGB>;

/** A way of setting text. */
export interface TextStyle {
  weight: 'regular' | 'bold';
  size: number;
  color: RGB;
  /** Distance from one baseline to the next. */
  leading: number;
}

const style = (weight: TextStyle['weight'], size: number, color: RGB, leading = size * 1.38): TextStyle => ({
  weight,
  size,
  color,
  leading,
});

/** The text styles of the documents. */
export const STYLES = {
  organisation: style('bold', 12.5, COLOURS.navy),
  title: style('bold', 24, COLOURS.ink, 30),
  subtitle: style('regular', 10.5, COLOURS.muted),
  factLabel: style('regular', 8.5, COLOURS.muted),
  factValue: style('bold', 15, COLOURS.ink, 19),
  heading: style('bold', 12, COLOURS.navy),
  subheading: style('bold', 10, COLOURS.ink, 14),
  label: style('regular', 9.5, COLOURS.muted, 13.5),
  body: style('regular', 10, COLOURS.ink, 14),
  strong: style('bold', 10, COLOURS.ink, 14),
  tableHeader: style('bold', 8.5, COLOURS.muted, 12),
  cell: style('regular', 9.5, COLOURS.ink, 13),
  fingerprint: style('bold', 11, COLOURS.ink, 16),
  small: style('regular', 8.5, COLOURS.muted, 12),
  furniture: style('regular', 8, COLOURS.muted, 11),
} satisfies Record<string, TextStyle>;
