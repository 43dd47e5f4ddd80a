/** Who is booked on the core connection today and tomorrow, each booking a link to its project's bookings. */
import { Link } from 'react-router';
import { addDaysIso, formatLongDate, type IsoDate } from '../../../shared/dates';
import type { ActionItem } from '../../../shared/domain/reports';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';
import { actionHref } from '../../components/actions/action-groups';

function Day({ label, day, items }: { label: string; day: IsoDate; items: ActionItem[] }) {
  return (
    <div className="bookings-day">
      <h3 className="bookings-day-heading">
        {label} <span className="muted">{formatLongDate(day)}</span>
        <span className="action-group-count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted small">No bookings.</p>
      ) : (
        <ul className="bookings-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={actionHref(item.target)}>{item.title.replace(/^Booked (today|tomorrow) /, '')}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The bookings panel. */
export function BookingsPanel({ actions, today }: { actions: DashboardActions | undefined; today: IsoDate }) {
  const bookings = actions?.items.filter((item) => item.kind === 'booking') ?? [];
  const tomorrow = addDaysIso(today, 1);
  return (
    <section className="panel bookings-panel" aria-labelledby="bookings-heading">
      <div className="panel-title-row">
        <h2 id="bookings-heading">Core connection bookings</h2>
        <Link to="/calendar" className="panel-title-note">
          Calendar
        </Link>
      </div>
      {!actions ? (
        <p className="muted">Reading bookings…</p>
      ) : (
        <>
          <Day label="Today" day={today} items={bookings.filter((item) => item.dueOn === today)} />
          <Day label="Tomorrow" day={tomorrow} items={bookings.filter((item) => item.dueOn === tomorrow)} />
        </>
      )}
    </section>
  );
}
