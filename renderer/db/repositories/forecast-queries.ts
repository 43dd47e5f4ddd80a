/**
 * The readiness forecast of standing bookings (shared/domain/bookings/forecast.ts), read for a period.
 *
 * Reads: the period's standing bookings from today on, a week at a time, through `[status+date]` (bounded by
 * seats × sessions × days, not by history: 500,000 past bookings cost nothing here); their memberships by
 * `[projectId+personId]`; their people's training records by `personId`; by id the people and projects of
 * the rows the screen draws (every booking's, for the briefing); the session templates and the settings.
 */
import { addDaysIso, type IsoDate } from '../../../shared/dates';
import {
  bookingsAtRisk,
  describeSession,
  type Booking,
  type BookingAtRisk,
  type Person,
  type Project,
  type SessionTemplate,
} from '../../../shared/domain';
import type { Table } from 'dexie';
import type { DshDatabase } from '../database';
import { rowsAfterKey } from '../key-pages';
import { allSessionTemplates, namesOf } from './booking-calendar';
import { getSettings } from './settings';

/** The forecast of a period: its standing bookings, those at risk, and the names the drawn ones need. */
export interface PeriodForecast {
  bookings: Booking[];
  /** Every booking at risk, in order; only the first `named` carry their person's name in their reasons. */
  atRisk: BookingAtRisk[];
  /** How many of `atRisk`, from the first, are named and may be drawn. */
  named: number;
  /** The people of the named rows; with every row named, the people of every booking. */
  people: Map<string, Person>;
  /** The projects of the named rows' people's bookings at risk (their renewal drafts list them all). */
  projects: Map<string, Project>;
  sessions: Map<string, SessionTemplate>;
  organisationName: string;
}

/** "Morning (09:00–13:00)", or "a session no longer offered". */
export function sessionWords(sessions: ReadonlyMap<string, SessionTemplate>, sessionId: string): string {
  const session = sessions.get(sessionId);
  return session ? describeSession(session) : 'a session no longer offered';
}

/** Every table the forecast reads (for `useWatchedQuery`: it is read again after a write to any of them). */
export function forecastTables(db: DshDatabase): Table[] {
  return [
    db.settings,
    db.sessionTemplates,
    db.bookings,
    db.memberships,
    db.trainingRecords,
    db.people,
    db.projects,
  ];
}

/**
 * The memberships and training records the forecast of `bookings` asks about: one exact-key read a pair and
 * a person, all issued at once, each in its own transaction as in dashboard-queries.ts (an `anyOf` cursor
 * steps through the index one round trip a record, and measured several times slower). When the keys are
 * many against the table (a busy horizon at DSH scale asks for most people), the table is read whole, a page
 * at a time, and filtered here instead: tens of thousands of single reads each wait their turn on the database.
 */
async function readinessRecords(db: DshDatabase, bookings: readonly Booking[], signal?: AbortSignal) {
  const pairs = new Set(bookings.map((b) => `${b.projectId}|${b.personId}`));
  const personIds = new Set(bookings.map((b) => b.personId));
  const [memberships, trainings] = await Promise.all([
    keyedOrWhole(
      db.memberships,
      pairs,
      (pair) => db.memberships.where('[projectId+personId]').equals(pair.split('|')).toArray(),
      (membership) => pairs.has(`${membership.projectId}|${membership.personId}`),
      { signal },
    ),
    keyedOrWhole(
      db.trainingRecords,
      personIds,
      (id) => db.trainingRecords.where('personId').equals(id).toArray(),
      (record) => personIds.has(record.personId),
      { signal },
    ),
  ]);
  return { memberships, trainings };
}

/**
 * Above this share of a table's rows asked for by key, the table is read whole. At full bench scale, ~14,000
 * single-key reads for a week took ~7 s (about 0.5 ms each, every one a round trip), while a whole read costs
 * of the order of 0.01 ms a row: one key read weighs about as much as 50 rows read whole.
 */
const WHOLE_TABLE_SHARE = 0.02;

/**
 * Rows a page when a table is read whole (74,000 training records at full bench scale): a forecast no longer
 * wanted stops within a page, instead of holding up the next screen's reads until the whole table is read.
 */
const WHOLE_READ_PAGE = 10_000;

/** How `keyedOrWhole` reads: when to read whole, the page of a whole read, and when to stop. */
export interface KeyedOrWholeOptions {
  share?: number;
  page?: number;
  signal?: AbortSignal;
}

/**
 * The rows of `keys`, read one key at a time, or the whole table (keyed by `id`) filtered by `wanted`, a page
 * at a time, when the keys are more than `share` of its rows (less work then). Either way the same rows. Given
 * `signal`, a whole read stops between its pages once the signal is aborted (throwing its reason).
 */
export async function keyedOrWhole<Row extends { id: string }>(
  table: Table<Row, string>,
  keys: ReadonlySet<string>,
  readKey: (key: string) => Promise<Row[]>,
  wanted: (row: Row) => boolean,
  { share = WHOLE_TABLE_SHARE, page = WHOLE_READ_PAGE, signal }: KeyedOrWholeOptions = {},
): Promise<Row[]> {
  if (keys.size === 0) return [];
  if (keys.size <= (await table.count()) * share) return (await Promise.all([...keys].map(readKey))).flat();
  const kept: Row[] = [];
  // Each page starts after the last id of the one before: the loop ends at the first short page.
  for (let after: string | undefined; ;) {
    signal?.throwIfAborted();
    const rows = await rowsAfterKey(table, after).limit(page).toArray();
    for (const row of rows) if (wanted(row)) kept.push(row);
    if (rows.length < page) return kept;
    after = rows.at(-1)!.id;
  }
}

/**
 * Days of standing bookings read at once. The horizon of a busy DSH at ten times the largest holds about
 * 127,000 (a read of seconds); read a week at a time, a forecast no longer wanted stops within a week's read,
 * instead of holding up the reads of the screen opened next until the whole horizon is read.
 */
const BOOKING_READ_DAYS = 7;

/** The standing bookings from `start` to `to` (in date order), a week at a time, stopping once `signal` aborts. */
async function standingBookings(
  db: DshDatabase,
  start: IsoDate,
  to: IsoDate,
  signal: AbortSignal | undefined,
): Promise<Booking[]> {
  const weeks: Booking[][] = [];
  for (let from = start; from <= to; from = addDaysIso(from, BOOKING_READ_DAYS)) {
    signal?.throwIfAborted();
    const last = addDaysIso(from, BOOKING_READ_DAYS - 1);
    weeks.push(
      await db.bookings
        .where('[status+date]')
        .between(['booked', from], ['booked', last < to ? last : to], true, true)
        .toArray(),
    );
  }
  return weeks.flat();
}

/**
 * The standing bookings from `from` (or today, if later) to `to`, and which of them are at risk. Every row at
 * risk is found without names (a name changes only the wording of its reasons); the people and projects are
 * read, and the rows worked out again with names, only for the first `named` rows (all by default, as the
 * briefing needs). Given `signal`, it stops between its reads once the signal is aborted (throwing its reason).
 */
export async function forecastBetween(
  db: DshDatabase,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
  named = Infinity,
  signal?: AbortSignal,
): Promise<PeriodForecast> {
  const start = from < today ? today : from;
  const [templates, settings] = await Promise.all([allSessionTemplates(db), getSettings(db)]);
  const bookings = await standingBookings(db, start, to, signal);
  // No longer wanted (the screen was left): the readiness reads, the largest part, are not made.
  signal?.throwIfAborted();
  const records = await readinessRecords(db, bookings, signal);
  signal?.throwIfAborted();
  const unnamed = bookingsAtRisk({ bookings, ...records, settings }, today);
  const drawn = unnamed.slice(0, named);
  const drawnPeople = new Set(drawn.map((risk) => risk.booking.personId));
  const names = await namesOf(
    db,
    named >= unnamed.length
      ? bookings
      : unnamed.map((risk) => risk.booking).filter((b) => drawnPeople.has(b.personId)),
  );
  const nameOf = (id: string) => names.people.get(id)?.name;
  const byId = new Map(
    bookingsAtRisk({ bookings: drawn.map((risk) => risk.booking), ...records, settings, nameOf }, today).map(
      (risk) => [risk.booking.id, risk],
    ),
  );
  return {
    bookings,
    atRisk: unnamed.map((risk) => byId.get(risk.booking.id) ?? risk),
    named: drawn.length,
    ...names,
    sessions: new Map(templates.map((template) => [template.id, template])),
    organisationName: settings.organisationName,
  };
}

/** The forecast of every standing booking from today to the end of the booking horizon. */
export async function upcomingForecast(
  db: DshDatabase,
  today: IsoDate,
  named = Infinity,
  signal?: AbortSignal,
): Promise<PeriodForecast> {
  const { bookingHorizonDays } = await getSettings(db);
  return forecastBetween(db, today, addDaysIso(today, bookingHorizonDays), today, named, signal);
}
