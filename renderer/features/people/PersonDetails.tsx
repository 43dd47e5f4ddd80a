/** A person's details, and editing them in place. */
import { useState } from 'react';
import type { Person } from '../../../shared/domain';
import { PersonForm } from './PersonForm';

/** The details panel. */
export function PersonDetails({ person }: { person: Person }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="panel" aria-labelledby="details-heading">
      <div className="panel-heading-row">
        <h2 id="details-heading">Details</h2>
        {!editing && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Edit details
          </button>
        )}
      </div>
      {editing ? (
        <PersonForm
          person={person}
          onDone={(updated) => {
            setEditing(false);
            setSaved(updated !== undefined);
          }}
        />
      ) : (
        <dl className="facts">
          <dt>Name</dt>
          <dd>{person.name}</dd>
          <dt>E-mail</dt>
          <dd>
            <a href={`mailto:${person.email}`}>{person.email}</a>
          </dd>
          <dt>Organisation</dt>
          <dd>{person.organisation}</dd>
          <dt>Department</dt>
          <dd>{person.department ?? <span className="muted">Not recorded</span>}</dd>
          <dt>Phone</dt>
          <dd>{person.phone || <span className="muted">Not recorded</span>}</dd>
        </dl>
      )}
      <p role="status" className="saved-note">
        {saved ? 'Details saved.' : ''}
      </p>
    </section>
  );
}
