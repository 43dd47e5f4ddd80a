/**
 * The lead researcher: the person chosen (with Change), or a picker. The enquiry's contact is offered first,
 * since the contact usually becomes the lead: chosen if recorded, else added with the enquiry's details.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Person, PersonForm, Project } from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { findPersonByEmail, getPerson } from '../../../../db/repositories/people';
import { PersonPicker } from '../../../../components/people/PersonPicker';
import { NewPersonForm } from './NewPersonForm';

/** The lead researcher field; `value` is the person's id ('' when none). */
export function LeadResearcherField({
  project,
  value,
  onChange,
  error,
}: {
  project: Project;
  value: string;
  onChange: (personId: string) => void;
  error: string | undefined;
}) {
  const { db } = useApp();
  const [changing, setChanging] = useState(false);
  const [adding, setAdding] = useState<Partial<PersonForm> | null>(null);
  const { contact } = project.enquiry;
  const lead = useLiveQuery(async () => (value ? ((await getPerson(db, value)) ?? null) : null), [db, value]);
  const contactPerson = useLiveQuery(
    async () => (await findPersonByEmail(db, contact.email)) ?? null,
    [db, contact.email],
  );
  const choose = (person: Person) => {
    onChange(person.id);
    setChanging(false);
    setAdding(null);
  };

  if (adding) {
    return <NewPersonForm initial={adding} onAdded={choose} onCancel={() => setAdding(null)} />;
  }
  if (lead && !changing) {
    return (
      <div className="chosen-person" role="group" aria-labelledby="lead-label">
        <span id="lead-label" className="field-label-text">
          Lead researcher
        </span>
        <span className="chosen-person-name">
          <strong>{lead.name}</strong>{' '}
          <span className="muted small">
            {lead.email} · {lead.organisation}
          </span>
        </span>
        <button type="button" className="button secondary small" onClick={() => setChanging(true)}>
          Change lead researcher
        </button>
      </div>
    );
  }
  return (
    <div className="lead-picker">
      {contactPerson && contactPerson.id !== value && (
        <p className="suggestion">
          <button type="button" className="button secondary small" onClick={() => choose(contactPerson)}>
            Choose {contactPerson.name}, the enquiry contact
          </button>
        </p>
      )}
      {contactPerson === null && (
        <p className="suggestion">
          <button
            type="button"
            className="button secondary small"
            onClick={() =>
              setAdding({
                name: contact.name,
                email: contact.email,
                organisation: contact.organisation,
                department: contact.department ?? '',
              })
            }
          >
            Add the enquiry contact, {contact.name}, as a new person
          </button>
        </p>
      )}
      <PersonPicker
        legend="Lead researcher (required)"
        value={value}
        error={error}
        onChange={async (personId) => {
          const person = await getPerson(db, personId);
          if (person) choose(person);
        }}
      />
      <p className="picker-extras">
        <button type="button" className="button-link" onClick={() => setAdding({})}>
          Add a new person…
        </button>
        {changing && lead && (
          <button type="button" className="button-link" onClick={() => setChanging(false)}>
            Keep {lead.name}
          </button>
        )}
      </p>
    </div>
  );
}
