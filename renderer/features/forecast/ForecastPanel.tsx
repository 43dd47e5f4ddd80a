/**
 * The dashboard's readiness forecast: every booking from today to the end of the booking horizon whose
 * person will not be ready on the day (counted; the first few drawn, all on request), with a renewal e-mail
 * draft one click away.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { IsoDate } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { forecastTables, upcomingForecast } from '../../db/repositories/forecast-queries';
import { useWatchedQuery } from '../../db/use-watched-query';
import { AtRiskList, namedRows } from './AtRiskList';

/**
 * The panel. It reads once `start` is true: the dashboard starts it when its own panels have their figures,
 * since the forecast reads every booking of the horizon and each read waits its turn on the one database.
 */
export function ForecastPanel({ today, start = true }: { today: IsoDate; start?: boolean }) {
  const { db } = useApp();
  const [all, setAll] = useState(false);
  // Watched by table, not by key: the forecast reads a key range for each booked person (use-watched-query.ts).
  const forecast = useWatchedQuery(
    db,
    forecastTables,
    (signal) => upcomingForecast(db, today, namedRows(all), signal),
    [today, all],
    start,
  );
  return (
    <section className="panel forecast-panel" aria-labelledby="forecast-heading">
      <div className="panel-title-row">
        <h2 id="forecast-heading">
          Not ready on the day{' '}
          {forecast && <span className="action-group-count">{forecast.atRisk.length}</span>}
        </h2>
        <Link to="/calendar" className="panel-title-note">
          Calendar
        </Link>
      </div>
      {!forecast ? (
        <p className="muted">Reading bookings…</p>
      ) : (
        <AtRiskList
          forecast={forecast}
          empty="Everyone booked will be ready on the day of their booking."
          all={all}
          onShowAll={setAll}
        />
      )}
    </section>
  );
}
