/**
 * Saving blackout dates: saved at once when no booking stands on those days; otherwise the bookings they hit
 * are held for the officer to see, and saved only when the officer cancels them with a reason.
 */
import { useState } from 'react';
import type { BlackoutDateForm, Booking } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { namesOf } from '../../../db/repositories/booking-calendar';
import { addBlackoutDates, standingBookingsOn } from '../../../db/repositories/booking-settings';
import { sessionName } from '../data/session-choices';
import { countOf } from '../../../components/calendar-dates';

/** A booking a blackout would cancel, with what the officer is shown of it. */
export type BlackoutConflict = {
  booking: Booking;
  personName: string;
  projectReference: string;
  sessionName: string;
  /** The session's start, for the order of the list. */
  start: string;
};

/** Blackout dates waiting for the officer's decision on the bookings they hit. */
export type PendingBlackout = {
  forms: BlackoutDateForm[];
  conflicts: BlackoutConflict[];
  suggestedReason: string;
};

/** Proposing blackouts, and confirming or leaving those that hit bookings. */
export function useBlackoutSaver(onSaved: (message: string) => void) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const [pending, setPending] = useState<PendingBlackout | null>(null);

  /** Saves the blackouts, or holds them with their conflicts; resolves to true when saved. */
  async function propose(forms: BlackoutDateForm[]): Promise<boolean> {
    const standing = await standingBookingsOn(
      db,
      forms.map((form) => form.date),
    );
    if (standing.length === 0) {
      await addBlackoutDates(ctx, forms);
      onSaved(`Saved ${countOf(forms.length, 'blackout date')}.`);
      return true;
    }
    const names = await namesOf(db, standing);
    const templates = await db.sessionTemplates.bulkGet([...new Set(standing.map((b) => b.sessionId))]);
    const sessions = new Map(templates.filter((t) => t !== undefined).map((t) => [t.id, t]));
    setPending({
      forms,
      suggestedReason: forms.length === 1 ? `The DSH is closed: ${forms[0]!.reason}` : '',
      conflicts: standing
        .map((booking) => {
          const session = sessions.get(booking.sessionId);
          return {
            booking,
            personName: names.people.get(booking.personId)?.name ?? 'Unknown person',
            projectReference: names.projects.get(booking.projectId)?.reference ?? 'Unknown project',
            start: session?.start ?? '',
            sessionName: session
              ? sessionName({ ...session, label: session.label || `${session.start}–${session.end}` })
              : 'A session no longer offered',
          };
        })
        .sort(
          (a, b) =>
            a.booking.date.localeCompare(b.booking.date) ||
            a.start.localeCompare(b.start) ||
            a.personName.localeCompare(b.personName),
        ),
    });
    return false;
  }

  /** Cancels the held conflicts with `reason` and saves the held blackouts, in one transaction. */
  async function confirm(reason: string): Promise<void> {
    if (!pending) return;
    const result = await addBlackoutDates(ctx, pending.forms, {
      reason,
      bookings: pending.conflicts.map((conflict) => conflict.booking),
    });
    setPending(null);
    onSaved(
      `Saved ${countOf(result.blackouts.length, 'blackout date')} and cancelled ` +
        `${countOf(result.cancelled.length, 'booking')}.`,
    );
  }

  return { pending, propose, confirm, leave: () => setPending(null) };
}
