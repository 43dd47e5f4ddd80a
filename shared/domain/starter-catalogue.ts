/**
 * What a new installation can start from: the three connections most DSHs offer (the free core connection
 * in the DSH room, and two chargeable ones) and a normal week of bookable sessions. The first-run setup adds
 * them on request and the demo data uses them, so the two never drift apart.
 */
import type { ConnectionTypeForm } from './schemas/catalogue';
import type { SessionTemplateForm } from './schemas/sessions';

/** The usual three connection types, as the costing page lists them. */
export const STARTER_CONNECTION_TYPES: readonly ConnectionTypeForm[] = [
  {
    name: 'Core connection',
    description: 'Shared secure desktop in the DSH room; sessions are booked.',
    pricePence: 0,
    unit: 'free',
    needsBooking: true,
    active: true,
  },
  {
    name: 'Dedicated virtual desktop',
    description: 'A remote desktop reserved for the project.',
    pricePence: 15_000,
    unit: 'per-month',
    needsBooking: false,
    active: true,
  },
  {
    name: 'High-memory analysis server',
    description: 'A dedicated server for large datasets.',
    pricePence: 240_000,
    unit: 'per-year',
    needsBooking: false,
    active: true,
  },
];

/** Seats in each session of the starter week (a DSH room of six desks). */
export const STARTER_SEATS = 6;

/** A normal week: a morning and an afternoon session, Monday to Friday. */
export function starterWeek(seats = STARTER_SEATS): SessionTemplateForm[] {
  const sessions: SessionTemplateForm[] = [];
  for (let weekday = 1; weekday <= 5; weekday++) {
    sessions.push({ weekday, start: '09:00', end: '13:00', label: 'Morning', seats, active: true });
    sessions.push({ weekday, start: '13:00', end: '17:00', label: 'Afternoon', seats, active: true });
  }
  return sessions;
}

/** True when `name` is `other` but for case and spacing (a starter item already in the catalogue). */
export function sameCatalogueName(name: string, other: string): boolean {
  const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return key(name) === key(other);
}
