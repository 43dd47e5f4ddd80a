/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { bookSession, checkBooking } from '../../../../../renderer/db/repositories/booking-rules';
import { addBlackoutDate } from '../../../../../renderer/db/repositories/catalogues';
import { getSettings, updateSettings } from '../../../../../renderer/db/repositories/settings';
import { IDS, aTraining, fixtureId } from '../../../../helpers/domain-fixtures';
import { NOW } from '../../db/db-fixtures';
import { MONDAY, MONDAY_MORNING, TUESDAY_MORNING, bookableWorld, storedBooking } from './calendar-world';

const asLead = { projectId: IDS.project, personId: IDS.lead, date: MONDAY, sessionId: MONDAY_MORNING };
const asAnalyst = { ...asLead, personId: IDS.analyst };

describe('booking a session by the rules of the core connection', () => {
  it('books a seat the rules allow, and writes the booking to the audit log', async () => {
    const t = await bookableWorld();
    const booking = await bookSession(t.ctx, asLead);
    expect(booking).toMatchObject({ ...asLead, status: 'booked', revision: 1 });
    const events = await t.db.auditEvents
      .where('[entity+seq]')
      .between(['booking', 0], ['booking', Infinity])
      .toArray();
    expect(events.map((event) => [event.action, event.entityId])).toEqual([['create', booking.id]]);
  });

  it('refuses the next booking of a full session with the reason, and books nothing', async () => {
    const t = await bookableWorld();
    await t.db.sessionTemplates.update(MONDAY_MORNING, { seats: 1 });
    await bookSession(t.ctx, asLead);
    await expect(bookSession(t.ctx, asAnalyst)).rejects.toThrow(
      'The booking was not made. This session is full: its only seat is taken.',
    );
    expect(await t.db.bookings.count()).toBe(1);
    expect(await checkBooking(t.db, asAnalyst, NOW)).toEqual({
      allowed: false,
      reasons: ['This session is full: its only seat is taken.'],
    });
  });

  it('counts cancelled bookings as free seats', async () => {
    const t = await bookableWorld();
    await t.db.sessionTemplates.update(MONDAY_MORNING, { seats: 1 });
    await t.db.bookings.add(storedBooking(1, { status: 'cancelled', cancelReason: 'Unwell.' }));
    await expect(bookSession(t.ctx, asLead)).resolves.toMatchObject({ status: 'booked' });
  });

  it('refuses a member whose training lapses before the session', async () => {
    const t = await bookableWorld();
    // Łukasz's NHS DSA expires on Saturday 28/11, before Monday's session.
    await t.db.trainingRecords.update(fixtureId(621), { expiresOn: '2026-11-28' });
    await expect(bookSession(t.ctx, asAnalyst)).rejects.toThrow(
      'Łukasz Nowak has no NHS DSA Level 1 training valid on 30/11/2026.',
    );
    await t.db.trainingRecords.add(
      aTraining({ id: fixtureId(699), personId: IDS.analyst, completedOn: '2026-11-20' }),
    );
    await expect(bookSession(t.ctx, asAnalyst)).resolves.toMatchObject({ status: 'booked' });
  });

  it('refuses a blackout day, giving the reason the DSH is closed', async () => {
    const t = await bookableWorld();
    await addBlackoutDate(t.ctx, { date: MONDAY, reason: 'Maintenance of the DSH.' });
    await expect(bookSession(t.ctx, asLead)).rejects.toThrow('DSH closed: Maintenance of the DSH.');
  });

  it('refuses a second booking of one person in one session', async () => {
    const t = await bookableWorld();
    await bookSession(t.ctx, asLead);
    await expect(bookSession(t.ctx, asLead)).rejects.toThrow(
      'Dr A Smith is already booked for this session.',
    );
  });

  it('refuses a booking once the project has used its weekly limit, naming the week', async () => {
    const t = await bookableWorld();
    const settings = await getSettings(t.db);
    const { revision, ...form } = settings;
    await updateSettings(t.ctx, revision, { ...form, weeklyBookingLimitPerProject: 1 });
    await bookSession(t.ctx, asLead);
    await expect(
      bookSession(t.ctx, { ...asAnalyst, date: '2026-12-01', sessionId: TUESDAY_MORNING }),
    ).rejects.toThrow('DSH-2026-014 already has 1 booking in the week of 30/11/2026, its weekly limit.');
  });

  it('refuses a session that has begun, by the clock of the write', async () => {
    const t = await bookableWorld();
    const lateMonday = { ...t.ctx, now: () => new Date('2026-11-30T09:30:00.000Z') };
    await expect(bookSession(lateMonday, asLead)).rejects.toThrow(
      'This session began at 09:00 on 30/11/2026, so it can no longer be booked.',
    );
  });
});
