/**
 * Calendar files (.ics) of bookings: built with shared/documents/ics, saved through the host (a save dialog
 * on the desktop, a download in a browser), and recorded in the audit log once saved.
 */
import { useState } from 'react';
import { addDaysIso, londonToday, nowInstant } from '../../../../shared/dates';
import type { Booking } from '../../../../shared/domain';
import { bookingsToIcs, type BookingIcsView } from '../../../../shared/documents/ics';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { recordAuditEvent } from '../../../db/audit/append';
import type { DshDatabase } from '../../../db/database';
import { namesOf, upcomingBookingsOf } from '../../../db/repositories/booking-calendar';
import { getSettings } from '../../../db/repositories/settings';
import { faultMessage } from '../../../db/errors';

/** What became of the last save. */
export type SaveOutcome =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'empty'; message: string };

/** The events of these bookings as a calendar shows them (names, session times, the DSH's name). */
export async function icsViewsOf(db: DshDatabase, bookings: readonly Booking[]): Promise<BookingIcsView[]> {
  const names = await namesOf(db, bookings);
  const templates = await db.sessionTemplates.bulkGet([...new Set(bookings.map((b) => b.sessionId))]);
  const sessions = new Map(templates.filter((t) => t !== undefined).map((t) => [t.id, t]));
  const { organisationName } = await getSettings(db);
  return bookings.map((booking) => {
    const session = sessions.get(booking.sessionId);
    const start = session?.start ?? '09:00';
    const end = session?.end ?? '17:00';
    const project = names.projects.get(booking.projectId);
    return {
      uid: booking.id,
      date: booking.date,
      start,
      end,
      projectReference: project?.reference ?? 'Unknown project',
      projectTitle: project?.title ?? '',
      personName: names.people.get(booking.personId)?.name ?? 'Unknown person',
      sessionLabel: session?.label || `${start}–${end}`,
      organisationName,
      status: booking.status,
    };
  });
}

/** The furthest ahead a person's calendar file looks (the longest booking horizon the settings allow). */
const UPCOMING_DAYS = 730;

/** Saving calendar files of one booking, or of a person's upcoming bookings; `outcome` says what happened. */
export function useCalendarFiles() {
  const { db, host } = useApp();
  const ctx = useWriteContext();
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  async function save(bookings: Booking[], suggestedName: string, audit: () => Promise<unknown>) {
    setOutcome(null);
    try {
      const views = await icsViewsOf(db, bookings);
      // A copy on a plain ArrayBuffer, as the host contract takes.
      const bytes = new Uint8Array(bookingsToIcs(views, { stampedAt: nowInstant() }));
      const result = await host.saveFile({ suggestedName, kind: 'ics', bytes });
      if (result.status === 'saved') await audit();
      setOutcome(result);
    } catch (error) {
      setOutcome({ status: 'failed', message: faultMessage(error) });
    }
  }

  /** Saves one booking as a calendar file. */
  async function exportBooking(booking: Booking, personName: string) {
    await save([booking], `DSH session ${booking.date} ${personName}.ics`, () =>
      recordAuditEvent(ctx, { entity: 'booking', entityId: booking.id, action: 'export' }),
    );
  }

  /** Saves every standing booking of a person from today on as one calendar file. */
  async function exportUpcoming(personId: string, personName: string) {
    const today = londonToday();
    const bookings = await upcomingBookingsOf(db, personId, today, addDaysIso(today, UPCOMING_DAYS));
    if (bookings.length === 0) {
      setOutcome({ status: 'empty', message: `${personName} has no upcoming bookings.` });
      return;
    }
    await save(bookings, `DSH sessions of ${personName}.ics`, () =>
      recordAuditEvent(ctx, {
        entity: 'person',
        entityId: personId,
        action: 'export',
        changes: { upcomingBookings: { after: bookings.length } },
      }),
    );
  }

  return { outcome, exportBooking, exportUpcoming };
}
