/** "Who is using DSH Desk?": choose yourself from the team, or add yourself. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useApp } from '../../app/app-context';
import { listActiveStaff } from '../../db/repositories/staff';
import { AddStaffMemberForm } from './AddStaffMemberForm';

/** The first-start (and change-user) screen. */
export function ChooseStaffPage({ onChosen }: { onChosen: (staffId: string) => Promise<unknown> }) {
  const { db } = useApp();
  const staff = useLiveQuery(() => listActiveStaff(db), [db]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const legend = useId();

  async function choose() {
    if (!chosen) {
      setError('Choose your name, or add yourself below.');
      return;
    }
    await onChosen(chosen);
  }

  return (
    <main className="choose-staff">
      <div className="choose-staff-card">
        <p className="brand brand-on-light">
          <span className="brand-mark" aria-hidden="true">
            D
          </span>
          DSH Desk
        </p>
        <h1>Who is using DSH Desk?</h1>
        <p>
          Everything you record is signed with your name in the audit log, together with this computer’s user
          name.
        </p>
        {staff && staff.length > 0 && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void choose();
            }}
            noValidate
          >
            <fieldset aria-describedby={error ? `${legend}-error` : undefined}>
              <legend id={legend}>Choose yourself</legend>
              <ul className="staff-choices">
                {staff.map((member) => (
                  <li key={member.id}>
                    <label>
                      <input
                        type="radio"
                        name="staff"
                        value={member.id}
                        checked={chosen === member.id}
                        onChange={() => {
                          setChosen(member.id);
                          setError(null);
                        }}
                      />
                      {member.name}{' '}
                      <span className="muted">({member.role === 'manager' ? 'Manager' : 'Officer'})</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            {error && (
              <p id={`${legend}-error`} className="field-error">
                {error}
              </p>
            )}
            <button type="submit" className="button">
              Continue
            </button>
          </form>
        )}
        <AddStaffMemberForm firstOfTeam={staff?.length === 0} onAdded={onChosen} />
      </div>
    </main>
  );
}
