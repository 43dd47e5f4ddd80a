/**
 * The dashboard's action list: what needs doing, grouped as the team works (training, access, end dates,
 * onboarding, closures, change requests), most pressing first, a few items per group with a way to all.
 */
import { Link } from 'react-router';
import type { ActionItem } from '../../../shared/domain/reports';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';
import { ActionItemRow } from '../reminders/ActionItemRow';
import { useAcknowledge } from '../reminders/use-acknowledge';
import { ACTION_GROUPS, severitySummary } from './action-groups';

/** Items shown per group before "Show all". */
const SHOWN_PER_GROUP = 3;
const COUNT = new Intl.NumberFormat('en-GB');

/** The "Needs attention" panel. */
export function NeedsAttention({ actions }: { actions: DashboardActions | undefined }) {
  const { acknowledge, status } = useAcknowledge();
  const open = actions?.items.filter((item) => !item.acknowledged && item.kind !== 'booking') ?? [];
  const groups = ACTION_GROUPS.filter((group) => group.id !== 'bookings').map((group) => ({
    group,
    items: open.filter((item) => group.kinds.includes(item.kind)),
  }));
  const quiet = groups.filter(({ items }) => items.length === 0).map(({ group }) => group.title);

  return (
    <section className="panel attention-panel" aria-labelledby="attention-heading">
      <div className="panel-title-row">
        <h2 id="attention-heading">Needs attention</h2>
        <Link to="/dashboard/reminders" className="panel-title-note">
          All reminders
        </Link>
      </div>
      {!actions ? (
        <p className="muted">Working out what needs doing…</p>
      ) : open.length === 0 ? (
        <p className="all-clear">Nothing needs attention today.</p>
      ) : (
        <p className="attention-summary" data-testid="attention-summary">
          <strong>{COUNT.format(open.length)}</strong> {open.length === 1 ? 'item' : 'items'}:{' '}
          {severitySummary(open)}.
        </p>
      )}
      <p role="status" className="status-line small">
        {status}
      </p>
      {groups
        .filter(({ items }) => items.length > 0)
        .map(({ group, items }) => (
          <ActionGroupSection
            key={group.id}
            id={group.id}
            title={group.title}
            items={items}
            actions={actions!}
            onAcknowledge={acknowledge}
          />
        ))}
      {actions && open.length > 0 && quiet.length > 0 && (
        <p className="muted small">Nothing waiting: {quiet.join(', ').toLowerCase()}.</p>
      )}
    </section>
  );
}

function ActionGroupSection({
  id,
  title,
  items,
  actions,
  onAcknowledge,
}: {
  id: string;
  title: string;
  items: ActionItem[];
  actions: DashboardActions;
  onAcknowledge: (item: ActionItem) => void;
}) {
  const headingId = `attention-${id}`;
  return (
    <section className="action-group" aria-labelledby={headingId} data-group={id}>
      <h3 id={headingId} className="action-group-heading">
        {title} <span className="action-group-count">{COUNT.format(items.length)}</span>
        <span className="action-group-summary">{severitySummary(items)}</span>
      </h3>
      <ul className="action-list">
        {items.slice(0, SHOWN_PER_GROUP).map((item) => (
          <ActionItemRow key={item.id} item={item} actions={actions} onAcknowledge={onAcknowledge} />
        ))}
      </ul>
      {items.length > SHOWN_PER_GROUP && (
        <p className="action-more">
          <Link to={`/dashboard/reminders?group=${id}`}>
            Show all {COUNT.format(items.length)} ({COUNT.format(items.length - SHOWN_PER_GROUP)} more)
          </Link>
        </p>
      )}
    </section>
  );
}
