/**
 * The project's bookings where the project is: this week's use of its weekly limit, its next bookings, and
 * the ways on — book several members for several weeks, find free sessions for the team, the calendar.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { londonToday } from '../../../../../shared/dates';
import { describeSession } from '../../../../../shared/domain/bookings';
import type { Project } from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { projectBookings } from '../../../../db/repositories/project-bookings';
import { countOf, formatFullDay, formatWeekRange } from '../../../../components/calendar-dates';
import { dayPath, weekPath } from '../../../calendar/model/calendar-paths';
import { BookSeveralDialog } from '../../../calendar/plan/BookSeveralDialog';
import './active.css';

/** The bookings panel of a project. */
export function ProjectBookings({ project }: { project: Project }) {
  const { db } = useApp();
  const today = londonToday();
  const [booking, setBooking] = useState(false);
  const data = useLiveQuery(() => projectBookings(db, project.id, today), [db, project.id, today]);
  const filter = { projectId: project.id };
  const more = data ? data.upcomingCount - data.upcoming.length : 0;

  return (
    <section className="panel project-bookings" aria-labelledby="project-bookings-heading">
      <div className="panel-heading-row">
        <h2 id="project-bookings-heading">Bookings</h2>
        {data?.canBook && (
          <button type="button" className="button" onClick={() => setBooking(true)}>
            Book sessions…
          </button>
        )}
      </div>
      {!data && <p className="muted">Loading the bookings…</p>}
      {data && (
        <>
          <p className="project-bookings-quota">
            <strong>This week</strong> ({formatWeekRange(data.week.monday)}): {data.week.used} of{' '}
            {countOf(data.week.limit, 'weekly booking')} used
            {data.week.used >= data.week.limit ? ' — the limit is reached.' : '.'}
          </p>
          {!data.canBook && (
            <p className="muted">
              This project cannot book sessions now: only an open Active project on a connection booked in
              sessions can.
            </p>
          )}
          {data.upcoming.length === 0 ? (
            <p className="muted">No upcoming bookings.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">Upcoming bookings of {project.reference}</caption>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col">Session</th>
                    <th scope="col">Person</th>
                  </tr>
                </thead>
                <tbody>
                  {data.upcoming.map(({ booking: b, person, session }) => (
                    <tr key={b.id}>
                      <td className="nowrap">
                        <Link to={dayPath(b.date, filter)}>{formatFullDay(b.date)}</Link>
                      </td>
                      <td>{session ? describeSession(session) : 'A session no longer set up'}</td>
                      <td>{person ? <Link to={`/people/${person.id}`}>{person.name}</Link> : 'Unknown'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {more > 0 && <p className="muted">and {countOf(more, 'more booking')} later.</p>}
          <p className="project-bookings-links">
            <Link to={weekPath(today, filter)}>Open this project’s bookings in the calendar</Link>
            {data.canBook && (
              <Link to={`/calendar/find?project=${project.id}&person=all`}>
                Find free sessions for the team
              </Link>
            )}
          </p>
        </>
      )}
      {booking && (
        <BookSeveralDialog
          projectId={project.id}
          reference={project.reference}
          onClose={() => setBooking(false)}
        />
      )}
    </section>
  );
}
