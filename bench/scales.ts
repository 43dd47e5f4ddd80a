/**
 * How big a benchmark run is. `full` is the scale DESIGN.md says the app must hold; `tiny` runs the same
 * harness in seconds (it is part of the test command, so the harness never rots); a number (`0.1`) is that
 * fraction of full. Pure data: read by the driver (Node) and the bench page (browser).
 */

/** The benchmark data set's size and how often each figure is measured. */
export interface ScaleSpec {
  name: string;
  /** Fraction of the full data set. */
  fraction: number;
  projects: number;
  people: number;
  /** Bookings in the data set, exactly. */
  bookings: number;
  /** Audit events in the log, at least (one per record, then history events up to this). */
  auditEvents: number;
  /**
   * Bookable sessions a weekday and seats in each (the schema allows 500): the full data set books ~12,000
   * seats a week, so its DSH runs eight hourly sessions a day of 500 seats.
   */
  sessionsPerDay: number;
  seatsPerSession: number;
  /** Records per write transaction when loading. */
  batchSize: number;
  /** Training records of the one person the "person with many trainings" screen opens. */
  busyPersonTrainings: number;
  /** Unmeasured runs before the measured ones, and measured runs, of each screen and read. */
  warmUp: number;
  runs: number;
  /** Browser restarts measured for the cold load, and unmeasured starts before them (they warm the disk cache). */
  coldLoads: number;
  coldWarmUps: number;
  /** Runs of backup export and import (each reads or writes the whole database). */
  backupRuns: number;
  /**
   * The ways the app's own backup is timed: `whole` (as before backups were streamed) is only a comparison, so
   * the tiny run (part of the test command) times the app's path alone, and so does full scale, where the old
   * whole-in-memory way alone took 35 minutes (export 196 s, restore 1,908 s: bench/RESULTS.md, 2026-12-07).
   */
  appBackupWays: ReadonlyArray<'whole' | 'streamed'>;
  /** Share of the rows the import's raw floor writes (its time is scaled up to every row). */
  rawWriteSample: number;
  /** A screen slower than this in its warm-up run is measured only `slowRuns` times (keeps full scale in time). */
  slowScreenMs: number;
  slowRuns: number;
  /** How long a screen may take before it counts as "did not render". */
  screenTimeoutMs: number;
  /** Documents of each kind the team server is filled with for the first sync (all when undefined). */
  syncSample: number | undefined;
  /** Edits on workstation A timed until workstation B shows them, in each of the two timings. */
  syncEdits: number;
  /** People in the import figures' spreadsheet (each with IMPORT_FULL.trainingPerPerson training records). */
  importPeople: number;
}

/** The full benchmark data set (DESIGN.md, "Scale the app must hold"). */
export const FULL = { projects: 10_000, people: 50_000, bookings: 500_000, auditEvents: 1_000_000 } as const;

/** The import figures at full scale (issue 17): 10,000 people and 5 training records each (50,000). */
export const IMPORT_FULL = { people: 10_000, trainingPerPerson: 5 } as const;

/** The scale called `name`: `tiny`, `full`, or a fraction of full such as `0.1`. */
export function scaleNamed(name: string): ScaleSpec {
  if (name === 'tiny') {
    return {
      // The smallest data set that still has every kind of record a figure reads (a certificate, a busy week).
      ...ofFraction(0.003, name),
      // Each figure once: the tiny run proves the harness produces every figure, it never judges speed.
      warmUp: 0,
      runs: 1,
      // One cold start, not warmed: each start is two browser launches, the slowest part of a tiny run.
      coldLoads: 1,
      coldWarmUps: 0,
      backupRuns: 1,
      appBackupWays: ['streamed'],
      rawWriteSample: 1,
      slowScreenMs: 5_000,
      slowRuns: 3,
      screenTimeoutMs: 15_000,
      // Keeps the sync figures within seconds of the test command: a sample of every kind, a few edits.
      syncSample: 40,
      syncEdits: 2,
    };
  }
  const fraction = name === 'full' ? 1 : Number(name);
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction > 1) {
    throw new Error(`Unknown scale "${name}": use tiny, full, or a fraction of full such as 0.1.`);
  }
  return ofFraction(fraction, name);
}

/** Seats a session needs with two sessions a day; beyond the schema's 500, more (shorter) sessions a day. */
function sessions(fraction: number): Pick<ScaleSpec, 'sessionsPerDay' | 'seatsPerSession'> {
  const seatsForTwo = Math.max(60, Math.round(2_500 * fraction));
  const sessionsPerDay = Math.min(8, 2 * Math.ceil(seatsForTwo / 500));
  return { sessionsPerDay, seatsPerSession: Math.min(500, Math.ceil((seatsForTwo * 2) / sessionsPerDay)) };
}

function ofFraction(fraction: number, name: string): ScaleSpec {
  const big = fraction >= 0.5;
  return {
    name,
    fraction,
    projects: Math.max(20, Math.round(FULL.projects * fraction)),
    people: Math.max(60, Math.round(FULL.people * fraction)),
    bookings: Math.round(FULL.bookings * fraction),
    auditEvents: Math.round(FULL.auditEvents * fraction),
    ...sessions(fraction),
    batchSize: 5_000,
    busyPersonTrainings: 40,
    warmUp: 2,
    runs: big ? 10 : 8,
    coldLoads: big ? 5 : 4,
    coldWarmUps: 1,
    backupRuns: 1,
    appBackupWays: big ? ['streamed'] : ['whole', 'streamed'],
    rawWriteSample: big ? 0.1 : 1,
    slowScreenMs: 2_000,
    slowRuns: 3,
    screenTimeoutMs: big ? 60_000 : 30_000,
    syncSample: undefined,
    syncEdits: 100,
    importPeople: Math.max(40, Math.round(IMPORT_FULL.people * fraction)),
  };
}
