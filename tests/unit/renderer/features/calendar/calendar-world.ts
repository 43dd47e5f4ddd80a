/**
 * A database where a booking can be made: DSH-2026-014 is Active on the core connection, Dr A Smith (lead)
 * and Łukasz Nowak (analyst) are ready, and Morning and Afternoon sessions (6 seats) run Monday to Friday.
 * The clock of `ctx` is Wednesday 25/11/2026 10:00 in London.
 */
import type { Booking } from '../../../../../shared/domain';
import {
  IDS,
  aCompleteOnboarding,
  fixtureId,
  gateMet,
  recordBase,
  theCoreConnection,
  theDedicatedConnection,
  theMemberships,
  thePeople,
  theTrainings,
} from '../../../../helpers/domain-fixtures';
import { weekdaySessions } from '../../../shared/bookings/booking-fixtures';
import { freshDb, type TestDb } from '../../db/db-fixtures';

/** The Monday after "today", and its sessions' ids. */
export const MONDAY = '2026-11-30';
export const MONDAY_MORNING = fixtureId(1011);
export const MONDAY_AFTERNOON = fixtureId(1012);
export const TUESDAY_MORNING = fixtureId(1021);

/** The bookable world, records put straight into their tables (as if made earlier). */
export async function bookableWorld(): Promise<TestDb> {
  const t = await freshDb();
  const { db } = t;
  const { project } = gateMet('active');
  await db.connectionTypes.bulkAdd([theCoreConnection(), theDedicatedConnection()]);
  await db.projects.add({
    ...project,
    closureStart: undefined,
    onboarding: aCompleteOnboarding({ connectionTypeId: IDS.coreConnection, costCode: undefined }),
  });
  await db.people.bulkAdd(thePeople());
  await db.memberships.bulkAdd(theMemberships());
  await db.trainingRecords.bulkAdd(theTrainings());
  await db.sessionTemplates.bulkAdd(weekdaySessions());
  return t;
}

/** A stored booking put straight into the table (another researcher's, say). */
export function storedBooking(n: number, overrides: Partial<Booking> = {}): Booking {
  return {
    ...recordBase(fixtureId(9000 + n)),
    personId: fixtureId(9500 + n),
    projectId: IDS.project,
    date: MONDAY,
    sessionId: MONDAY_MORNING,
    status: 'booked',
    ...overrides,
  };
}
