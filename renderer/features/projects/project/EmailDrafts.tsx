/**
 * E-mail drafts for a project's researchers (training invitation, access form request, access granted,
 * closure notice): chosen here, written by shared/domain, opened in the mail client as a mailto: link.
 * The app never sends e-mail itself.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  EMAIL_DRAFT_KINDS,
  emailDraft,
  emailDraftLabel,
  mailtoUrl,
  type EmailDraftKind,
  type Project,
} from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/form/Field';
import { projectMembers } from '../../../db/repositories/project-members';

/** The draft a stage most likely needs. */
function likelyDraft(project: Project): EmailDraftKind {
  if (project.stage === 'closure' || project.stage === 'active')
    return project.closureStart ? 'closure-notice' : 'access-granted';
  if (project.stage === 'access') return 'access-form-request';
  return 'training-invitation';
}

/** The e-mail drafts panel. */
export function EmailDrafts({ project }: { project: Project }) {
  const { db, host } = useApp();
  const data = useLiveQuery(() => projectMembers(db, project.id), [db, project.id]);
  const [personId, setPersonId] = useState('');
  const [kind, setKind] = useState<EmailDraftKind | ''>('');
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  if (!data) return null;
  const people = data.members.flatMap((row) => (row.person ? [row.person] : []));
  // The drafts are for members (training, access, closure): until the project has one, nothing to offer.
  if (people.length === 0) return null;
  const chosenKind = kind || likelyDraft(project);
  const chosen = people.find((person) => person.id === personId) ?? people[0];

  async function open() {
    if (!chosen || !data) return;
    setMessage(null);
    const draft = emailDraft(chosenKind, {
      to: chosen.email,
      recipientName: chosen.name,
      projectReference: project.reference,
      projectTitle: project.title,
      organisationName: data.settings.organisationName,
      ...(project.closureStart ? { closureStartedOn: project.closureStart.startedOn } : {}),
    });
    try {
      await host.openExternal({ url: mailtoUrl(draft) });
      setMessage({ text: `Draft opened in your e-mail program, to ${chosen.name}.`, failed: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), failed: true });
    }
  }

  return (
    <section className="panel email-panel" aria-labelledby="email-heading">
      <h2 id="email-heading">E-mail a member</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void open();
        }}
      >
        <Field label="To">
          <select value={chosen?.id ?? ''} onChange={(event) => setPersonId(event.target.value)}>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
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
