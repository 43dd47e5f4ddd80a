/**
 * What a new installation can start from: the three connections most DSHs offer (the free core connection
 * in the DSH room, and two chargeable ones) and a normal week of bookable sessions. The first-run setup adds
 * them on request and the demo data uses them, so the two never drift apart.
 */
import type { ConnectionTypeForm } from './schemas/catalogue';
import type { SessionTemplateForm } from './schemas/sessions';
import { STARTER_WEEK } from './bookings/session-week';

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
export const STARTER_SEATS = STARTER_WEEK[0]!.seats;

/** A normal week to start from (the one Booking settings also applies): mornings and afternoons, Monday to Friday. */
export function starterWeek(): SessionTemplateForm[] {
  return STARTER_WEEK.map((session) => ({ ...session, active: true }));
}

/** True when `name` is `other` but for case and spacing (a starter item already in the catalogue). */
export function sameCatalogueName(name: string, other: string): boolean {
  const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return key(name) === key(other);
}
