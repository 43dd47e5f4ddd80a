/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { canBook } from '../../../../shared/domain/bookings';
import { IDS, aTraining, fixtureId } from '../../../helpers/domain-fixtures';
import { NOW, aBooking, allowedBooking, bookings, readyAllYear } from './booking-fixtures';

const allowed = { allowed: true };
const refusedFor = (reason: string) => ({ allowed: false, reasons: [reason] });

describe('canBook at the boundaries', () => {
  it.each([
    [5, allowed],
    [6, refusedFor('This session is full: all 6 seats are taken.')],
  ])('with %i of 6 seats taken: %p', (taken, decision) => {
    const { request, facts } = allowedBooking();
    expect(canBook(request, { ...facts, sessionBookings: bookings(taken) }, NOW)).toEqual(decision);
  });

  it('counts no seat for a cancelled booking, nor for another session or day', () => {
    const { request, facts } = allowedBooking();
    const sessionBookings = [
      ...bookings(5),
      aBooking(6, { status: 'cancelled', cancelReason: 'On leave.' }),
      aBooking(7, { sessionId: fixtureId(1099) }),
      aBooking(8, { date: '2026-12-07' }),
    ];
    expect(canBook(request, { ...facts, sessionBookings }, NOW)).toEqual(allowed);
  });

  it('lets a person whose booking was cancelled book the session again', () => {
    const { request, facts } = allowedBooking();
    const cancelled = aBooking(1, { personId: IDS.lead, status: 'cancelled', cancelReason: 'Ill.' });
    expect(canBook(request, { ...facts, sessionBookings: [cancelled] }, NOW)).toEqual(allowed);
  });

  it.each([
    ['2027-02-23', allowed],
    ['2027-02-24', refusedFor('Sessions can be booked at most 90 days ahead (up to 23/02/2027).')],
  ])('on %s, the horizon’s last day and the day after: %p', (date, decision) => {
    const { request, facts } = allowedBooking(date);
    expect(canBook(request, facts, NOW)).toEqual(decision);
  });

  it('counts the horizon from London’s today: at 23:30 UTC in summer it is already tomorrow', () => {
    const now = new Date('2026-07-14T23:30:00.000Z');
    const { request, facts } = allowedBooking('2026-10-13');
    expect(canBook(request, facts, now)).toEqual(allowed);
  });

  describe('training valid up to and including its expiry day', () => {
    it.each([
      ['2026-11-29', refusedFor('Dr A Smith has no NHS DSA Level 1 training valid on 30/11/2026.')],
      ['2026-11-30', allowed],
    ])('NHS DSA expiring on %s, for a session on 30/11/2026: %p', (expiresOn, decision) => {
      const { request, facts } = allowedBooking();
      const trainings = [
        ...facts.trainings.filter((t) => t.kind !== 'nhs-dsa-level-1'),
        aTraining({ completedOn: '2025-11-30', expiresOn }),
      ];
      expect(canBook(request, { ...facts, trainings }, NOW)).toEqual(decision);
    });

    it('refuses a session after a training that is valid today lapses', () => {
      const { request, facts } = allowedBooking('2027-02-22');
      const trainings = [
        ...facts.trainings.filter((t) => t.kind !== 'nhs-dsa-level-1'),
        aTraining({ completedOn: '2026-02-01', expiresOn: '2027-02-01' }),
      ];
      expect(canBook(request, { ...facts, trainings }, NOW)).toEqual(
        refusedFor('Dr A Smith has no NHS DSA Level 1 training valid on 22/02/2027.'),
      );
    });
  });

  describe('the weekly limit (10) of a Monday-to-Sunday week', () => {
    const week = (count: number, date: string) => bookings(count, { date, sessionId: fixtureId(1099) }, 100);
    const limitReached = refusedFor(
      'DSH-2026-014 already has 10 bookings in the week of 30/11/2026, its weekly limit.',
    );

    it.each([
      ['9 bookings that week', week(9, '2026-12-02'), allowed],
      ['10 bookings that week', week(10, '2026-12-02'), limitReached],
      ['10 on the Sunday that ends the week', week(10, '2026-12-06'), limitReached],
      ['10 on the Sunday before (the previous week)', week(10, '2026-11-29'), allowed],
      ['10 on the Monday after (the next week)', week(10, '2026-12-07'), allowed],
      [
        '10 of which one is cancelled',
        [
          ...week(9, '2026-12-01'),
          aBooking(200, { date: '2026-12-01', status: 'cancelled', cancelReason: 'Ill.' }),
        ],
        allowed,
      ],
      ['10 of another project', bookings(10, { date: '2026-12-01', projectId: fixtureId(2) }), allowed],
    ])('with %s: %p', (_, projectWeekBookings, decision) => {
      const { request, facts } = allowedBooking();
      expect(canBook(request, { ...facts, projectWeekBookings }, NOW)).toEqual(decision);
    });
  });

  describe('a session that has begun, in London time across the clock changes', () => {
    const began = (time: string, day: string) =>
      refusedFor(`This session began at ${time} on ${day}, so it can no longer be booked.`);
    it.each([
      // 09:00 in London is 09:00Z on a winter day and 08:00Z on a summer day.
      ['2026-11-30', '2026-11-30T08:59:00.000Z', allowed],
      ['2026-11-30', '2026-11-30T09:00:00.000Z', allowed],
      ['2026-11-30', '2026-11-30T09:01:00.000Z', began('09:00', '30/11/2026')],
      ['2026-03-27', '2026-03-27T08:30:00.000Z', allowed],
      ['2026-03-30', '2026-03-30T07:59:00.000Z', allowed],
      ['2026-03-30', '2026-03-30T08:30:00.000Z', began('09:00', '30/03/2026')],
      ['2026-10-23', '2026-10-23T08:30:00.000Z', began('09:00', '23/10/2026')],
      ['2026-10-26', '2026-10-26T08:30:00.000Z', allowed],
      ['2026-11-27', '2026-11-30T10:00:00.000Z', began('09:00', '27/11/2026')],
    ])('the 09:00 session of %s, asked at %s: %p', (date, at, decision) => {
      const { request, facts } = allowedBooking(date);
      expect(canBook(request, { ...facts, ...readyAllYear() }, new Date(at))).toEqual(decision);
    });
  });
});
