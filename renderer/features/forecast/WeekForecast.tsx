/**
 * The readiness forecast of the week on screen: its bookings (today on) whose person will not be ready on
 * the day, counted in their cells of the week grid and listed under it with a renewal e-mail draft each.
 */
import type { IsoDate } from '../../../shared/dates';
import type { BookingAtRisk } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { forecastBetween, forecastTables, type PeriodForecast } from '../../db/repositories/forecast-queries';
import { useWatchedQuery } from '../../db/use-watched-query';
import { AtRiskList, namedRows } from './AtRiskList';

/** A week's forecast with its bookings at risk by session (`date|sessionId`). */
export type WeekForecastData = PeriodForecast & { bySlot: Map<string, BookingAtRisk[]> };

/**
 * The forecast of Monday to Sunday, live; undefined while it is read, and until `start` (the week view starts
 * it once its grid is read: the forecast's reads would otherwise queue before the grid's).
 */
export function useWeekForecast(
  monday: IsoDate,
  sunday: IsoDate,
  today: IsoDate,
  all: boolean,
  start = true,
): WeekForecastData | undefined {
  const { db } = useApp();
  const read = useWatchedQuery(
    db,
    forecastTables,
    async (signal) => {
      const forecast = await forecastBetween(db, monday, sunday, today, namedRows(all), signal);
      const bySlot = new Map<string, BookingAtRisk[]>();
      for (const risk of forecast.atRisk) {
        const key = `${risk.booking.date}|${risk.booking.sessionId}`;
        const ofSlot = bySlot.get(key);
        if (ofSlot) ofSlot.push(risk);
        else bySlot.set(key, [risk]);
      }
      return { ...forecast, bySlot, monday };
    },
    [monday, sunday, today, all],
    start,
  );
  // Until the new week is read, none: the last one read may be another week's.
  return read?.monday === monday ? read : undefined;
}

/**
 * The list under the week grid (the first few rows, or all: `all` and `onShowAll` are the caller's, which
 * reads the forecast with as many rows named); nothing while reading or when the week is all in the past.
 */
export function WeekForecast({
  forecast,
  all,
  onShowAll,
}: {
  forecast: WeekForecastData | undefined;
  all: boolean;
  onShowAll: (all: boolean) => void;
}) {
  if (!forecast || forecast.bookings.length === 0) return null;
  return (
    <section className="panel week-forecast" aria-labelledby="week-forecast-heading">
      <h2 id="week-forecast-heading">Not ready on the day ({forecast.atRisk.length})</h2>
      <AtRiskList
        forecast={forecast}
        empty="Everyone booked this week will be ready on the day."
        all={all}
        onShowAll={onShowAll}
      />
    </section>
  );
}
