/** A list of actions, each row with its e-mail draft, acknowledge and assign buttons wired to the same handlers. */
import type { ActionItem } from '../../../shared/domain/reports';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';
import { ActionItemRow } from './ActionItemRow';
import type { ReminderHandlers } from './use-reminder-actions';

interface ActionItemListProps {
  items: readonly ActionItem[];
  actions: DashboardActions;
  /** What acknowledging or assigning a row does (from `useReminderActions`). */
  handlers: ReminderHandlers;
  /** The list's accessible name; none where a heading already names it. */
  label?: string;
  /** Buttons beside each row's text (a page-wide list) rather than under it. */
  wide?: boolean;
  /** False where one draft covers every item (a person's row): no draft button per row. */
  withEmail?: boolean;
}

/** The actions as a list of rows the officer can acknowledge or give to another officer. */
export function ActionItemList({
  items,
  actions,
  handlers,
  label,
  wide = false,
  withEmail = true,
}: ActionItemListProps) {
  return (
    <ul className={wide ? 'action-list action-list-wide' : 'action-list'} aria-label={label}>
      {items.map((item) => (
        <ActionItemRow
          key={item.id}
          item={item}
          actions={actions}
          onAcknowledge={handlers.acknowledge}
          onAssign={handlers.assign}
          wide={wide}
          withEmail={withEmail}
        />
      ))}
    </ul>
  );
}
