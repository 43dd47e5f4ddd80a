import { cancelBooking, createBooking } from '../../../../renderer/db/repositories/bookings';
import { startClosureChecklist } from '../../../../renderer/db/repositories/closure';
import * as memberships from '../../../../renderer/db/repositories/memberships';
import { moveProject } from '../../../../renderer/db/repositories/project-moves';
import * as projects from '../../../../renderer/db/repositories/projects';
import { markSetupTaskDone } from '../../../../renderer/db/repositories/setup-tasks';
import { IDS } from '../../../helpers/domain-fixtures';
import { enquiryForm, freshDb } from './db-fixtures';
import { World, closureForm } from './world';

describe('writes that carry a reason', () => {
  it('keeps the reason of a withdrawal, a deletion and a cancellation in the audit event', async () => {
    const t = await freshDb();
    const w = new World(t);
    const booking = await w.booking();
    await cancelBooking(t.ctx, booking.id, 1, '  Unwell. ');
    const other = await projects.createEnquiry(t.ctx, enquiryForm({ title: 'Second study' }));
    await projects.deleteEnquiry(t.ctx, other.id, 1, 'Recorded twice.');
    const project = await w.project();
    await moveProject(t.ctx, project.id, 1, { kind: 'withdraw', reason: 'Funding ended.' });
    const reasons = (await t.db.auditEvents.toArray()).map((event) => event.reason).filter(Boolean);
    expect(reasons).toEqual(['Unwell.', 'Recorded twice.', 'Funding ended.']);
  });

  it('refuses to cancel a booking without a reason, and leaves it booked', async () => {
    const t = await freshDb();
    const booking = await new World(t).booking();
    const events = await t.db.auditEvents.count();
    await expect(cancelBooking(t.ctx, booking.id, booking.revision, '   ')).rejects.toThrow(
      'Give a reason for cancelling.',
    );
    expect((await t.db.bookings.get(booking.id))?.status).toBe('booked');
    expect(await t.db.auditEvents.count()).toBe(events);
  });

  it('refuses to start a closure checklist twice for one project', async () => {
    const t = await freshDb();
    const w = new World(t);
    await w.closure();
    await expect(startClosureChecklist(t.ctx, (await w.closingProject()).id, closureForm())).rejects.toThrow(
      'This project’s closure checklist is already started',
    );
  });

  it('refuses a set-up task marked done twice, naming it', async () => {
    const t = await freshDb();
    const w = new World(t);
    await w.setupTask();
    await expect(
      markSetupTaskDone(t.ctx, (await w.project()).id, {
        kind: 'environment-created',
        doneBy: IDS.officer,
        doneOn: '2026-06-21',
      }),
    ).rejects.toThrow('‘Environment created’ is already marked done for this project.');
  });

  it('refuses a person added twice to one project', async () => {
    const t = await freshDb();
    const w = new World(t);
    await w.membership();
    await expect(
      memberships.addMember(t.ctx, (await w.project()).id, {
        personId: (await w.person()).id,
        role: 'analyst',
      }),
    ).rejects.toThrow('This person is already a member of the project.');
  });

  it('leaves a seam for the booking rules: a refusal lists them and books nothing', async () => {
    const t = await freshDb();
    const w = new World(t);
    const form = {
      personId: (await w.person()).id,
      projectId: (await w.project()).id,
      sessionId: (await w.session()).id,
      date: '2026-12-25',
    };
    const before = await t.db.auditEvents.count();
    await expect(createBooking(t.ctx, form, async () => ['25/12/2026 is a blackout date.'])).rejects.toThrow(
      'The booking was not made. 25/12/2026 is a blackout date.',
    );
    expect(await t.db.bookings.count()).toBe(0);
    expect(await t.db.auditEvents.count()).toBe(before);
  });
});
