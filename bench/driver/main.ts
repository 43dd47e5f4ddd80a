/**
 * The benchmark: builds the app and the bench page, serves both on one origin, loads the benchmark data set
 * into Chromium's IndexedDB through the app's data layer, and times every figure (see bench/README.md). The
 * first sync's new workstation alone works on a second origin, the same server under the other loopback name.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import type { DataSetInfo, LoadReport } from '../bench-api';
import { SCENARIOS } from '../scenarios';
import { scaleNamed } from '../scales';
import { bench, launch, probe } from './browser';
import { buildApp, buildBenchPage, probeScript } from './build';
import { COUCH_PATH, startBenchCouch, type BenchCouch } from './couch';
import type { Figure } from './figures';
import { importFigures } from './import-figures';
import { backupFigures, coldLoadFigures, loadFigures, openApp, pdfFigures } from './other-figures';
import { machine, printTable, writeResults, type Results } from './report';
import { profiled } from './profile';
import { checkRendered, runScenario } from './screens';
import { SYNC_FIGURE_IDS, syncFigures } from './sync-figures';

/** What loading the data set measured, kept beside its profile for runs that reuse it. */
interface LoadRecord {
  load: LoadReport;
  date: string;
  loadAverage: number;
}

interface Options {
  scale: string;
  reuse: boolean;
  appBuild: boolean;
  out: string | undefined;
  only: string[] | undefined;
  skip: string[];
  port: number;
  profile: boolean;
  screenshots: boolean;
  syncFull: boolean;
  /** Measured cold starts instead of the scale's own number (compare two builds with more samples). */
  coldLoads: number | undefined;
  /** People in the import figures instead of the scale's own number (e.g. issue 17's 10,000 on a small data set). */
  importPeople: number | undefined;
}

/**
 * The origin's port. IndexedDB belongs to an origin (port included), so `--reuse` finds the last run's
 * database only on the same port.
 */
const DEFAULT_PORT = 4178;

function parseOptions(argv: string[]): Options {
  const options: Options = {
    scale: 'tiny',
    reuse: false,
    appBuild: true,
    out: undefined,
    only: undefined,
    skip: [],
    port: DEFAULT_PORT,
    profile: false,
    screenshots: false,
    syncFull: false,
    coldLoads: undefined,
    importPeople: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--scale') options.scale = value();
    else if (arg === '--reuse') options.reuse = true;
    else if (arg === '--no-app-build') options.appBuild = false;
    else if (arg === '--out') options.out = value();
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--skip') options.skip = value().split(',');
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--screenshots') options.screenshots = true;
    else if (arg === '--sync-full') options.syncFull = true;
    else if (arg === '--cold-loads') options.coldLoads = Number(value());
    else if (arg === '--import-people') options.importPeople = Number(value());
    else
      throw new Error(
        `Unknown option ${arg}. Use --scale tiny|full|<fraction>, --reuse, --no-app-build, --out <dir>, --only <ids>, --skip <ids>, --port <n>, --profile, --screenshots, --sync-full, --cold-loads <n>, --import-people <n>.`,
      );
  }
  return options;
}

/** How long the bench page may take to load (Playwright's 30 s is not enough on a 2-core machine at a load of 15). */
const PAGE_LOAD_MS = 120_000;

const log = (message: string) => console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Prints a bench page's errors, warnings and `progress:` lines in the driver's log. */
function logPageMessages(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning' || message.text().startsWith('progress:'))
      log(`bench page: ${message.text()}`);
  });
}

/** A new tab on the bench page of `origin`, its progress lines logged (the first sync's at full scale). */
async function openBenchPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  logPageMessages(page);
  await page.goto(`${origin}/bench/bench.html`, { timeout: PAGE_LOAD_MS });
  await page.locator('html[data-bench-state="ready"]').waitFor({ state: 'attached' });
  return page;
}

/**
 * The same server under the other loopback name (127.0.0.1 ↔ localhost): another origin, so IndexedDB keeps its
 * databases apart, as a new workstation's empty profile does.
 */
function otherOrigin(origin: string): string {
  const url = new URL(origin);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

/** Runs the benchmark with the command line's options; resolves with the results. */
export async function main(argv: string[]): Promise<Results> {
  const options = parseOptions(argv);
  if (options.coldLoads !== undefined && !(Number.isInteger(options.coldLoads) && options.coldLoads > 0))
    throw new Error('--cold-loads needs a whole number of starts, 1 or more.');
  if (
    options.importPeople !== undefined &&
    !(Number.isInteger(options.importPeople) && options.importPeople > 0)
  )
    throw new Error('--import-people needs a whole number of people, 1 or more.');
  const named = scaleNamed(options.scale);
  const scale = {
    ...named,
    coldLoads: options.coldLoads ?? named.coldLoads,
    importPeople: options.importPeople ?? named.importPeople,
  };
  const wanted = (id: string) =>
    (!options.only || options.only.some((o) => id.startsWith(o))) &&
    !options.skip.some((s) => id.startsWith(s));
  const started = Date.now();
  const loadBefore = os.loadavg()[0]!;
  const outDir =
    options.out ?? (scale.name === 'full' ? 'bench' : path.join('bench', 'tmp', `results-${scale.name}`));
  const profileDir = path.resolve('bench', 'tmp', `profile-${scale.name}`);

  log(
    options.appBuild
      ? 'building the app and the bench page'
      : 'building the bench page (the app is already built)',
  );
  // The app is measured from its own copy (out/bench-app), so a rebuild of out/renderer during a long run
  // cannot pull it away; a profiled run builds an unminified copy there, so the profile names functions.
  const appPath = '/bench-app/index.html';
  if (options.profile) await buildApp('out/bench-app');
  else {
    if (options.appBuild) await buildApp();
    await rm('out/bench-app', { recursive: true, force: true });
    await cp('out/renderer', 'out/bench-app', { recursive: true });
  }
  // The team server of the sync figures, behind the preview server's proxy (one origin for the bench page). It
  // starts while the bench page builds: both take seconds, and neither is measured.
  const full = scale.name === 'full';
  const couchStarting = SYNC_FIGURE_IDS.some(wanted)
    ? (log('starting the team server'), startBenchCouch(full ? 16_384 : 4_096))
    : undefined;
  // Its failure is thrown where it is awaited below, not as an unhandled rejection while the page builds.
  void couchStarting?.catch(() => undefined);
  const firstScreen = SCENARIOS.find((s) => s.id === 'dashboard')!.until;
  const probeSource = await buildBenchPage()
    .then(() => probeScript(firstScreen))
    .catch(async (error: unknown) => {
      // A server started for nothing is stopped, never left running.
      await couchStarting?.then((started) => started.stop()).catch(() => undefined);
      throw error;
    });
  const couch: BenchCouch | undefined = await couchStarting;
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    build: { outDir: 'out' },
    preview: {
      host: '127.0.0.1',
      port: options.port,
      strictPort: options.port !== 0,
      ...(couch ? { proxy: { [COUCH_PATH]: couch.proxy } } : {}),
    },
    logLevel: 'warn',
  }).catch(async (error: unknown) => {
    await couch?.stop();
    throw error;
  });
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const figures: Figure[] = [];
  let load: LoadReport | undefined;
  let loadedBy: { date: string; loadAverage: number } | undefined;
  const loadRecordFile = `${profileDir}.load.json`;
  let info: DataSetInfo | undefined;
  let browser = 'Chromium';
  try {
    // 1. The data set: generated and written in the bench page, or the last run's reused.
    if (!options.reuse) await rm(profileDir, { recursive: true, force: true });
    {
      const context = await launch(profileDir);
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        logPageMessages(page);
        await page.goto(`${origin}/bench/bench.html`, { timeout: PAGE_LOAD_MS });
        await page.locator('html[data-bench-state="ready"]').waitFor({ state: 'attached' });
        browser =
          (await page.evaluate(() => globalThis.navigator.userAgent)).match(
            /(Headless)?Chrome\/[\d.]+/,
          )?.[0] ?? browser;
        if (!options.reuse) {
          log(
            `generating and writing the ${scale.name} data set (${scale.projects.toLocaleString('en-GB')} projects, ` +
              `${scale.people.toLocaleString('en-GB')} people, ${scale.bookings.toLocaleString('en-GB')} bookings, ` +
              `${scale.auditEvents.toLocaleString('en-GB')} audit events)`,
          );
          await bench(page, 'reset');
          const loaded = options.profile
            ? await profiled(page, 'load', () => bench(page, 'load', scale)).then(({ result, top }) => {
                log(
                  `  profile of the bench page while loading (bench/tmp/profiles/load.cpuprofile), self time:\n${top.join('\n')}`,
                );
                return result;
              })
            : await bench(page, 'load', scale);
          load = loaded;
          const record: LoadRecord = {
            load: loaded,
            date: new Date().toISOString(),
            loadAverage: os.loadavg()[0]!,
          };
          await writeFile(loadRecordFile, JSON.stringify(record));
          log(
            `generated in ${(loaded.generateMs / 1000).toFixed(1)} s, written in ${(loaded.loadMs / 1000).toFixed(1)} s + ` +
              `${(loaded.historyMs / 1000).toFixed(1)} s of history`,
          );
          figures.push(...loadFigures(loaded));
        } else {
          // The figures of the run that wrote this database, so the results stay whole.
          const record = await readFile(loadRecordFile, 'utf8')
            .then((text) => JSON.parse(text) as LoadRecord)
            .catch(() => undefined);
          if (record) {
            load = record.load;
            loadedBy = { date: record.date, loadAverage: record.loadAverage };
            figures.push(
              ...loadFigures(
                record.load,
                `written on ${record.date.slice(0, 16).replace('T', ' ')} UTC (load average ${record.loadAverage.toFixed(1)}), reused`,
              ),
            );
          }
        }
        info = await bench(page, 'describe');
      } finally {
        await context.close();
      }
    }
    const data = info;
    log(
      `data set: ${Object.entries(info.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );

    // 2. Cold load: a fresh browser each time.
    if (wanted('cold')) {
      log('cold loads');
      figures.push(
        ...(await coldLoadFigures(
          scale,
          profileDir,
          origin + appPath,
          `${origin}/bench/bench.html`,
          probeSource,
          firstScreen,
        )),
      );
    }

    // 3. Screens, then the PDF and the backup, in one browser.
    const context = await launch(profileDir);
    try {
      const app = await openApp(context, origin + appPath, probeSource, '/bench-blank');
      const pageErrors: string[] = [];
      app.on('pageerror', (error) => pageErrors.push(error.message));
      await app.locator('html[data-app-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
      const benchPage = await openBenchPage(context, origin);
      for (const scenario of SCENARIOS.filter((s) => wanted(s.id))) {
        log(`screen: ${scenario.label}`);
        await app.bringToFront();
        const run = () => runScenario({ app, benchPage, info: data, scale }, scenario);
        const measured = options.profile
          ? await profiled(app, scenario.id, run).then(({ result, top }) => {
              log(
                `  profile of the app's page (bench/tmp/profiles/${scenario.id}.cpuprofile), self time:\n${top.join('\n')}`,
              );
              return result;
            })
          : await run();
        if (options.screenshots) log(`  ${await checkRendered(app, scenario, data, scale)}`);
        for (const figure of measured)
          log(
            `  ${figure.label}: ${figure.value ? `median ${figure.value.median.toFixed(1)} ms, p95 ${figure.value.p95.toFixed(1)} ms` : `not measured: ${figure.notMeasured}`}`,
          );
        figures.push(...measured);
      }
      if (pageErrors.length) log(`the app's page reported errors: ${[...new Set(pageErrors)].join(' | ')}`);
      await probe(app, 'heap');
      await benchPage.bringToFront();
      if (wanted('certificate-pdf')) {
        log('certificate PDF');
        figures.push(...(await pdfFigures(benchPage, data, scale)));
      }
      if (wanted('backup')) {
        log('backup export and import (the whole database)');
        figures.push(...(await backupFigures(benchPage, scale, log)));
      }
      if (wanted('import')) {
        log(
          `import from spreadsheets (${scale.importPeople.toLocaleString('en-GB')} people and their training)`,
        );
        figures.push(...(await importFigures(benchPage, scale, log)));
      }
      if (couch) {
        log(`team sync (${couch.name})`);
        figures.push(
          ...(await syncFigures({
            benchPage,
            openWorkstation: () => openBenchPage(context, otherOrigin(origin)),
            scale,
            server: couch.name,
            firstSync: !full || options.syncFull,
            wanted,
            profile: options.profile,
            log,
          })),
        );
      }
    } finally {
      await context.close();
    }
  } finally {
    server.httpServer.close();
    await couch?.stop();
  }

  if (!info) throw new Error('The data set was never described.');
  const { counts, ...rest } = info;
  const results: Results = {
    date: new Date().toISOString(),
    scale,
    machine: machine(browser, loadBefore),
    dataSet: {
      counts,
      ...(load ? { load } : {}),
      ...(loadedBy ? { loadedBy } : {}),
      reused: options.reuse,
      info: rest,
    },
    figures,
    minutes: (Date.now() - started) / 60_000,
  };
  printTable(results);
  await writeResults(results, outDir);
  log(`wrote ${path.join(outDir, 'results.json')} and ${path.join(outDir, 'RESULTS.md')}`);
  return results;
}
