/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { DEFAULT_SETTINGS } from '../../../../shared/domain';
import { canBook, type BookingFacts, type BookingRequest } from '../../../../shared/domain/bookings';
import {
  IDS,
  aMembership,
  aProject,
  aTraining,
  fixtureId,
  theDedicatedConnection,
} from '../../../helpers/domain-fixtures';
import { MONDAY, NOW, aBooking, aSession, allowedBooking, bookings } from './booking-fixtures';

type Case = { request: BookingRequest; facts: BookingFacts; now: Date };
type Breakage = (booking: Case) => void;

function refusalOf(breakage: Breakage): ReturnType<typeof canBook> {
  const booking: Case = { ...allowedBooking(), now: NOW };
  breakage(booking);
  return canBook(booking.request, booking.facts, booking.now);
}

describe('canBook', () => {
  it('allows the standard booking (so each case below breaks exactly one thing)', () => {
    const { request, facts } = allowedBooking();
    expect(canBook(request, facts, NOW)).toEqual({ allowed: true });
  });

  const oneRuleBroken: [string, Breakage, string][] = [
    [
      'the project is not yet active',
      ({ facts }) => void (facts.project = aProject({ stage: 'access' })),
      'DSH-2026-014 is not active, so it cannot book sessions.',
    ],
    [
      'the project was withdrawn while active',
      ({ facts }) =>
        void (facts.project = aProject({
          stage: 'active',
          status: 'withdrawn',
          ended: { on: '2026-11-01', reason: 'Funding ended.' },
        })),
      'DSH-2026-014 is not active, so it cannot book sessions.',
    ],
    [
      'its connection is not booked in sessions',
      ({ facts }) => void (facts.connectionType = theDedicatedConnection()),
      'DSH-2026-014 uses the Dedicated remote desktop, which is not booked in sessions.',
    ],
    [
      'it has no connection type',
      ({ facts }) => void (facts.connectionType = undefined),
      'DSH-2026-014 has no connection type, so it cannot book sessions.',
    ],
    [
      'the person is not a member',
      ({ facts }) => void (facts.membership = undefined),
      'Dr A Smith is not a member of DSH-2026-014.',
    ],
    [
      'the membership is of another project',
      ({ facts }) => void (facts.membership = aMembership({ projectId: fixtureId(2) })),
      'Dr A Smith is not a member of DSH-2026-014.',
    ],
    [
      'the person’s access was revoked',
      ({ facts }) =>
        void (facts.membership = aMembership({ accessRevoked: { on: '2026-11-20', by: IDS.officer } })),
      'Dr A Smith’s access was revoked on 20/11/2026.',
    ],
    [
      'the NHS DSA training expires before the session',
      ({ facts }) =>
        void (facts.trainings = [
          ...facts.trainings.filter((t) => t.kind !== 'nhs-dsa-level-1'),
          aTraining({ completedOn: '2025-11-29', expiresOn: '2026-11-29' }),
        ]),
      'Dr A Smith has no NHS DSA Level 1 training valid on 30/11/2026.',
    ],
    [
      'the session does not exist',
      ({ facts }) => void (facts.session = undefined),
      'This session does not exist. Choose another session.',
    ],
    [
      'the session is no longer offered',
      ({ facts }) => void (facts.session = aSession({ active: false })),
      'The Morning (09:00–13:00) session is no longer offered. Choose another session.',
    ],
    [
      'the session is not held on that weekday',
      ({ facts }) => void (facts.session = aSession({ weekday: 2 })),
      'The Morning (09:00–13:00) session runs on Tuesdays, not on Monday 30/11/2026.',
    ],
    [
      'the person is already booked in the session',
      ({ facts }) => void (facts.sessionBookings = [aBooking(1, { personId: IDS.lead })]),
      'Dr A Smith is already booked for this session.',
    ],
    [
      'the person is already booked in the session, as their day’s bookings show',
      ({ facts }) => void (facts.personDayBookings = [aBooking(1, { personId: IDS.lead })]),
      'Dr A Smith is already booked for this session.',
    ],
    [
      'every seat is taken',
      ({ facts }) => void (facts.sessionBookings = bookings(6)),
      'This session is full: all 6 seats are taken.',
    ],
    [
      'the only seat is taken',
      ({ facts }) => {
        facts.session = aSession({ seats: 1 });
        facts.sessionBookings = bookings(1);
      },
      'This session is full: its only seat is taken.',
    ],
    [
      'the day is a blackout date',
      ({ facts }) => void (facts.blackouts = [{ date: MONDAY, reason: 'Christmas Day' }]),
      'DSH closed: Christmas Day.',
    ],
    [
      'the day is a blackout date whose reason ends in its own punctuation',
      ({ facts }) => void (facts.blackouts = [{ date: MONDAY, reason: 'Moving to the new building!' }]),
      'DSH closed: Moving to the new building!',
    ],
    [
      'the session has begun',
      (booking) => void (booking.now = new Date('2026-11-30T09:30:00.000Z')),
      'This session began at 09:00 on 30/11/2026, so it can no longer be booked.',
    ],
    [
      'the session is beyond the booking horizon',
      (booking) => Object.assign(booking, allowedBooking('2027-03-01')),
      'Sessions can be booked at most 90 days ahead (up to 23/02/2027).',
    ],
    [
      'the project has used its weekly limit',
      ({ facts }) =>
        void (facts.projectWeekBookings = bookings(10, { date: '2026-12-01', sessionId: fixtureId(1099) })),
      'DSH-2026-014 already has 10 bookings in the week of 30/11/2026, its weekly limit.',
    ],
  ];

  it.each(oneRuleBroken)('refuses when %s, saying why', (_, breakage, reason) => {
    expect(refusalOf(breakage)).toEqual({ allowed: false, reasons: [reason] });
  });

  it('lists every reason at once', () => {
    const decision = refusalOf(({ facts }) => {
      facts.project = aProject({ stage: 'setup' });
      facts.membership = undefined;
      facts.sessionBookings = bookings(6);
      facts.blackouts = [{ date: MONDAY, reason: 'Maintenance of the DSH.' }];
    });
    expect(decision).toEqual({
      allowed: false,
      reasons: [
        'DSH-2026-014 is not active, so it cannot book sessions.',
        'Dr A Smith is not a member of DSH-2026-014.',
        'This session is full: all 6 seats are taken.',
        'DSH closed: Maintenance of the DSH.',
      ],
    });
  });

  it('gives the singular for a limit of one booking and a horizon of one day', () => {
    const settings = { ...DEFAULT_SETTINGS, bookingHorizonDays: 1, weeklyBookingLimitPerProject: 1 };
    const decision = refusalOf(({ facts }) => {
      facts.settings = settings;
      facts.projectWeekBookings = bookings(1, { sessionId: fixtureId(1099) });
    });
    expect(decision).toEqual({
      allowed: false,
      reasons: [
        'Sessions can be booked at most 1 day ahead (up to 26/11/2026).',
        'DSH-2026-014 already has 1 booking in the week of 30/11/2026, its weekly limit.',
      ],
    });
  });
});
