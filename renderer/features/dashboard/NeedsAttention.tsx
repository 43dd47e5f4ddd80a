/**
 * The dashboard's action list: what needs doing today and this week first, then the rest grouped as the team
 * works (training, access, end dates, onboarding, closures, change requests), a few items per group with a
 * way to all of them (see today-first.ts).
 */
import { Link } from 'react-router';
import type { IsoDate } from '../../../shared/dates';
import type { ActionItem } from '../../../shared/domain/reports';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';
import { ActionItemList } from '../../components/actions/ActionItemList';
import { useReminderActions, type ReminderHandlers } from '../../components/actions/use-reminder-actions';
import { ACTION_GROUPS, severitySummary } from '../../components/actions/action-groups';
import {
  SHOWN_PER_GROUP,
  showAllText,
  todayFirstGroups,
  type DashboardGroup,
} from '../../components/actions/today-first';

const COUNT = new Intl.NumberFormat('en-GB');

interface NeedsAttentionProps {
  /** The actions in view (already narrowed to the officer's projects when the dashboard shows "Mine"). */
  actions: DashboardActions | undefined;
  today: IsoDate;
  /** The reminders page's officer filter matching the view ('' = everyone). */
  officer: string;
  /** Shown when the view is narrowed and holds nothing, while others' projects do. */
  emptyNote?: React.ReactNode;
}

/** The "Needs attention" panel. */
export function NeedsAttention({ actions, today, officer, emptyNote }: NeedsAttentionProps) {
  const { status, ...handlers } = useReminderActions();
  const open = actions?.items.filter((item) => !item.acknowledged && item.kind !== 'booking') ?? [];
  const groups = todayFirstGroups(open, today);
  const quiet = ACTION_GROUPS.filter(
    (group) => group.id !== 'bookings' && !open.some((item) => group.kinds.includes(item.kind)),
  ).map((group) => group.title);
  const remindersLink = `/dashboard/reminders${officer ? `?officer=${officer}` : ''}`;

  return (
    <section className="panel attention-panel" aria-labelledby="attention-heading">
      <div className="panel-title-row">
        <h2 id="attention-heading">Needs attention</h2>
        <Link to={remindersLink} className="panel-title-note">
          All reminders
        </Link>
      </div>
      {!actions ? (
        <p className="muted">Working out what needs doing…</p>
      ) : open.length === 0 ? (
        <>
          <p className="all-clear">Nothing needs attention today.</p>
          {emptyNote}
        </>
      ) : (
        <p className="attention-summary" data-testid="attention-summary">
          <strong>{COUNT.format(open.length)}</strong> {open.length === 1 ? 'item' : 'items'}:{' '}
          {severitySummary(open)}.
        </p>
      )}
      {actions && open.length > 0 && <KindTotals items={open} officer={officer} />}
      <p role="status" className="status-line small">
        {status}
      </p>
      {actions &&
        groups.map((group) => (
          <ActionGroupSection
            key={group.id}
            group={group}
            officer={officer}
            actions={actions}
            handlers={handlers}
          />
        ))}
      {actions && open.length > 0 && quiet.length > 0 && (
        <p className="muted small">Nothing waiting: {quiet.join(', ').toLowerCase()}.</p>
      )}
    </section>
  );
}

/** How many items each kind of work holds in all, each a link to its reminders (`data-group` for tests). */
function KindTotals({ items, officer }: { items: readonly ActionItem[]; officer: string }) {
  const totals = ACTION_GROUPS.filter((group) => group.id !== 'bookings')
    .map((group) => ({ group, count: items.filter((item) => group.kinds.includes(item.kind)).length }))
    .filter(({ count }) => count > 0);
  return (
    <ul className="attention-kinds" aria-label="Needs attention by kind of work">
      {totals.map(({ group, count }) => (
        <li key={group.id} data-group={group.id}>
          <Link
            to={`/dashboard/reminders?${new URLSearchParams({ group: group.id, ...(officer ? { officer } : {}) })}`}
          >
            {group.title}
            <span className="action-group-count">{COUNT.format(count)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function ActionGroupSection({
  group,
  officer,
  actions,
  handlers,
}: {
  group: DashboardGroup;
  officer: string;
  actions: DashboardActions;
  handlers: ReminderHandlers;
}) {
  const headingId = `attention-${group.id}`;
  const more = showAllText(group);
  const search = new URLSearchParams({ ...group.filter, ...(officer ? { officer } : {}) });
  return (
    <section
      className={`action-group${group.id === 'today' || group.id === 'week' ? ' action-group-soon' : ''}`}
      aria-labelledby={headingId}
      data-section={group.id}
    >
      <h3 id={headingId} className="action-group-heading">
        {group.title} <span className="action-group-count">{COUNT.format(group.items.length)}</span>
        <span className="action-group-summary">{severitySummary(group.items)}</span>
      </h3>
      <ActionItemList items={group.items.slice(0, SHOWN_PER_GROUP)} actions={actions} handlers={handlers} />
      {more && (
        <p className="action-more">
          <Link to={`/dashboard/reminders?${search.toString()}`} aria-label={`${more}: ${group.title}`}>
            {more}
          </Link>
        </p>
      )}
    </section>
  );
}
