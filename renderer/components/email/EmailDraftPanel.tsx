/**
 * The e-mail draft panel used on a project page (choose the member) and on a person page (choose the
 * project): the draft is written by shared/domain and opened in the mail client as a mailto: link through
 * the host. The app never sends e-mail itself.
 */
import { useState } from 'react';
import {
  EMAIL_DRAFT_KINDS,
  emailDraft,
  emailDraftLabel,
  mailtoUrl,
  type EmailDraftInput,
  type EmailDraftKind,
} from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { Field } from '../form/Field';
import { faultMessage } from '../../db/errors';

/** One choice of the "To" or "Project" menu, with what the draft is written from if it is chosen. */
export interface DraftTarget {
  id: string;
  label: string;
  input: EmailDraftInput;
  /** The draft this target most likely needs (e.g. from its project's stage). */
  likely: EmailDraftKind;
}

interface EmailDraftPanelProps {
  heading: string;
  /** The label of the menu of targets: "To" on a project page, "Project" on a person's. */
  targetLabel: string;
  targets: DraftTarget[];
}

/** The e-mail drafts panel; nothing when there is no one to write to. */
export function EmailDraftPanel({ heading, targetLabel, targets }: EmailDraftPanelProps) {
  const { host } = useApp();
  const [targetId, setTargetId] = useState('');
  const [kind, setKind] = useState<EmailDraftKind | ''>('');
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const headingId = `email-heading-${targetLabel.toLowerCase()}`;
  if (targets.length === 0) return null;
  const chosen = targets.find((target) => target.id === targetId) ?? targets[0]!;
  const chosenKind = kind || chosen.likely;

  async function open() {
    setMessage(null);
    try {
      await host.openExternal({ url: mailtoUrl(emailDraft(chosenKind, chosen.input)) });
      setMessage({
        text: `Draft opened in your e-mail program, to ${chosen.input.recipientName}.`,
        failed: false,
      });
    } catch (error) {
      setMessage({ text: faultMessage(error), failed: true });
    }
  }

  return (
    <section className="panel email-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void open();
        }}
      >
        <Field label={targetLabel}>
          <select value={chosen.id} onChange={(event) => setTargetId(event.target.value)}>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Draft">
          <select value={chosenKind} onChange={(event) => setKind(event.target.value as EmailDraftKind)}>
            {EMAIL_DRAFT_KINDS.map((option) => (
              <option key={option} value={option}>
                {emailDraftLabel(option)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button secondary">
          Open e-mail draft
        </button>
        <p role="status" className={message?.failed ? 'form-failure' : 'muted small status-line'}>
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
