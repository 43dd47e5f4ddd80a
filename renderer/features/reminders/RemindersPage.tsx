/**
 * Reminders: every deadline and waiting task of the action list, most pressing first, filtered by group,
 * a page at a time. Acknowledging one takes it off the list (and off the dashboard); the audit log records
 * who acknowledged it and when. Acknowledged reminders can be shown again, flagged, with who and when.
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../components/form/Field';
import { PageHeader } from '../../components/PageHeader';
import { ACTION_GROUPS, severitySummary } from '../dashboard/action-groups';
import { useDashboardActions } from '../dashboard/use-dashboard-actions';
import { useToday } from '../dashboard/use-today';
import { ActionItemRow } from './ActionItemRow';
import { useAcknowledge } from './use-acknowledge';
import '../dashboard/dashboard.css';

const PAGE_SIZE = 50;
/** Bookings are news, not reminders: the dashboard and the calendar show them. */
const GROUPS = ACTION_GROUPS.filter((group) => group.id !== 'bookings');
const COUNT = new Intl.NumberFormat('en-GB');

/** The Reminders page (`#/dashboard/reminders?group=training&acknowledged=1`). */
export function RemindersPage() {
  const today = useToday();
  const actions = useDashboardActions(today);
  const { acknowledge, status } = useAcknowledge();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const group = GROUPS.find((candidate) => candidate.id === params.get('group'));
  const showAcknowledged = params.get('acknowledged') === '1';

  const items = (actions?.items ?? []).filter(
    (item) =>
      item.kind !== 'booking' &&
      (showAcknowledged || !item.acknowledged) &&
      (!group || group.kinds.includes(item.kind)),
  );
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const shown = items.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);
  const acknowledged = items.filter((item) => item.acknowledged).length;

  function change(next: { group?: string; acknowledged?: boolean }) {
    const search = new URLSearchParams();
    const groupId = next.group ?? group?.id ?? '';
    if (groupId) search.set('group', groupId);
    if (next.acknowledged ?? showAcknowledged) search.set('acknowledged', '1');
    setParams(search, { replace: true });
    setPage(1);
  }

  return (
    <div className="reminders" data-reminders-state={actions ? 'ready' : 'loading'}>
      <PageHeader
        title="Reminders"
        description="Every deadline and waiting task, most pressing first. Acknowledge a reminder once it is in hand: it leaves the list, and the audit log records who acknowledged it."
        actions={
          <Link to="/dashboard" className="button secondary">
            Dashboard
          </Link>
        }
      />
      <section className="panel" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading" className="visually-hidden">
          Reminders
        </h2>
        <form className="filter-bar" aria-label="Filter reminders" onSubmit={(e) => e.preventDefault()}>
          <Field label="Show">
            <select value={group?.id ?? ''} onChange={(event) => change({ group: event.target.value })}>
              <option value="">Every reminder</option>
              {GROUPS.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </Field>
          <label className="checkbox-filter">
            <input
              type="checkbox"
              checked={showAcknowledged}
              onChange={(event) => change({ acknowledged: event.target.checked })}
            />{' '}
            Include acknowledged reminders
          </label>
        </form>
        <p className="attention-summary" data-testid="reminders-summary">
          {!actions
            ? 'Working out what needs doing…'
            : items.length === 0
              ? 'No reminders.'
              : `${COUNT.format(items.length)} ${items.length === 1 ? 'reminder' : 'reminders'}: ${severitySummary(items)}${showAcknowledged ? ` (${COUNT.format(acknowledged)} acknowledged)` : ''}.`}
        </p>
        <p role="status" className="status-line small">
          {status}
        </p>
        {actions && shown.length > 0 && (
          <ul className="action-list action-list-wide" aria-label="Reminders">
            {shown.map((item) => (
              <ActionItemRow key={item.id} item={item} actions={actions} onAcknowledge={acknowledge} wide />
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav className="pager" aria-label="Pages of reminders">
            <button
              type="button"
              className="button secondary"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              Previous
            </button>
            <span>
              Page {Math.min(page, pages)} of {pages}
            </span>
            <button
              type="button"
              className="button secondary"
              disabled={page >= pages}
              onClick={() => setPage(page + 1)}
            >
              Next
            </button>
          </nav>
        )}
      </section>
    </div>
  );
}
