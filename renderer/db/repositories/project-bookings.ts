/**
 * A project's bookings as its page shows them: the next few standing bookings (with who and which session),
 * how many there are in all, and how much of its weekly limit this week uses. Read through the
 * `[projectId+date]` index only.
 */
import { addDaysIso, type IsoDate } from '../../../shared/dates';
import type { Booking, Person, SessionTemplate } from '../../../shared/domain';
import { weekStartOf } from '../../../shared/domain/bookings';
import type { DshDatabase } from '../database';
import { getSettings } from './settings';

/** An upcoming booking with its person and session (undefined when since deleted). */
export type ProjectBookingRow = { booking: Booking; person?: Person; session?: SessionTemplate };

/** What the project page shows of its bookings. */
export type ProjectBookings = {
  /** The first `limit` standing bookings from today, in date order. */
  upcoming: ProjectBookingRow[];
  /** How many standing bookings there are from today on. */
  upcomingCount: number;
  /** The Monday of this week, its standing bookings, and the weekly limit per project. */
  week: { monday: IsoDate; used: number; limit: number };
  /** Whether the project may book now: open, Active, on a connection booked in sessions. */
  canBook: boolean;
};

const LAST_DAY = '9999-12-31';

/** The project's bookings from `today`, the first `limit` of them named. */
export async function projectBookings(
  db: DshDatabase,
  projectId: string,
  today: IsoDate,
  limit = 8,
): Promise<ProjectBookings> {
  const standing = (b: Booking) => b.status === 'booked';
  const fromToday = () =>
    db.bookings.where('[projectId+date]').between([projectId, today], [projectId, LAST_DAY], true, true);
  const bookings = await fromToday().filter(standing).limit(limit).toArray();
  const upcomingCount = await fromToday().filter(standing).count();
  const monday = weekStartOf(today);
  const used = await db.bookings
    .where('[projectId+date]')
    .between([projectId, monday], [projectId, addDaysIso(monday, 6)], true, true)
    .filter(standing)
    .count();
  const settings = await getSettings(db);
  const people = await db.people.bulkGet([...new Set(bookings.map((b) => b.personId))]);
  const sessions = await db.sessionTemplates.bulkGet([...new Set(bookings.map((b) => b.sessionId))]);
  const personById = new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p]));
  const sessionById = new Map(sessions.filter((s) => s !== undefined).map((s) => [s.id, s]));
  const project = await db.projects.get(projectId);
  const typeId = project?.onboarding.connectionTypeId;
  const type = typeId ? await db.connectionTypes.get(typeId) : undefined;
  const rows = bookings
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (sessionById.get(a.sessionId)?.start ?? '').localeCompare(sessionById.get(b.sessionId)?.start ?? ''),
    )
    .map((booking) => ({
      booking,
      person: personById.get(booking.personId),
      session: sessionById.get(booking.sessionId),
    }));
  return {
    upcoming: rows,
    upcomingCount,
    week: { monday, used, limit: settings.weeklyBookingLimitPerProject },
    canBook: project?.status === 'open' && project.stage === 'active' && type?.needsBooking === true,
  };
}
