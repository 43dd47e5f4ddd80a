/**
 * One researcher's reminders in one row: who, the projects they concern, each item (acknowledged one by one,
 * since each is its own deadline), and one e-mail draft that asks for everything at once.
 */
import { Link } from 'react-router';
import type { IsoDate } from '../../../shared/dates';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';
import { ActionItemList } from '../../components/actions/ActionItemList';
import { personDigest, type PersonReminders } from './per-person';
import type { ReminderHandlers } from '../../components/actions/use-reminder-actions';

/** A person's row of the reminders page. */
export function PersonRemindersRow({
  row,
  actions,
  today,
  handlers,
}: {
  row: PersonReminders;
  actions: DashboardActions;
  today: IsoDate;
  handlers: ReminderHandlers;
}) {
  const person = actions.people.get(row.personId);
  const name = person?.name ?? 'A researcher no longer recorded';
  const digest = personDigest(row, actions, today);
  const references = row.projectIds.map((id) => actions.projects.get(id)?.reference ?? 'a project');
  const headingId = `person-reminders-${row.personId}`;
  return (
    <li className="person-reminders" data-person-id={row.personId} aria-labelledby={headingId}>
      <div className="person-reminders-head">
        <h3 id={headingId}>
          {person ? <Link to={`/people/${person.id}`}>{name}</Link> : name}{' '}
          <span className="action-group-count">{row.items.length}</span>
        </h3>
        <span className="muted small person-reminders-projects">
          {references.length === 1 ? 'Project' : 'Projects'}: {references.join(', ')}
        </span>
        {digest && (
          <a
            className="button secondary small-button"
            href={digest.url}
            aria-label={`One e-mail draft to ${name} covering ${digest.requests} ${digest.requests === 1 ? 'request' : 'requests'}`}
          >
            {digest.requests === 1 ? 'E-mail draft' : 'E-mail draft covering all'}
          </a>
        )}
      </div>
      <ActionItemList
        items={row.items}
        actions={actions}
        handlers={handlers}
        label={`Reminders about ${name}`}
        wide
        withEmail={false}
      />
    </li>
  );
}
