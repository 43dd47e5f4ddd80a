/** How full each session is: seats taken and free, and whose bookings take them. */
import type { BookingSlot } from './facts';
import type { DaySession } from './sessions';

/** One session's seats: taken by standing bookings, free, and those bookings (for the names). */
export type SessionOccupancy<B extends BookingSlot = BookingSlot> = {
  session: DaySession;
  taken: number;
  free: number;
  full: boolean;
  bookings: B[];
};

const slotKey = (date: string, sessionId: string) => `${date}|${sessionId}`;

/** The occupancy of each session, in the order given; cancelled bookings take no seat. */
export function occupancy<B extends BookingSlot>(
  sessions: readonly DaySession[],
  bookings: readonly B[],
): SessionOccupancy<B>[] {
  const bySlot = new Map<string, B[]>();
  for (const booking of bookings) {
    if (booking.status !== 'booked') continue;
    const key = slotKey(booking.date, booking.sessionId);
    const held = bySlot.get(key);
    if (held) held.push(booking);
    else bySlot.set(key, [booking]);
  }
  return sessions.map((session) => {
    const held = bySlot.get(slotKey(session.date, session.sessionId)) ?? [];
    return {
      session,
      taken: held.length,
      free: Math.max(0, session.seats - held.length),
      full: held.length >= session.seats,
      bookings: held,
    };
  });
}
