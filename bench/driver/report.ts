/** The results: a table on stdout, `results.json` to compare runs, and `RESULTS.md` to read. */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DataSetInfo, LoadReport } from '../bench-api';
import type { ScaleSpec } from '../scales';
import type { Figure } from './figures';

/** The machine a run was measured on (figures from different machines do not compare). */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  platform: string;
  node: string;
  browser: string;
  /** 1-minute load average before and after the run: other work on the machine skews the figures. */
  loadAverage: { before: number; after: number };
}

/** Everything one run measured. */
export interface Results {
  date: string;
  scale: ScaleSpec;
  machine: Machine;
  dataSet: {
    counts: Record<string, number>;
    load?: LoadReport;
    /** When the data set was written, if an earlier run wrote it (`--reuse`). */
    loadedBy?: { date: string; loadAverage: number };
    reused: boolean;
    info: Omit<DataSetInfo, 'counts'>;
  };
  figures: Figure[];
  minutes: number;
}

/** The machine, as node:os sees it. */
export function machine(browser: string, loadBefore: number): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    browser,
    loadAverage: { before: loadBefore, after: os.loadavg()[0]! },
  };
}

const n = (value: number, digits = 1) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
const whole = (value: number) => n(value, 0);

function valueCells(f: Figure): [string, string, string] {
  if (!f.value) return ['–', '–', '0'];
  const fmt = f.unit === 'rows/s' ? whole : (v: number) => n(v, 1);
  return [fmt(f.value.median), fmt(f.value.p95), String(f.value.n)];
}

function verdictText(f: Figure): string {
  if (f.notMeasured) return `not measured: ${f.notMeasured}`;
  const parts: string[] = [];
  if (f.target && f.verdict) parts.push(`${f.verdict === 'met' ? 'met' : 'MISSED'} (${f.target.text})`);
  if (f.ratioVerdict) parts.push(`floor ratio ${f.ratioVerdict === 'met' ? 'met' : 'MISSED'} (≤ 1.5×)`);
  return parts.join('; ') || 'no target';
}

/** The rows of the results table, shared by stdout and RESULTS.md. */
function rows(figures: Figure[]): string[][] {
  return figures.map((f) => {
    const [median, p95, count] = valueCells(f);
    return [
      f.section,
      f.label + (f.unit === 'rows/s' ? ' (rows/s)' : ''),
      median,
      p95,
      count,
      f.floor ? n(f.floor.median, 1) : '',
      f.ratio !== undefined ? `${n(f.ratio, 2)}×` : '',
      f.dexie ? n(f.dexie.median, 1) : '',
      f.heapMB !== undefined ? whole(f.heapMB) : '',
      verdictText(f),
      f.note ?? '',
    ];
  });
}

const HEADER = [
  '',
  'Figure',
  'median',
  'p95',
  'n',
  'raw IDB floor (median)',
  'ratio',
  'Dexie only (median)',
  'heap MB',
  'verdict',
  'note',
];

/** The table for a terminal. */
export function printTable(results: Results): void {
  const table = [HEADER, ...rows(results.figures)].map((row) => row.slice(0, 10));
  const widths = table[0]!.map((_, c) =>
    Math.min(c === 1 ? 70 : c === 9 ? 60 : 24, Math.max(...table.map((r) => r[c]!.length))),
  );
  const line = (row: string[]) =>
    row.map((cell, c) => cell.slice(0, widths[c]).padEnd(widths[c]!)).join('  ');
  console.info('');
  console.info(line(table[0]!));
  console.info(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.info(line(row));
  const missed = results.figures.filter((f) => f.verdict === 'missed' || f.ratioVerdict === 'missed').length;
  const unmeasured = results.figures.filter((f) => f.notMeasured).length;
  console.info(`\n${results.figures.length} figures: ${missed} miss a target, ${unmeasured} not measured.`);
}

function markdown(results: Results): string {
  const { machine: m, scale, dataSet } = results;
  const counts = Object.entries(dataSet.counts)
    .filter(([, count]) => count > 0)
    .map(([store, count]) => `${store} ${count.toLocaleString('en-GB')}`)
    .join(' · ');
  const load = dataSet.load;
  const loadLines = load
    ? [
        ...(dataSet.loadedBy
          ? [
              `- Reused (\`--reuse\`): written by the run of ${dataSet.loadedBy.date.slice(0, 16).replace('T', ' ')} UTC ` +
                `(load average ${n(dataSet.loadedBy.loadAverage, 1)} then); its figures:`,
            ]
          : []),
        `- Generating it in Chromium (shared/demo, deterministic): **${n(load.generateMs / 1000)} s**.`,
        `- Writing it through \`loadDataSet\` (every record validated, one chained audit event each, ${scale.batchSize.toLocaleString('en-GB')} records a transaction): ` +
          `**${n(load.loadMs / 1000)} s** for ${load.records.toLocaleString('en-GB')} records and ${load.recordEvents.toLocaleString('en-GB')} events — ` +
          `**${whole((load.records * 1000) / load.loadMs)} records/s** (${whole(((load.records + load.recordEvents) * 1000) / load.loadMs)} rows/s with their events).`,
        `- History events (chained, to reach the audit log's size): ${load.historyEvents.toLocaleString('en-GB')} in **${n(load.historyMs / 1000)} s** ` +
          `(${whole((load.historyEvents * 1000) / Math.max(1, load.historyMs))} events/s).`,
        `- Calendar density: ${whole(load.bookingsPerWeek)} bookings a week on average, ${whole(load.maxBookingsPerSession)} in the busiest session (${scale.sessionsPerDay} sessions a weekday, ${scale.seatsPerSession.toLocaleString('en-GB')} seats each).`,
      ]
    : [
        '- The database of an earlier run was reused (`--reuse`): generation and writing were not measured this time.',
      ];
  const table = [HEADER, HEADER.map(() => '---'), ...rows(results.figures)]
    .map((row) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`)
    .join('\n');
  const missed = results.figures.filter((f) => f.verdict === 'missed' || f.ratioVerdict === 'missed');
  return `# DSH Desk benchmark results

Generated by \`npm run bench\` (\`node bench/run.mjs --scale ${scale.name}\`) on ${results.date.slice(0, 10)}; the run took ${n(results.minutes)} minutes.
Times are milliseconds, measured in the page with \`performance.now()\`: median and 95th percentile of ${scale.runs} runs after ${scale.warmUp} warm-up run(s)
(search: every keystroke of every run; cold load: ${scale.coldLoads} browser start(s) after ${scale.coldWarmUps} unmeasured; backup: ${scale.backupRuns} run(s)).
Targets are judged at p95; "floor ratio" is the screen's median over the median of the same rows read with raw IndexedDB in the same run (for a rate, the floor's rate over the figure's: how many times slower than raw IndexedDB writing the same rows).

## Machine
- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGB} GB; ${m.platform}
- Node ${m.node}; ${m.browser} (headless, \`--enable-precise-memory-info --js-flags=--expose-gc\`)
- Load average (1 min) ${n(m.loadAverage.before, 2)} before, ${n(m.loadAverage.after, 2)} after: other work on the machine adds to every figure.

## Data set (scale \`${scale.name}\`)
${counts}
${loadLines.join('\n')}

## Figures
${table}

${missed.length ? `**Missed:** ${missed.map((f) => f.label).join('; ')}.` : 'Every measured figure met its target.'}
`;
}

/** Writes results.json and RESULTS.md into `dir`. */
export async function writeResults(results: Results, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(dir, 'RESULTS.md'), markdown(results));
}
