/** The sessions of one day a booking may be made in, each with its seats taken (through the index). */
import type { IsoDate } from '../../../../shared/dates';
import { sessionsOn, type DaySession } from '../../../../shared/domain/bookings';
import type { DshDatabase } from '../../../db/database';
import { allSessionTemplates, blackoutsBetween } from '../../../db/repositories/booking-calendar';
import { seatsTaken } from '../../../db/repositories/bookings';

/** A session of the day and how many of its seats are taken. */
export type SessionChoice = { session: DaySession; taken: number };

/** The sessions held on `date`, earliest first, with their seats taken. */
export async function sessionChoices(db: DshDatabase, date: IsoDate): Promise<SessionChoice[]> {
  const templates = await allSessionTemplates(db);
  const blackouts = await blackoutsBetween(db, date, date);
  const choices: SessionChoice[] = [];
  for (const session of sessionsOn(date, templates, blackouts)) {
    choices.push({ session, taken: await seatsTaken(db, date, session.sessionId) });
  }
  return choices;
}

/** "Morning 09:00–13:00": the session as a choice names it. */
export function sessionName(session: Pick<DaySession, 'label' | 'start' | 'end'>): string {
  const times = `${session.start}–${session.end}`;
  return session.label === times ? times : `${session.label} ${times}`;
}
