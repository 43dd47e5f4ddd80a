/**
 * The contract between the benchmark driver (Node) and the bench page (browser): what `window.__dshBench`
 * offers and what it returns. Types only, so both sides compile it.
 */
import type { ScaleSpec } from './scales';

/** What loading the benchmark data set took. */
export interface LoadReport {
  /** Time to generate the data set in the page (shared/demo), ms. */
  generateMs: number;
  /** Time for loadDataSet (validate every record, write it and its audit event), ms. */
  loadMs: number;
  /** Time to write the history events beyond one per record, ms. */
  historyMs: number;
  /** Records written (projects, people, bookings…) and audit events written with them and after them. */
  records: number;
  recordEvents: number;
  historyEvents: number;
  /** Rows per second of each load batch (records and their events), for a median and p95. */
  batchRowsPerSecond: number[];
  /** How dense the calendar is: bookings in the busiest session, and per week on average. */
  maxBookingsPerSession: number;
  bookingsPerWeek: number;
}

/** What is in the database, and the records the screens open. */
export interface DataSetInfo {
  counts: Record<string, number>;
  /** The project with the most members (its page reads the most). */
  projectId: string;
  /** The person with the most training records. */
  personId: string;
  personTrainings: number;
  /** A certificate to print. */
  certificateId: string | undefined;
  /** The day the data set was made for (its today) and the Monday of its week. */
  today: string;
  weekStart: string;
  /** A search the register finds some projects for, typed one key at a time. */
  searchText: string;
  /** A staff member to sign in as. */
  staffId: string;
}

/** Which raw-IndexedDB floor (or Dexie-level read) to time, with its parameters. */
export interface ReadRequest {
  read: string;
  params?: Record<string, string>;
}

/** One run of the app's backup or restore: time, rows, file size, progress calls and peak heap. */
export interface AppBackupRun extends TimedRead {
  bytes: number;
  progressCalls: number;
  heapPeakMB: number;
}

/**
 * The generated files of one shape (people, or their training) imported as the Import page does, summed over
 * its files: rows imported, bytes, ms reading, previewing and importing, the raw floor, peak heap.
 */
export interface ImportRun {
  shape: string;
  files: number;
  rows: number;
  bytes: number;
  /** Reading the file and guessing its columns; checking and planning every row; the import transaction. */
  readMs: number;
  previewMs: number;
  importMs: number;
  /** Every row the imports added (records, audit events, derived rows) put with raw IndexedDB. */
  floorMs: number;
  floorRows: number;
  /** The highest peak of the files' imports above the heap before each, MB. */
  heapPeakMB: number;
  progressCalls: number;
}

/** One timed read: how long, and how many rows it returned. */
export interface TimedRead {
  ms: number;
  rows: number;
}

/** The functions of the bench page, called by the driver through `page.evaluate`. */
export interface BenchApi {
  /** Deletes the app's database (and the benchmark's scratch database). */
  reset(): Promise<void>;
  /** Generates the data set of `scale` and writes it through the app's data layer. */
  load(scale: ScaleSpec): Promise<LoadReport>;
  describe(): Promise<DataSetInfo>;
  /** The raw-IndexedDB floor of a screen's read, timed once. */
  floor(request: ReadRequest): Promise<TimedRead>;
  /** The same read through the app's repositories (Dexie, no React), timed once; undefined if none. */
  dexie(request: ReadRequest): Promise<TimedRead | undefined>;
  /** Builds the certificate PDF, timed once. */
  certificatePdf(certificateId: string): Promise<TimedRead>;
  /** dexie-export-import over the whole database (the backup floor until the app's backup lands). */
  backupExport(): Promise<TimedRead & { bytes: number; progressCalls: number }>;
  backupImport(): Promise<TimedRead & { progressCalls: number }>;
  /** The app's backup: `whole` (as before streaming) or `streamed`, with the peak heap above the start. */
  appBackupExport(how: 'whole' | 'streamed'): Promise<AppBackupRun>;
  appBackupImport(how: 'whole' | 'streamed'): Promise<AppBackupRun>;
  /** Raw IndexedDB: read every row of every store; write them all into a scratch copy. */
  rawReadAll(): Promise<TimedRead>;
  /** Writes `fraction` of each store and scales the time up to every row; `sampled` rows were written. */
  rawWriteAll(fraction?: number): Promise<TimedRead & { sampled: number }>;
  /** In a fresh browser: open the app's database with raw IndexedDB and read what start-up reads. */
  coldOpen(): Promise<TimedRead>;
  /** Removes the scratch databases the backup figures wrote. */
  dropScratch(): Promise<void>;
  /** JS heap in use after a full garbage collection, bytes. */
  heap(): number;
  /** Creates team database `teamDb` and fills it with the data set's synced records (`_bulk_docs`). */
  syncFill(teamDb: string, perType?: number): Promise<FilledServer>;
  /** An empty workstation pulls everything from `teamDb` through the sync engine. */
  syncFirst(teamDb: string): Promise<FirstSyncReport>;
  /** The same pull with nothing applied (the server's and the client's share). */
  syncPullOnly(teamDb: string): Promise<TimedRead>;
  /** Every row of the last first sync written with raw IndexedDB, `perTransaction` rows a transaction. */
  syncFloor(perTransaction: number): Promise<SyncFloorReport>;
  /** Edits on workstation A, each timed until workstation B shows it. */
  syncLive(request: LiveRequest): Promise<LiveReport>;
  /** Removes the databases the sync figures wrote. */
  dropSync(): Promise<void>;
  /** Imports `people` generated people, then `perPerson` training records each, into a scratch database. */
  importBench(people: number, perPerson: number): Promise<ImportRun[]>;
  /** Removes the databases the import figures wrote. */
  dropImport(): Promise<void>;
}

/** What a first sync took: time, rows stored, documents quarantined, and status updates shown. */
export interface FirstSyncReport extends TimedRead {
  quarantined: number;
  statuses: number;
  /** [changes received, ms since the start] at each progress update. */
  timeline: [number, number][];
}

/** The team server filled: time, documents, and [type, documents] in the order filled (the order pulled). */
export interface FilledServer extends TimedRead {
  kinds: [string, number][];
}

/** The first sync's floor: time and rows, and [store, rows, ms] store by store. */
export interface SyncFloorReport extends TimedRead {
  stores: [string, number, number][];
}

/** Save on A → shown on B: a new team database, how many edits, how often B syncs, and whether B watches. */
export interface LiveRequest {
  teamDb: string;
  edits: number;
  remoteIntervalMs: number;
  /** Whether B also holds a wait for changes open between rounds, as the app does. */
  remoteWatches: boolean;
  seed: number;
}

/** Each edit's time from its save on A to B holding it, ms; and edits B never showed. */
export interface LiveReport {
  latencies: number[];
  missed: number;
}

/** A condition on the app's document: every selector matches (and its text matches `text`, if given). */
export interface Condition {
  selector: string;
  /** A regular expression source the first match's text must match. */
  text?: string;
  /** A selector that must match nothing. */
  absent?: string;
  /** A regular expression source the first match's text must NOT match (e.g. `Loading`). */
  noText?: string;
}

/** A cold start, ms since navigation started: the page and its script fetched, parsed, the app ready. */
export interface StartTimes {
  ready: number | undefined;
  /** The page's heading (`main h1`) shown: the shell and the page's own code loaded, before its data. */
  heading: number | undefined;
  firstScreen: number | undefined;
  /** The HTML received, and DOMContentLoaded (the module script fetched and run). */
  htmlReceived: number | undefined;
  domContentLoaded: number | undefined;
}

/** One step of an interaction: choose a value in the control labelled `label`, or click what `click` matches. */
export type Step = { label: string; value: string } | { click: string };

/** What the probe injected into the app's page offers. */
export interface ProbeApi {
  /** Sets the hash and times until every condition holds; undefined on timeout. */
  navigate(hash: string, until: Condition[], timeoutMs: number): Promise<number | undefined>;
  /** Performs the steps and times from the last one until every condition holds; undefined on timeout. */
  act(steps: Step[], until: Condition[], timeoutMs: number): Promise<number | undefined>;
  /** Times until every condition holds, from now; undefined on timeout. */
  waitFor(until: Condition[], timeoutMs: number): Promise<number | undefined>;
  /** When the app's ready marker and the first screen appeared, ms since navigation started. */
  startTimes(): StartTimes;
  /**
   * Types `text` into the input one key at a time. For each key: how long the input event took to handle
   * and lay out, and how long from the search being applied (the address changing) to `until` holding.
   */
  typeSearch(
    input: string,
    text: string,
    until: Condition[],
    timeoutMs: number,
  ): Promise<{ keystrokeMs: number[]; resultMs: (number | undefined)[] }>;
  /** Clears the input (and waits until `until` holds). */
  clearSearch(input: string, until: Condition[], timeoutMs: number): Promise<void>;
  /** Scrolls the window to the end until the last row of `[aria-rowcount]` is rendered; ms or undefined. */
  scrollToEnd(timeoutMs: number): Promise<number | undefined>;
  /** Scrolls back to the top. */
  scrollToTop(): void;
  heap(): number;
}
