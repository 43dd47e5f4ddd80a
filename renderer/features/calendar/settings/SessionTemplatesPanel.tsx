/**
 * Settings → Bookable sessions: each weekday's sessions with seats; add, edit, stop offering, delete; copy a
 * day's sessions to other days, and the team's normal week.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import type { SessionTemplate } from '../../../../shared/domain';
import { weekdayName } from '../../../../shared/domain/bookings';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { OutcomeLine, type Outcome } from '../../../components/form/OutcomeLine';
import { allSessionTemplates } from '../../../db/repositories/booking-calendar';
import { deleteUnusedSessionTemplate } from '../../../db/repositories/booking-settings';
import { CopyDaySessionsForm } from './CopyDaySessionsForm';
import { NormalWeekPanel } from './NormalWeekPanel';
import { SessionTemplateForm } from './SessionTemplateForm';
import { faultMessage } from '../../../db/errors';
import { DataTable } from '../../../components/DataTable';

/** The sessions panel. */
export function SessionTemplatesPanel() {
  const { db } = useApp();
  const ctx = useWriteContext();
  const templates = useLiveQuery(() => allSessionTemplates(db), [db]);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<Outcome | null>(null);

  async function remove(session: SessionTemplate) {
    setMessage(null);
    try {
      await deleteUnusedSessionTemplate(ctx, session.id, session.revision);
      setMessage({ text: `Deleted the ${weekdayName(session.weekday)} ${session.label || 'session'}.` });
    } catch (error) {
      setMessage({ text: faultMessage(error), failed: true });
    }
  }

  return (
    <section className="panel booking-settings" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Bookable sessions</h2>
      <p className="muted">
        The sessions held every week, each with its seats. A session that has bookings cannot be deleted:
        untick “Offered” to stop new bookings in it.
      </p>
      {templates && templates.length === 0 && (
        <p>No sessions are set up, so nothing can be booked yet. Add the first one below.</p>
      )}
      {templates && templates.length > 0 && (
        <DataTable
          caption="Bookable sessions, Monday first"
          headings={['Weekday', 'Session', 'Times', 'Seats', 'Offered']}
          actions
        >
          {templates.map((session) => {
            const name = `${weekdayName(session.weekday)} ${session.label || `${session.start}–${session.end}`}`;
            return (
              <Fragment key={session.id}>
                <tr className={session.active ? undefined : 'is-inactive'}>
                  <td>{weekdayName(session.weekday)}</td>
                  <td>{session.label || '—'}</td>
                  <td className="nowrap">
                    {session.start}–{session.end}
                  </td>
                  <td>{session.seats}</td>
                  <td>{session.active ? 'Yes' : 'No'}</td>
                  <td className="booking-actions">
                    <button
                      type="button"
                      className="button secondary small"
                      aria-label={`Edit ${name}`}
                      aria-expanded={editing === session.id}
                      onClick={() => setEditing(editing === session.id ? null : session.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      aria-label={`Delete ${name}`}
                      onClick={() => void remove(session)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
                {editing === session.id && (
                  <tr>
                    <td colSpan={6}>
                      <SessionTemplateForm
                        editing={session}
                        onCancel={() => setEditing(null)}
                        onDone={(text) => {
                          setEditing(null);
                          setMessage({ text });
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </DataTable>
      )}
      <OutcomeLine outcome={message} />
      {adding ? (
        <SessionTemplateForm
          onCancel={() => setAdding(false)}
          onDone={(text) => {
            setAdding(false);
            setMessage({ text });
          }}
        />
      ) : (
        <button type="button" className="button secondary" onClick={() => setAdding(true)}>
          Add a session…
        </button>
      )}
      {templates && templates.some((t) => t.active) && <CopyDaySessionsForm templates={templates} />}
      {templates && <NormalWeekPanel templates={templates} />}
    </section>
  );
}
