/** Acknowledging a reminder, or giving it to another officer, from a list, with a status line saying what happened. */
import { useState } from 'react';
import type { ActionItem } from '../../../shared/domain/reports';
import { useWriteContext } from '../../app/current-staff';
import { acknowledgeReminder } from '../../db/repositories/acknowledgements';
import { assignReminder } from '../../db/repositories/reminder-assignments';
import { RefusedError } from '../../db/errors';

/** Gives `item` to the officer `staffId`, or back to its case officer (undefined). */
export type AssignReminder = (item: ActionItem, staffId: string | undefined, name: string) => Promise<void>;

/** What a list of reminders does with one: acknowledge it, or give it to another officer. */
export interface ReminderHandlers {
  acknowledge: (item: ActionItem) => Promise<void>;
  assign: AssignReminder;
}

/** `acknowledge(item)`, `assign(item, staffId, name)` and the sentence to announce after either. */
export function useReminderActions(): ReminderHandlers & { status: string } {
  const ctx = useWriteContext();
  const [status, setStatus] = useState('');
  async function acknowledge(item: ActionItem): Promise<void> {
    try {
      await acknowledgeReminder(ctx, item);
      setStatus(`Acknowledged: ${item.title}.`);
    } catch (error) {
      setStatus(`The reminder was not acknowledged: ${detailOf(error)} Try again.`);
    }
  }
  const assign: AssignReminder = async (item, staffId, name) => {
    try {
      await assignReminder(ctx, item, staffId);
      setStatus(`Assigned to ${name}: ${item.title}.`);
    } catch (error) {
      // A refusal says what was not saved and why in its own words.
      setStatus(
        error instanceof RefusedError
          ? error.message
          : `The reminder was not assigned: ${detailOf(error)} Try again.`,
      );
    }
  };
  return { acknowledge, assign, status };
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
