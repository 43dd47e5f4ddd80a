/** What the benchmark reports: one figure per measured thing, with its floor, target and verdict. */
import { FLOOR_RATIO_TARGET, type Target } from '../scenarios';
import type { Summary } from './stats';

/** One row of the results table. */
export interface Figure {
  id: string;
  section: 'Data set' | 'Start' | 'Screens' | 'Backup' | 'Import' | 'Documents' | 'Sync';
  label: string;
  unit: 'ms' | 'rows/s';
  /** Undefined when the figure could not be measured (see `notMeasured`). */
  value?: Summary;
  notMeasured?: string;
  /** The same rows read (or written) with raw IndexedDB in the same run. */
  floor?: Summary;
  /** The same read through the app's repositories (Dexie, no React), where one is settled. */
  dexie?: Summary;
  /** value median / floor median (for a rate: floor median / value median, how many times slower). */
  ratio?: number;
  target?: Target;
  verdict?: 'met' | 'missed';
  ratioVerdict?: 'met' | 'missed';
  /** JS heap in use after the screen (after a full GC), MB. */
  heapMB?: number;
  note?: string;
}

/** Fills in the ratio and the verdicts of a figure from its value, floor and target. */
export function judged(figure: Figure): Figure {
  const { value, floor, target } = figure;
  if (!value || value.n === 0) return figure;
  const out: Figure = { ...figure };
  if (target) {
    const seen = target.at === 'p95' ? value.p95 : value.median;
    out.verdict = (target.kind === 'at-most' ? seen <= target.limit : seen >= target.limit)
      ? 'met'
      : 'missed';
  }
  if (floor && floor.n > 0 && floor.median > 0) {
    out.ratio = figure.unit === 'rows/s' ? floor.median / value.median : value.median / floor.median;
    if (figure.section === 'Screens' || figure.section === 'Sync')
      out.ratioVerdict = out.ratio <= FLOOR_RATIO_TARGET ? 'met' : 'missed';
  }
  return out;
}

/** A figure that could not be measured, and why. */
export function notMeasured(
  base: Pick<Figure, 'id' | 'section' | 'label' | 'unit' | 'target'>,
  why: string,
): Figure {
  return { ...base, notMeasured: why };
}
