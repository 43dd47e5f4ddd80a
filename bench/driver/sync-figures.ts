/**
 * Team sync figures: the first sync of a new workstation (rows/s against the raw-IndexedDB write floor) and
 * the time from a save on workstation A to the change shown on workstation B (see bench/README.md).
 */
import type { Page } from '@playwright/test';
import { TARGETS } from '../scenarios';
import type { ScaleSpec } from '../scales';
import { bench } from './browser';
import { judged, notMeasured, type Figure } from './figures';
import { profiled } from './profile';
import { summarise } from './stats';
import { SYNC_INTERVAL_MS } from '../../renderer/sync/timing';
import { SYNCED_TYPES, type SyncedTypeName } from '../../shared/sync/synced-types';

/** What the sync figures need from the run. */
export interface SyncRun {
  /** The bench page on the data set's origin: it fills the team server. */
  benchPage: Page;
  /** Opens the bench page on an origin of its own, where the new workstation syncs (an empty profile's). */
  openWorkstation: () => Promise<Page>;
  scale: ScaleSpec;
  /** The team server's description, for the notes. */
  server: string;
  /** Whether the first sync runs at this scale (full scale is opt-in: `--sync-full`). */
  firstSync: boolean;
  /** Whether figure `id` is wanted (--only, --skip). */
  wanted: (id: string) => boolean;
  /** `--profile`: a CPU profile of the bench page during the first sync (bench/tmp/profiles/sync-first). */
  profile: boolean;
  log: (message: string) => void;
}

/** The ids of the sync figures (for --only and --skip). */
export const SYNC_FIGURE_IDS = ['sync-fill', 'sync-first', 'sync-shown-app', 'sync-shown-poll'];

/** The app's sync interval (renderer/sync/timing.ts) and the short one B may poll at instead. */
const APP_INTERVAL_MS = SYNC_INTERVAL_MS;
const POLL_INTERVAL_MS = 250;
/** Rows a transaction in the write floor: as many as the backup's write floor. */
const FLOOR_PER_TRANSACTION = 10_000;
/**
 * Changes a first sync's batch (one transaction) holds in the engine: SYNC_LIMITS.pullBatchSize (500) ×
 * SYNC_LIMITS.firstSyncPages (10).
 */
const ENGINE_BATCH = 5_000;

const single = (value: number) => ({ median: value, p95: value, n: 1 });
const rate = (rows: number, ms: number) => (rows * 1000) / ms;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The first-sync figures, then the save-to-shown figures. */
export async function syncFigures(run: SyncRun): Promise<Figure[]> {
  const first = run.wanted('sync-fill') || run.wanted('sync-first') ? await firstSyncFigures(run) : [];
  return [...first, ...(await liveFigures(run))];
}

async function firstSyncFigures({
  benchPage,
  openWorkstation,
  scale,
  server,
  firstSync,
  log,
  profile,
}: SyncRun): Promise<Figure[]> {
  const fillBase = {
    id: 'sync-fill',
    section: 'Sync' as const,
    label: 'Filling the team server with the data set (_bulk_docs, 2,000 documents a request)',
    unit: 'rows/s' as const,
  };
  const firstBase = {
    id: 'sync-first',
    section: 'Sync' as const,
    label: 'First sync of a new workstation: every record and audit event pulled and stored (SyncEngine)',
    unit: 'rows/s' as const,
  };
  if (!firstSync) {
    const why = 'full scale is opt-in (--sync-full): filling the server and pulling 1.7 million documents';
    return [notMeasured(fillBase, why), notMeasured(firstBase, why)];
  }
  const teamDb = `dsh-bench-first-${Date.now().toString(36)}`;
  let workstation: Page | undefined;
  try {
    log('  filling the team server');
    const filled = await bench(benchPage, 'syncFill', teamDb, scale.syncSample);
    log(
      `  ${filled.rows.toLocaleString('en-GB')} documents in ${seconds(filled.ms)}; a new workstation pulls them`,
    );
    workstation = await openWorkstation();
    const page = workstation;
    const first = profile
      ? await profiled(page, 'sync-first', () => bench(page, 'syncFirst', teamDb)).then(({ result, top }) => {
          log(
            `  profile of the bench page during the first sync (bench/tmp/profiles/sync-first.cpuprofile), self time:\n${top.join('\n')}`,
          );
          return result;
        })
      : await bench(page, 'syncFirst', teamDb);
    log(`  first sync: ${first.rows.toLocaleString('en-GB')} rows in ${seconds(first.ms)}`);
    // At full scale the two side figures are left out: each would pull or write 1.7 million rows again, half
    // an hour on this machine, and neither is judged.
    const sides = scale.name !== 'full';
    const pullOnly = sides ? await bench(page, 'syncPullOnly', teamDb) : undefined;
    const floor = await bench(page, 'syncFloor', FLOOR_PER_TRANSACTION);
    const floorSmall = sides ? await bench(page, 'syncFloor', ENGINE_BATCH) : undefined;
    log(
      `  pull alone ${pullOnly ? seconds(pullOnly.ms) : 'not measured'}; raw write floor ${floor.rows.toLocaleString('en-GB')} rows in ${seconds(floor.ms)}` +
        (floorSmall ? ` (${seconds(floorSmall.ms)} at ${ENGINE_BATCH} a transaction)` : ''),
    );
    log(`  by kind, in the order pulled (first sync against floor):\n${byKind(filled.kinds, first, floor)}`);
    return [
      {
        ...fillBase,
        value: single(rate(filled.rows, filled.ms)),
        note:
          `${filled.rows.toLocaleString('en-GB')} documents in ${seconds(filled.ms)}` +
          `${scale.syncSample ? ` (a sample: the first ${scale.syncSample} of each kind)` : ''}; ${server}`,
      },
      judged({
        ...firstBase,
        value: single(rate(first.rows, first.ms)),
        floor: single(rate(floor.rows, floor.ms)),
        note:
          `${first.rows.toLocaleString('en-GB')} rows in ${seconds(first.ms)} (${first.quarantined} quarantined, ` +
          `${first.statuses} progress updates); ` +
          (pullOnly
            ? `the pull alone, nothing stored: ${seconds(pullOnly.ms)} (${rate(pullOnly.rows, pullOnly.ms).toFixed(0)} rows/s); `
            : '') +
          `floor: the same rows put with raw IndexedDB, ${FLOOR_PER_TRANSACTION.toLocaleString('en-GB')} a transaction, ${seconds(floor.ms)}` +
          (floorSmall
            ? ` (${ENGINE_BATCH} a transaction, the engine's batch: ${rate(floorSmall.rows, floorSmall.ms).toFixed(0)} rows/s)`
            : '') +
          `; ${server}`,
      }),
    ];
  } catch (error) {
    const why = `the sync failed: ${(error as Error).message.split('\n')[0]}`;
    return [notMeasured(fillBase, why), notMeasured(firstBase, why)];
  } finally {
    if (workstation) {
      await bench(workstation, 'dropSync').catch(() => undefined);
      await workstation.close();
    }
  }
}

/**
 * Lines of seconds and rows/s for each kind of document, first sync against floor. The server sends changes in
 * the order it was filled, so a kind's time is read off the timeline between the counts where it starts and
 * ends (linearly between two progress updates).
 */
function byKind(
  kinds: [string, number][],
  first: { timeline: [number, number][] },
  floor: { stores: [string, number, number][] },
): string {
  const timeline: [number, number][] = [[0, 0], ...first.timeline];
  const at = (received: number) => {
    const after = timeline.findIndex(([count]) => count >= received);
    if (after <= 0) return timeline[after === 0 ? 0 : timeline.length - 1]![1];
    const [[c0, t0], [c1, t1]] = [timeline[after - 1]!, timeline[after]!];
    return t0 + ((t1 - t0) * (received - c0)) / Math.max(1, c1 - c0);
  };
  let start = 0;
  return kinds
    .map(([kind, count]) => {
      const ms = at(start + count) - at(start);
      start += count;
      const table = kind === 'audit' ? 'peerAuditEvents' : SYNCED_TYPES[kind as SyncedTypeName]?.table;
      const [store, rows, floorMs] = floor.stores.find(([name]) => name === table) ?? [table, 0, 0];
      return (
        `    ${kind}: ${count.toLocaleString('en-GB')} in ${seconds(ms)} (${rate(count, ms).toFixed(0)}/s); ` +
        `floor ${store} ${rows.toLocaleString('en-GB')} in ${seconds(floorMs)} (${rate(rows, floorMs).toFixed(0)}/s)`
      );
    })
    .join('\n');
}

async function liveFigures({ benchPage, scale, server, wanted, log }: SyncRun): Promise<Figure[]> {
  const edits = scale.syncEdits;
  const modes = [
    {
      id: 'sync-shown-app',
      label: `Save on A → shown on B, the app's timing (A sends 150 ms after a save; B holds a wait for changes open, and syncs every ${APP_INTERVAL_MS / 1000} s)`,
      interval: APP_INTERVAL_MS,
      watch: true,
    },
    {
      id: 'sync-shown-poll',
      label: `Save on A → shown on B, B syncing every ${POLL_INTERVAL_MS} ms, no wait held open (A as the app)`,
      interval: POLL_INTERVAL_MS,
      watch: false,
    },
  ];
  const figures: Figure[] = [];
  for (const [index, mode] of modes.entries()) {
    if (!wanted(mode.id)) continue;
    const base = {
      id: mode.id,
      section: 'Sync' as const,
      label: mode.label,
      unit: 'ms' as const,
      target: TARGETS.saveShownElsewhere,
    };
    log(`  ${edits} edits on A, B syncing every ${mode.interval} ms${mode.watch ? ' and watching' : ''}`);
    try {
      const report = await bench(benchPage, 'syncLive', {
        teamDb: `dsh-bench-live-${Date.now().toString(36)}-${index}`,
        edits,
        remoteIntervalMs: mode.interval,
        remoteWatches: mode.watch,
        seed: 12 + index,
      });
      const value = summarise(report.latencies);
      // Every latency goes to the log and the slowest into the note, so a tail can be told apart from missed
      // wakes (a cluster near the round's interval) without an instrumented run.
      const sorted = [...report.latencies].sort((a, b) => a - b);
      const slowest = sorted.slice(-5).map((ms) => ms.toFixed(0));
      const overTarget = sorted.filter((ms) => ms > TARGETS.saveShownElsewhere.limit).length;
      log(`  every latency (ms, sorted): ${sorted.map((ms) => ms.toFixed(0)).join(' ')}`);
      log(
        `  median ${value.median.toFixed(0)} ms, p95 ${value.p95.toFixed(0)} ms, ${report.missed} never shown`,
      );
      figures.push(
        judged({
          ...base,
          value,
          note:
            `${edits} updatePerson edits 100–400 ms apart, each from its commit on A until B's database holds it ` +
            `(B checked every 10 ms); ${report.missed} never shown within 20 s; ${overTarget} over the target, ` +
            `slowest ${slowest.join(', ')} ms; both workstations in one page; ${server}`,
        }),
      );
    } catch (error) {
      figures.push(notMeasured(base, `the sync failed: ${(error as Error).message.split('\n')[0]}`));
    }
  }
  return figures;
}
