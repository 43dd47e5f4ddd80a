/** Acknowledging a reminder from a list, with a status line that says what happened. */
import { useState } from 'react';
import type { ActionItem } from '../../../shared/domain/reports';
import { useWriteContext } from '../../app/current-staff';
import { acknowledgeReminder } from '../../db/repositories/acknowledgements';
import { faultMessage } from '../../db/errors';

/** `acknowledge(item)` and the sentence to announce after it. */
export function useAcknowledge() {
  const ctx = useWriteContext();
  const [status, setStatus] = useState('');
  async function acknowledge(item: ActionItem): Promise<void> {
    try {
      await acknowledgeReminder(ctx, item);
      setStatus(`Acknowledged: ${item.title}.`);
    } catch (error) {
      const detail = faultMessage(error);
      setStatus(`The reminder was not acknowledged: ${detail} Try again.`);
    }
  }
  return { acknowledge, status };
}
