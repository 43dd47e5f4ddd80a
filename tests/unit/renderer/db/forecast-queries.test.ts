/**
 * The forecast and the briefing read bookings through `[status+date]` and people's records by key, yet must
 * find exactly what the forecast rule finds over the whole data set: the demo data is loaded with one
 * researcher's NHS DSA expiry brought forward to the day before one of their bookings, and the two compared.
 */
import { addDaysIso } from '../../../../shared/dates';
import { generateDemoData } from '../../../../shared/demo';
import { bookingsAtRisk } from '../../../../shared/domain';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import { loadBriefing } from '../../../../renderer/db/repositories/briefing-queries';
import {
  forecastBetween,
  keyedOrWhole,
  type KeyedOrWholeOptions,
  upcomingForecast,
} from '../../../../renderer/db/repositories/forecast-queries';
import { getSettings } from '../../../../renderer/db/repositories/settings';
import { freshDb, type TestDb } from './db-fixtures';

const TODAY = '2026-11-25'; // a Wednesday: the briefing covers 23–29/11/2026
const demo = generateDemoData({ today: TODAY });
const chosen = demo.bookings.find((booking) => {
  if (booking.status !== 'booked' || booking.date < addDaysIso(TODAY, 2) || booking.date > '2026-11-29')
    return false;
  const dsa = demo.trainingRecords.filter(
    (r) => r.personId === booking.personId && r.kind === 'nhs-dsa-level-1',
  );
  return dsa.length === 1 && dsa[0]!.completedOn < addDaysIso(booking.date, -1);
})!;
const trainingRecords = demo.trainingRecords.map((record) =>
  record.personId === chosen.personId && record.kind === 'nhs-dsa-level-1'
    ? { ...record, expiresOn: addDaysIso(chosen.date, -1) }
    : record,
);
const data = { ...demo, trainingRecords };

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  await loadDataSet(t.ctx, data);
});
afterAll(() => t.db.close());

describe('the readiness forecast over the demo data', () => {
  it('finds the same bookings at risk as the rule over every booking, and the one made so is among them', async () => {
    const horizon = addDaysIso(TODAY, data.settings.bookingHorizonDays);
    const expected = bookingsAtRisk(
      {
        bookings: data.bookings.filter((b) => b.date >= TODAY && b.date <= horizon),
        memberships: data.memberships,
        trainings: data.trainingRecords,
        settings: data.settings,
      },
      TODAY,
    );
    const { atRisk } = await upcomingForecast(t.db, TODAY);
    expect(atRisk.map((risk) => risk.booking.id)).toEqual(expected.map((risk) => risk.booking.id));
    expect(atRisk.map((risk) => risk.booking.id)).toContain(chosen.id);
  });

  it('finds every row at risk when asked to name only the first, and reads the names of that one alone', async () => {
    const all = await upcomingForecast(t.db, TODAY);
    const first = await upcomingForecast(t.db, TODAY, 1);
    const none = await upcomingForecast(t.db, TODAY, 0);
    expect(first.atRisk.map((risk) => risk.booking.id)).toEqual(all.atRisk.map((risk) => risk.booking.id));
    expect(none.atRisk.map((risk) => risk.booking.id)).toEqual(all.atRisk.map((risk) => risk.booking.id));
    expect([all.named, first.named, none.named]).toEqual([all.atRisk.length, 1, 0]);
    // The first row reads as it does with every row named; unnamed rows say "This person".
    expect(first.atRisk[0]).toEqual(all.atRisk[0]);
    const person = data.people.find((p) => p.id === first.atRisk[0]!.booking.personId)!;
    expect(first.atRisk[0]!.reasons.join(' ')).toContain(person.name);
    expect(none.atRisk[0]!.reasons.join(' ')).toContain('This person');
    expect([...first.people.keys()]).toEqual([person.id]);
    expect(none.people.size).toBe(0);
    expect(all.people.size).toBeGreaterThan(1);
  });

  it('reads the same training records key by key as from the whole table, in pages, and stops between pages when no longer wanted', async () => {
    const people = new Set(data.bookings.slice(0, 40).map((booking) => booking.personId));
    const read = (options: KeyedOrWholeOptions) =>
      keyedOrWhole(
        t.db.trainingRecords,
        people,
        (id) => t.db.trainingRecords.where('personId').equals(id).toArray(),
        (record) => people.has(record.personId),
        options,
      );
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    const expected = ids(data.trainingRecords.filter((record) => people.has(record.personId)));
    expect(expected.length).toBeGreaterThan(people.size);
    expect(ids(await read({ share: 1 }))).toEqual(expected); // key by key: fewer keys than rows
    expect(ids(await read({ share: 0 }))).toEqual(expected); // the whole table, filtered
    const total = await t.db.trainingRecords.count();
    expect(total).toBeGreaterThan(70);
    expect(ids(await read({ share: 0, page: 7 }))).toEqual(expected); // the whole table, 7 rows a page

    // The screen is left while the first page is read: no other page is read.
    const leaving = new AbortController();
    const toCollection = t.db.trainingRecords.toCollection.bind(t.db.trainingRecords);
    const limit = jest.spyOn(t.db.trainingRecords, 'toCollection');
    const after = jest.spyOn(t.db.trainingRecords, 'where');
    limit.mockImplementationOnce(() => {
      leaving.abort();
      return toCollection();
    });
    await expect(read({ share: 0, page: 7, signal: leaving.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(limit).toHaveBeenCalledTimes(1);
    expect(after).not.toHaveBeenCalled();
    limit.mockRestore();
    after.mockRestore();
  });

  it('stops before its readiness reads when no longer wanted', async () => {
    const abandoned = new AbortController();
    abandoned.abort();
    const reads = jest.spyOn(t.db.trainingRecords, 'toArray');
    await expect(upcomingForecast(t.db, TODAY, 5, abandoned.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  it('reads the horizon a week at a time: every standing booking in date order, and it stops between weeks when no longer wanted', async () => {
    const { bookingHorizonDays } = await getSettings(t.db);
    const last = addDaysIso(TODAY, bookingHorizonDays);
    const standing = data.bookings
      .filter((b) => b.status === 'booked' && b.date >= TODAY && b.date <= last)
      .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
    const where = t.db.bookings.where.bind(t.db.bookings);
    const weeks = jest.spyOn(t.db.bookings, 'where');
    const { bookings } = await upcomingForecast(t.db, TODAY);
    expect(bookings.map((b) => b.id)).toEqual(standing.map((b) => b.id));
    expect(weeks.mock.calls.length).toBe(Math.ceil((bookingHorizonDays + 1) / 7));

    // The screen is left while the first week is read: no other week is read.
    weeks.mockClear();
    const leaving = new AbortController();
    weeks.mockImplementation(((index: string) => {
      leaving.abort();
      return where(index);
    }) as never);
    await expect(upcomingForecast(t.db, TODAY, 5, leaving.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(weeks).toHaveBeenCalledTimes(1);
    weeks.mockRestore();
  });

  it('never flags a booking before today, even in a week that began earlier', async () => {
    const { atRisk, bookings } = await forecastBetween(t.db, '2026-11-23', '2026-11-29', TODAY);
    expect(bookings.every((booking) => booking.date >= TODAY)).toBe(true);
    expect(atRisk.map((risk) => risk.booking.id)).toContain(chosen.id);
  });

  it('lists the booking in the team briefing, and counts every booking of the week', async () => {
    const { briefing } = await loadBriefing(t.db, TODAY, undefined);
    const person = data.people.find((p) => p.id === chosen.personId)!;
    const notReady = briefing.sections.find((section) => section.id === 'not-ready')!;
    expect(notReady.lines.some((line) => line.text.includes(person.name))).toBe(true);
    const week = data.bookings.filter(
      (b) => b.status === 'booked' && b.date >= '2026-11-23' && b.date <= '2026-11-29',
    );
    expect(briefing.sections.find((section) => section.id === 'bookings')!.count).toBe(week.length);
  });
});
