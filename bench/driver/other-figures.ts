/** The figures that are not screens: writing the data set, cold start, backup, and the certificate PDF. */
import type { BrowserContext, Page } from '@playwright/test';
import type { AppBackupRun, Condition, DataSetInfo, LoadReport, StartTimes } from '../bench-api';
import { TARGETS } from '../scenarios';
import type { ScaleSpec } from '../scales';
import { bench, launch, probe } from './browser';
import { judged, notMeasured, type Figure } from './figures';
import { summarise, type Summary } from './stats';

/** The write figures from a load (one sample per batch for the median and p95). */
export function loadFigures(load: LoadReport, when?: string): Figure[] {
  const rowsPerSecond = ((load.records + load.recordEvents) * 1000) / load.loadMs;
  const single = (value: number) => ({ median: value, p95: value, n: 1 });
  return [
    {
      id: 'write-records',
      section: 'Data set',
      label: 'Writing the data set: records and their audit events per second, per batch (loadDataSet)',
      unit: 'rows/s',
      value: load.batchRowsPerSecond.length ? summarise(load.batchRowsPerSecond) : single(rowsPerSecond),
      note: `whole load ${rowsPerSecond.toFixed(0)} rows/s including validation (${(load.loadMs / 1000).toFixed(1)} s)${when ? `; ${when}` : ''}`,
    },
    {
      id: 'write-history',
      section: 'Data set',
      label: 'Writing history audit events per second (chained, 10,000 a transaction)',
      unit: 'rows/s',
      value: single(load.historyMs > 0 ? (load.historyEvents * 1000) / load.historyMs : Number.NaN),
      note: `${load.historyEvents.toLocaleString('en-GB')} events in ${(load.historyMs / 1000).toFixed(1)} s${when ? `; ${when}` : ''}`,
    },
  ];
}

/** Opens the app (`appUrl`: its index.html) with the probe installed, at `route`. */
export async function openApp(
  context: BrowserContext,
  appUrl: string,
  probeSource: string,
  route: string,
): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript({ content: probeSource });
  await page.goto(`${appUrl}#${route}`);
  return page;
}

/** Cold load: a fresh browser on the loaded profile, each time, to the ready marker and to the first screen. */
export async function coldLoadFigures(
  scale: ScaleSpec,
  profileDir: string,
  appUrl: string,
  benchUrl: string,
  probeSource: string,
  firstScreen: Condition[],
): Promise<Figure[]> {
  const times: StartTimes[] = [];
  const rawOpen: number[] = [];
  const warmUps = scale.coldWarmUps;
  for (let i = 0; i < warmUps + scale.coldLoads; i++) {
    const context = await launch(profileDir);
    try {
      const page = await openApp(context, appUrl, probeSource, '/dashboard');
      await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
      await probe(page, 'waitFor', firstScreen, scale.screenTimeoutMs);
      if (i >= warmUps) times.push(await probe(page, 'startTimes'));
    } finally {
      await context.close();
    }
    // The floor: the same start-up reads with raw IndexedDB, in a browser just started.
    const fresh = await launch(profileDir);
    try {
      const page = fresh.pages()[0] ?? (await fresh.newPage());
      await page.goto(benchUrl);
      await page.locator('html[data-bench-state="ready"]').waitFor({ state: 'attached' });
      const opened = await bench(page, 'coldOpen');
      if (i >= warmUps) rawOpen.push(opened.ms);
    } finally {
      await fresh.close();
    }
  }
  const median = (pick: (t: StartTimes) => number | undefined) => summarise(times.map(pick)).median;
  const base = { section: 'Start' as const, unit: 'ms' as const };
  const screen = times.map((t) => t.firstScreen);
  const heading = times.map((t) => t.heading);
  const screenFigure = screen.every((t) => t === undefined)
    ? notMeasured(
        { ...base, id: 'cold-dashboard', label: 'Cold load → dashboard rendered' },
        'the dashboard never showed its rendered marker',
      )
    : { ...base, id: 'cold-dashboard', label: 'Cold load → dashboard rendered', value: summarise(screen) };
  return [
    judged({
      ...base,
      id: 'cold-ready',
      label: 'Cold load (browser start) → app ready marker',
      value: summarise(times.map((t) => t.ready)),
      floor: summarise(rawOpen),
      target: TARGETS.coldLoad,
      note:
        `medians: HTML received ${median((t) => t.htmlReceived).toFixed(0)} ms, app script fetched and run ` +
        `(DOMContentLoaded) ${median((t) => t.domContentLoaded).toFixed(0)} ms; floor: raw IndexedDB open + ` +
        'start-up reads in a browser just started',
    }),
    // The first screen's code (shell and dashboard chunks) loaded and run, before the dashboard's reads finish.
    judged(
      heading.every((t) => t === undefined)
        ? notMeasured(
            { ...base, id: 'cold-heading', label: 'Cold load → dashboard heading shown' },
            'the dashboard never showed its heading',
          )
        : {
            ...base,
            id: 'cold-heading',
            label: 'Cold load → dashboard heading shown',
            value: summarise(heading),
          },
    ),
    judged(screenFigure),
  ];
}

/** The certificate PDF, built in the page from a certificate in the database. */
export async function pdfFigures(benchPage: Page, info: DataSetInfo, scale: ScaleSpec): Promise<Figure[]> {
  const base = {
    id: 'certificate-pdf',
    section: 'Documents' as const,
    label: 'Certificate PDF: build (pdf-lib, embedded Noto Sans)',
    unit: 'ms' as const,
    target: TARGETS.certificatePdf,
  };
  if (!info.certificateId) return [notMeasured(base, 'the data set has no certificate')];
  const samples: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < scale.warmUp + scale.runs; i++) {
      const built = await bench(benchPage, 'certificatePdf', info.certificateId);
      bytes = built.rows;
      if (i >= scale.warmUp) samples.push(built.ms);
    }
  } catch (error) {
    return [notMeasured(base, `building failed: ${(error as Error).message.split('\n')[0]}`)];
  }
  return [judged({ ...base, value: summarise(samples), note: `${(bytes / 1024).toFixed(0)} KB` })];
}

/** Backup export and import of the whole database, beside raw-IndexedDB reading and writing of every row. */
export async function backupFigures(
  benchPage: Page,
  scale: ScaleSpec,
  log: (message: string) => void,
): Promise<Figure[]> {
  const exportMs: number[] = [];
  const importMs: number[] = [];
  const readMs: number[] = [];
  const writeMs: number[] = [];
  let bytes = 0;
  let rows = 0;
  let progress = { export: 0, import: 0 };
  let sampled = '';
  const base = { section: 'Backup' as const, unit: 'ms' as const };
  const exportBase = {
    ...base,
    id: 'backup-export',
    label: 'Backup: export the whole database',
    target: TARGETS.backupExport,
  };
  const importBase = {
    ...base,
    id: 'backup-import',
    label: 'Backup: import the whole database',
    target: TARGETS.backupImport,
  };
  try {
    for (let i = 0; i < scale.backupRuns; i++) {
      const exported = await bench(benchPage, 'backupExport');
      const imported = await bench(benchPage, 'backupImport');
      exportMs.push(exported.ms);
      importMs.push(imported.ms);
      bytes = exported.bytes;
      rows = exported.rows;
      progress = { export: exported.progressCalls, import: imported.progressCalls };
      await bench(benchPage, 'dropScratch');
      log(
        `  exported ${(exported.bytes / 1024 / 1024).toFixed(0)} MB in ${(exported.ms / 1000).toFixed(1)} s, imported in ${(imported.ms / 1000).toFixed(1)} s`,
      );
      readMs.push((await bench(benchPage, 'rawReadAll')).ms);
      const written = await bench(benchPage, 'rawWriteAll', scale.rawWriteSample);
      writeMs.push(written.ms);
      sampled =
        written.sampled < written.rows
          ? `; raw write floor scaled up from ${written.sampled.toLocaleString('en-GB')} rows written`
          : '';
      log(
        `  raw floors: read ${(readMs.at(-1)! / 1000).toFixed(1)} s, write ${(written.ms / 1000).toFixed(1)} s`,
      );
    }
  } catch (error) {
    const why = `dexie-export-import failed: ${(error as Error).message.split('\n')[0]}`;
    return [notMeasured(exportBase, why), notMeasured(importBase, why)];
  } finally {
    await bench(benchPage, 'dropScratch').catch(() => undefined);
  }
  const size = `${(bytes / 1024 / 1024).toFixed(0)} MB, ${rows.toLocaleString('en-GB')} rows`;
  const floors = { export: summarise(readMs), import: summarise(writeMs) };
  return [
    ...(await appBackupFigures(benchPage, scale, floors, log)),
    judged({
      ...exportBase,
      value: summarise(exportMs),
      floor: summarise(readMs),
      note: `dexie-export-import exportDB and importInto, the library the app's backups use (without the row checks the app makes before a restore); ${size}; progress reported ${progress.export} times`,
    }),
    judged({
      ...importBase,
      value: summarise(importMs),
      floor: summarise(writeMs),
      note: `importInto a scratch database; progress reported ${progress.import} times${sampled}`,
    }),
  ];
}

/**
 * The app's own backup and restore, the way DSH Desk did them until backups were streamed (`whole`) and the
 * way it does now (`streamed`), in the same run, each with its peak heap (bench/page/app-backup.ts).
 */
async function appBackupFigures(
  benchPage: Page,
  scale: ScaleSpec,
  floors: { export: Summary; import: Summary },
  log: (message: string) => void,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const how of scale.appBackupWays) {
    const words = how === 'whole' ? 'whole in memory, as before' : 'streamed in chunks';
    const runs = { export: [] as AppBackupRun[], import: [] as AppBackupRun[] };
    try {
      for (let i = 0; i < scale.backupRuns; i++) {
        runs.export.push(await bench(benchPage, 'appBackupExport', how));
        runs.import.push(await bench(benchPage, 'appBackupImport', how));
        const [e, m] = [runs.export.at(-1)!, runs.import.at(-1)!];
        log(
          `  app backup (${how}): export ${(e.ms / 1000).toFixed(1)} s, heap +${e.heapPeakMB.toFixed(0)} MB; restore ${(m.ms / 1000).toFixed(1)} s, heap +${m.heapPeakMB.toFixed(0)} MB`,
        );
      }
    } catch (error) {
      const why = `failed: ${(error as Error).message.split('\n')[0]}`;
      figures.push(
        notMeasured(
          { id: `backup-app-export-${how}`, section: 'Backup', label: `App backup (${words})`, unit: 'ms' },
          why,
        ),
      );
      continue;
    }
    for (const kind of ['export', 'import'] as const) {
      const list = runs[kind];
      const last = list.at(-1)!;
      figures.push(
        judged({
          id: `backup-app-${kind}-${how}`,
          section: 'Backup',
          label: `App ${kind === 'export' ? 'backup' : 'check + restore'} (${words})`,
          unit: 'ms',
          target: kind === 'export' ? TARGETS.backupExport : TARGETS.backupImport,
          value: summarise(list.map((run) => run.ms)),
          floor: floors[kind],
          heapMB: Math.max(...list.map((run) => run.heapPeakMB)),
          note: `${(last.bytes / 1024 / 1024).toFixed(0)} MB, ${last.rows.toLocaleString('en-GB')} rows; progress reported ${last.progressCalls} times; heap MB = peak JS heap above the start (page and, in the bench page, main's writer too)`,
        }),
      );
    }
  }
  return figures;
}
