/**
 * "Recorded twice": researchers held by more than one record with one e-mail address (two officers offline
 * each recorded them; team sync brings both). The officer chooses which record to keep; the other is merged
 * into it (its training, memberships, bookings and change requests move over, every change audited).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../../shared/domain';
import { formatInstant } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { faultMessage } from '../../db/errors';
import {
  type DuplicatePeople as Group,
  findDuplicatePeople,
  mergePeople,
} from '../../db/repositories/duplicate-people';

/** The panel; nothing when no one is recorded twice. */
export function DuplicatePeople() {
  const { db } = useApp();
  const groups = useLiveQuery(() => findDuplicatePeople(db), [db]);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  if (!groups || (groups.length === 0 && !said)) return null;
  return (
    <section className="panel duplicate-people" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">Recorded twice</h2>
      <p className="panel-intro">
        These researchers have more than one record with the same e-mail address (recorded on two workstations
        before they synced). Keep one: the other’s training, memberships, bookings and change requests move to
        it, and it is deleted. Every change is in the audit log.
      </p>
      {said && (
        <p role={said.ok ? 'status' : 'alert'} className={said.ok ? 'form-success' : 'form-failure'}>
          {said.text}
        </p>
      )}
      {groups.map((group) => (
        <DuplicateGroup key={group.email} group={group} onDone={setSaid} />
      ))}
    </section>
  );
}

function DuplicateGroup({
  group,
  onDone,
}: {
  group: Group;
  onDone: (said: { ok: boolean; text: string }) => void;
}) {
  const ctx = useWriteContext();
  const [keeping, setKeeping] = useState<Person | null>(null);
  const [busy, setBusy] = useState(false);
  const others = keeping ? group.people.filter((person) => person.id !== keeping.id) : [];

  async function merge(keep: Person) {
    setBusy(true);
    try {
      for (const other of others) await mergePeople(ctx, keep.id, other.id);
      onDone({ ok: true, text: `Merged into ${keep.name} (${keep.email}).` });
    } catch (error) {
      onDone({ ok: false, text: `Not merged: ${faultMessage(error)}` });
    } finally {
      setBusy(false);
      setKeeping(null);
    }
  }

  return (
    <div className="duplicate-group" role="group" aria-label={`Records with ${group.email}`}>
      <h3>{group.email}</h3>
      <ul>
        {group.people.map((person) => (
          <li key={person.id}>
            <Link to={`/people/${person.id}`}>{person.name}</Link>, {person.organisation} · recorded{' '}
            {formatInstant(person.createdAt)}{' '}
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => setKeeping(person)}
            >
              Keep {person.name}…
            </button>
          </li>
        ))}
      </ul>
      {keeping && (
        <div className="confirm-box" role="group" aria-labelledby={`merge-${keeping.id}`}>
          <p id={`merge-${keeping.id}`}>
            Keep {keeping.name} and merge {others.map((person) => person.name).join(' and ')} into it? This
            cannot be undone from here.
          </p>
          <button type="button" className="button" disabled={busy} onClick={() => void merge(keeping)}>
            {busy ? 'Merging…' : 'Merge'}
          </button>{' '}
          <button type="button" className="button secondary" disabled={busy} onClick={() => setKeeping(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
