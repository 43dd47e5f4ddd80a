/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { bookSessions, previewBookingPlan } from '../../../../../renderer/db/repositories/booking-plans';
import { getSettings, updateSettings } from '../../../../../renderer/db/repositories/settings';
import { splitPlan, type PlannedBooking } from '../../../../../shared/domain/bookings';
import { IDS, fixtureId } from '../../../../helpers/domain-fixtures';
import { NOW } from '../../db/db-fixtures';
import { MONDAY, MONDAY_MORNING, bookableWorld, storedBooking } from './calendar-world';

/** Dr A Smith and Łukasz Nowak, Monday mornings, for four weeks from 30/11/2026. */
const twoPeopleMonthly = {
  projectId: IDS.project,
  personIds: [IDS.lead, IDS.analyst],
  firstDate: MONDAY,
  sessionIds: [MONDAY_MORNING],
  weeks: 4,
};

/** "date person: first reason" for each refused booking of a preview. */
const refusals = (planned: PlannedBooking[]) =>
  splitPlan(planned).refused.map((p) =>
    [p.request.date, p.personName, p.decision.allowed ? '' : p.decision.reasons[0]].join(' '),
  );

async function setWeeklyLimit(t: Awaited<ReturnType<typeof bookableWorld>>, limit: number) {
  const { revision, ...form } = await getSettings(t.db);
  await updateSettings(t.ctx, revision, { ...form, weeklyBookingLimitPerProject: limit });
}

describe('booking two people weekly for a month', () => {
  it('previews eight bookings, books them in one go, with one audit event per booking', async () => {
    const t = await bookableWorld();
    const planned = await previewBookingPlan(t.db, twoPeopleMonthly, NOW);
    expect(planned.map((p) => [p.request.date, p.personName])).toEqual([
      ['2026-11-30', 'Dr A Smith'],
      ['2026-11-30', 'Łukasz Nowak'],
      ['2026-12-07', 'Dr A Smith'],
      ['2026-12-07', 'Łukasz Nowak'],
      ['2026-12-14', 'Dr A Smith'],
      ['2026-12-14', 'Łukasz Nowak'],
      ['2026-12-21', 'Dr A Smith'],
      ['2026-12-21', 'Łukasz Nowak'],
    ]);
    expect(refusals(planned)).toEqual([]);

    const booked = await bookSessions(t.ctx, splitPlan(planned).bookable);
    expect(booked).toHaveLength(8);
    expect(await t.db.bookings.where('status').equals('booked').count()).toBe(8);
    const events = await t.db.auditEvents.where('entity').equals('booking').toArray();
    expect(events.map((e) => e.action)).toEqual(Array(8).fill('create'));
    expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(booked.map((b) => b.id)));
  });

  it('counts the plan’s own bookings against the weekly limit, refusing the second person each week', async () => {
    const t = await bookableWorld();
    await setWeeklyLimit(t, 1);
    const planned = await previewBookingPlan(t.db, { ...twoPeopleMonthly, weeks: 2 }, NOW);
    expect(refusals(planned)).toEqual([
      '2026-11-30 Łukasz Nowak DSH-2026-014 already has 1 booking in the week of 30/11/2026, its weekly limit.',
      '2026-12-07 Łukasz Nowak DSH-2026-014 already has 1 booking in the week of 07/12/2026, its weekly limit.',
    ]);
    await bookSessions(t.ctx, splitPlan(planned).bookable);
    expect(await t.db.bookings.count()).toBe(2);
  });

  it('counts the plan’s own bookings against the seats: two people cannot take the last seat', async () => {
    const t = await bookableWorld();
    await t.db.sessionTemplates.update(MONDAY_MORNING, { seats: 1 });
    const planned = await previewBookingPlan(t.db, { ...twoPeopleMonthly, weeks: 1 }, NOW);
    expect(refusals(planned)).toEqual([
      '2026-11-30 Łukasz Nowak This session is full: its only seat is taken.',
    ]);
  });

  it('refuses the weeks after a person’s training lapses, and only those', async () => {
    const t = await bookableWorld();
    // Łukasz's NHS DSA Level 1 expires on Thursday 10/12/2026.
    await t.db.trainingRecords.update(fixtureId(621), { expiresOn: '2026-12-10' });
    const planned = await previewBookingPlan(t.db, twoPeopleMonthly, NOW);
    expect(refusals(planned)).toEqual([
      '2026-12-14 Łukasz Nowak Łukasz Nowak has no NHS DSA Level 1 training valid on 14/12/2026.',
      '2026-12-21 Łukasz Nowak Łukasz Nowak has no NHS DSA Level 1 training valid on 21/12/2026.',
    ]);
    expect(splitPlan(planned).bookable).toHaveLength(6);
  });

  it('books nothing when a confirmed booking no longer passes, naming the day, session and person', async () => {
    const t = await bookableWorld();
    const planned = await previewBookingPlan(t.db, twoPeopleMonthly, NOW);
    // Meanwhile five of the six seats of 14/12 are taken on another workstation.
    for (let n = 1; n <= 5; n++) await t.db.bookings.add(storedBooking(n, { date: '2026-12-14' }));
    await expect(bookSessions(t.ctx, splitPlan(planned).bookable)).rejects.toThrow(
      'Nothing was booked: something changed since the preview. Look at the preview again. ' +
        '14/12/2026, Morning (09:00–13:00), Łukasz Nowak: This session is full: all 6 seats are taken.',
    );
    expect(await t.db.bookings.count()).toBe(5);
    expect(await t.db.auditEvents.where('entity').equals('booking').count()).toBe(0);
  });

  it('refuses a plan with nobody chosen, or too long a repeat, in plain words', async () => {
    const t = await bookableWorld();
    await expect(previewBookingPlan(t.db, { ...twoPeopleMonthly, personIds: [] }, NOW)).rejects.toThrow(
      'Choose at least one person.',
    );
    await expect(previewBookingPlan(t.db, { ...twoPeopleMonthly, weeks: 27 }, NOW)).rejects.toThrow(
      'Weeks must be a whole number from 1 to 26.',
    );
    await expect(bookSessions(t.ctx, [])).rejects.toThrow('Nothing to book');
  });
});
