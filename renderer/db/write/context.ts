/** Who is writing, to which database, and when: what every repository write receives. */
import { londonToday, nowInstant, type IsoDate, type IsoInstant } from '../../../shared/dates';
import type { DshDatabase } from '../database';

/** The staff member using the app and the computer's user name; both go into every audit event. */
export interface Actor {
  staffId: string;
  staffName: string;
  osUser: string;
  /** In team mode, the account signed in to the team server: every event records it. */
  account?: string;
}

/** The database, the actor, and (for tests) the clock. */
export interface WriteContext {
  db: DshDatabase;
  actor: Actor;
  /** The clock; defaults to the real one. */
  now?: () => Date;
}

/** The current instant of the context's clock, as a UTC ISO timestamp. */
export function instantOf(ctx: Pick<WriteContext, 'now'>): IsoInstant {
  return nowInstant(ctx.now?.() ?? new Date());
}

/** Today in London by the context's clock (the day stage moves and bookings are judged on). */
export function todayOf(ctx: Pick<WriteContext, 'now'>): IsoDate {
  return londonToday(ctx.now?.() ?? new Date());
}
