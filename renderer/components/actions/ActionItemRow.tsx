/** One action: how pressing it is (in words), what it is (a link to where the officer acts), and its buttons. */
import { Link } from 'react-router';
import { formatInstant } from '../../../shared/dates';
import type { ActionItem } from '../../../shared/domain/reports';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';
import { actionHref, severityText } from './action-groups';
import { AssignControl } from './AssignControl';
import { emailForItem } from './email-for-item';
import type { AssignReminder } from './use-reminder-actions';

interface ActionItemRowProps {
  item: ActionItem;
  actions: DashboardActions;
  /** Absent: the item cannot be acknowledged here (e.g. a booking on the dashboard). */
  onAcknowledge?: (item: ActionItem) => void;
  /** Absent: the item cannot be given to another officer here. */
  onAssign?: AssignReminder;
  /** Buttons beside the text (a wide list) rather than under it. */
  wide?: boolean;
  /** False where one draft covers several items (a person's row): no draft button of its own. */
  withEmail?: boolean;
}

/** A list item for an action. */
export function ActionItemRow({
  item,
  actions,
  onAcknowledge,
  onAssign,
  wide = false,
  withEmail = true,
}: ActionItemRowProps) {
  const project = item.projectId ? actions.projects.get(item.projectId) : undefined;
  const email = withEmail ? emailForItem(item, actions) : undefined;
  const acknowledgement = actions.acknowledgements.get(item.id);
  const assignment = actions.assignments.get(item.id);
  const assignable = onAssign && !item.acknowledged;
  const buttons = (email || (onAcknowledge && !item.acknowledged) || assignable) && (
    <div className="action-buttons">
      {email && (
        <a
          className="button secondary small-button"
          href={email.url}
          aria-label={`E-mail draft to ${email.recipientName}: ${email.label}`}
          title={`${email.label} for ${email.recipientName}, opened in your e-mail program`}
        >
          E-mail draft
        </a>
      )}
      {onAcknowledge && !item.acknowledged && (
        <button
          type="button"
          className="button secondary small-button"
          aria-label={`Acknowledge: ${item.title}`}
          onClick={() => onAcknowledge(item)}
        >
          Acknowledge
        </button>
      )}
      {assignable && <AssignControl item={item} actions={actions} onAssign={onAssign} />}
    </div>
  );
  return (
    <li className={`action-item action-${item.severity}`} data-item-id={item.id} data-kind={item.kind}>
      <span className={`chip severity-chip severity-${item.severity}`}>{severityText(item.severity)}</span>
      <div className="action-body">
        <Link to={actionHref(item.target)} className="action-title">
          {item.title}
        </Link>
        {project && !item.title.includes(project.reference) && (
          <span className="action-context">
            {project.reference} · {project.title}
          </span>
        )}
        {assignment && (
          <span className="action-context action-assigned">
            Assigned to {actions.staff.get(assignment.staffId)?.name ?? 'a former staff member'}
          </span>
        )}
        {acknowledgement && (
          <span className="action-context">
            Acknowledged by {acknowledgement.staffName} on {formatInstant(acknowledgement.at)}
            {acknowledgement.note ? `: ${acknowledgement.note}` : ''}
          </span>
        )}
        {!wide && buttons}
      </div>
      {wide && buttons}
    </li>
  );
}
