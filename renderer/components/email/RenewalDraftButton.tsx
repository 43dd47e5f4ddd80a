/**
 * "Renewal e-mail draft": opens, in the mail client, the renewal e-mail for a researcher whose training will
 * have lapsed by the day of their bookings (`trainingRenewalDraft`), through the host like every draft.
 */
import { useState } from 'react';
import { mailtoUrl, trainingRenewalDraft, type RenewalDraftInput } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { faultMessage } from '../../db/errors';

/** The button and its status line; `label` names the person for screen readers when a list has several. */
export function RenewalDraftButton({ input, label }: { input: RenewalDraftInput; label: string }) {
  const { host } = useApp();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  async function open() {
    setMessage(null);
    try {
      await host.openExternal({ url: mailtoUrl(trainingRenewalDraft(input)) });
      setMessage({ text: `Draft opened in your e-mail program, to ${input.recipientName}.`, failed: false });
    } catch (error) {
      setMessage({ text: faultMessage(error), failed: true });
    }
  }
  return (
    <span className="renewal-draft">
      <button type="button" className="button secondary small" aria-label={label} onClick={() => void open()}>
        Renewal e-mail draft
      </button>
      <span role="status" className={message?.failed ? 'form-failure' : 'muted small'}>
        {message?.text ?? ''}
      </span>
    </span>
  );
}
