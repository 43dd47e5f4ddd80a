/**
 * How the report charts look: the app's colours (from styles.css), one text size, and the patterns that
 * tell series apart without colour (solid against hatched). Charts never animate: what is drawn is final.
 */

/** Colours of the app (see renderer/styles.css). */
export const CHART_COLOURS = {
  ink: '#1b2433',
  muted: '#4a5568',
  grid: '#d5dbe3',
  brand: '#1d3a5f',
  accent: '#0b6bcb',
  ok: '#1f7a3f',
  warn: '#8a5a00',
  bad: '#b42318',
} as const;

/** Axis and label text. */
export const AXIS_TICK = { fill: CHART_COLOURS.muted, fontSize: 12 } as const;
export const VALUE_LABEL = { fill: CHART_COLOURS.ink, fontSize: 12, fontWeight: 600 } as const;

/** Props every chart gets: drawn as one image named by its title (the table beside it holds the figures). */
export function chartFrame(title: string) {
  return {
    role: 'img',
    title,
    desc: 'The same figures are in the table under the chart.',
    accessibilityLayer: false,
  } as const;
}

/** The top of a value axis: a little above the highest bar, so the value labels over the bars fit. */
export function withHeadroom(max: number): number {
  return Math.max(1, Math.ceil(max * 1.12));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "23 Nov" for `2026-11-23`. */
export function dayShort(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''}`;
}
