/**
 * The import figures (issue 17): a team's people and their training records brought in from CSV files as the
 * Import page does it, in rows per second beside the raw-IndexedDB write floor of the same rows, with the
 * peak JS heap (bench/page/import.ts).
 */
import type { Page } from '@playwright/test';
import type { ImportRun } from '../bench-api';
import { IMPORT_FULL, type ScaleSpec } from '../scales';
import { MAX_IMPORT_ROWS } from '../../shared/import/sheet';
import { bench } from './browser';
import { judged, notMeasured, type Figure } from './figures';
import { summarise } from './stats';

/** The ids of the import figures (for --only and --skip). */
export const IMPORT_FIGURE_IDS = ['import-people', 'import-training'];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (rows: number, ms: number) => (rows * 1000) / ms;

/** Imports the scale's people and their training `scale.backupRuns` times; one figure per shape. */
export async function importFigures(
  benchPage: Page,
  scale: ScaleSpec,
  log: (message: string) => void,
): Promise<Figure[]> {
  const people = scale.importPeople;
  const perPerson = IMPORT_FULL.trainingPerPerson;
  const bases = [
    {
      id: 'import-people',
      label: `Import ${people.toLocaleString('en-GB')} people from CSV (read, preview, import with audit)`,
    },
    {
      id: 'import-training',
      label: `Import ${(people * perPerson).toLocaleString('en-GB')} training records from CSV (read, preview, import with audit)`,
    },
  ].map((base) => ({ ...base, section: 'Import' as const, unit: 'rows/s' as const }));
  const runs: ImportRun[][] = [];
  try {
    for (let i = 0; i < scale.backupRuns; i++) {
      const run = await bench(benchPage, 'importBench', people, perPerson);
      for (const shape of run)
        log(
          `  ${shape.shape}: ${shape.rows.toLocaleString('en-GB')} rows in ${shape.files} file(s), ` +
            `${seconds(shape.readMs + shape.previewMs + shape.importMs)} (read ${seconds(shape.readMs)}, ` +
            `preview ${seconds(shape.previewMs)}, import ${seconds(shape.importMs)}); raw floor ${seconds(shape.floorMs)}; ` +
            `heap +${shape.heapPeakMB.toFixed(0)} MB`,
        );
      runs.push(run);
    }
  } catch (error) {
    const why = `the import failed: ${(error as Error).message.split('\n')[0]}`;
    return bases.map((base) => notMeasured(base, why));
  } finally {
    await bench(benchPage, 'dropImport').catch(() => undefined);
  }
  return bases.map((base, index) => {
    const shapes = runs.map((run) => run[index]!);
    const last = shapes.at(-1)!;
    const total = (s: ImportRun) => s.readMs + s.previewMs + s.importMs;
    return judged({
      ...base,
      value: summarise(shapes.map((s) => rate(s.rows, total(s)))),
      floor: summarise(shapes.map((s) => rate(s.rows, s.floorMs))),
      heapMB: Math.max(...shapes.map((s) => s.heapPeakMB)),
      note:
        `${last.rows.toLocaleString('en-GB')} rows in ${last.files} file(s) of at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows ` +
        `(${(last.bytes / 1024 / 1024).toFixed(1)} MB), ${seconds(total(last))}: reading and guessing the columns ` +
        `${seconds(last.readMs)}, checking and previewing every row ${seconds(last.previewMs)}, the import ` +
        `transaction ${seconds(last.importMs)} (progress reported ${last.progressCalls} times); into an empty ` +
        `scratch database. Floor: the ${last.floorRows.toLocaleString('en-GB')} rows the imports added (records, ` +
        `their audit events, derived rows) put with raw IndexedDB, one strict transaction a file, ` +
        `${seconds(last.floorMs)}, as CSV rows/s; heap MB = peak JS heap above the start of a file's import`,
    });
  });
}
