/**
 * The team's normal week: save the sessions offered now as the normal week, and apply it again after a
 * change (a holiday timetable, say), having seen what applying it would add, change and stop offering.
 * With none saved, applying sets up the usual week, so a new DSH has its sessions in one step.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { SessionTemplate } from '../../../../shared/domain';
import { STARTER_WEEK, planNormalWeek, sessionOnDay } from '../../../../shared/domain/bookings';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import {
  applyNormalWeek,
  saveNormalWeek,
  savedNormalWeek,
  weekPlanKey,
} from '../../../db/repositories/session-week';
import { OutcomeLine, type Outcome } from '../../../components/form/OutcomeLine';
import { countOf } from '../../../components/calendar-dates';
import { faultMessage } from '../../../db/errors';

/** The normal-week tools, over the sessions set up now (as the sessions table shows them). */
export function NormalWeekPanel({ templates }: { templates: readonly SessionTemplate[] }) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const ids = useId();
  const [message, setMessage] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  // { saved } so that "none saved yet" (undefined) is told apart from "still reading".
  const week = useLiveQuery(async () => ({ saved: await savedNormalWeek(db) }), [db]);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await action() });
    } catch (error) {
      setMessage({ text: faultMessage(error), failed: true });
    } finally {
      setBusy(false);
    }
  }
  if (!week) return null;
  const plan = planNormalWeek(templates, week.saved ?? STARTER_WEEK);
  const changes = [
    ...plan.add.map((s) => `Add ${sessionOnDay(s)}, ${countOf(s.seats, 'seat')}`),
    ...plan.change.map(({ session, to }) => {
      const what = [
        !session.active ? 'offer it again' : '',
        session.seats !== to.seats ? `${session.seats} → ${countOf(to.seats, 'seat')}` : '',
        (session.label ?? '') !== to.label ? `name “${to.label}”` : '',
      ].filter(Boolean);
      return `Change ${sessionOnDay(session)}: ${what.join(', ')}`;
    }),
    ...plan.stop.map((s) => `Stop offering ${sessionOnDay(s)}; it is kept, with any bookings`),
  ];

  return (
    <section className="inline-form normal-week" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Normal week</h3>
      <p className="field-hint">
        {week.saved
          ? `The normal week saved holds ${countOf(week.saved.length, 'session')}.`
          : 'No normal week is saved yet: applying sets up the usual week, Monday to Friday, Morning 09:00–13:00 and Afternoon 13:00–17:00, 6 seats each.'}
      </p>
      {changes.length === 0 ? (
        <p>The sessions offered now are the normal week.</p>
      ) : (
        <>
          <p id={`${ids}-changes`}>Applying the normal week would:</p>
          <ul aria-labelledby={`${ids}-changes`} className="normal-week-changes">
            {changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy || changes.length === 0}
          onClick={() =>
            void run(async () => {
              const done = await applyNormalWeek(ctx, weekPlanKey(plan));
              return `Applied the normal week: ${countOf(done.add.length, 'session')} added, ${done.change.length} changed, ${done.stop.length} no longer offered.`;
            })
          }
        >
          Apply the normal week
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() =>
            void run(
              async () => `Saved the normal week: ${countOf((await saveNormalWeek(ctx)).length, 'session')}.`,
            )
          }
        >
          Save the sessions offered now as the normal week
        </button>
      </div>
      <OutcomeLine outcome={message} />
    </section>
  );
}
