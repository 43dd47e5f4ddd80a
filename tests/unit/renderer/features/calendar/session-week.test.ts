/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { listSessionTemplates } from '../../../../../renderer/db/repositories/catalogues';
import {
  applyNormalWeek,
  copyDaySessions,
  normalWeekPlan,
  saveNormalWeek,
  weekPlanKey,
} from '../../../../../renderer/db/repositories/session-week';
import { sessionOnDay } from '../../../../../shared/domain/bookings';
import { freshDb } from '../../db/db-fixtures';
import { MONDAY_AFTERNOON, MONDAY_MORNING, TUESDAY_MORNING, bookableWorld } from './calendar-world';

const names = async (t: Awaited<ReturnType<typeof freshDb>>) =>
  (await listSessionTemplates(t.db)).filter((s) => s.active).map(sessionOnDay);
const sessionEvents = (t: Awaited<ReturnType<typeof freshDb>>) =>
  t.db.auditEvents.where('entity').equals('session-template').toArray();

describe('copying a day’s sessions to other weekdays', () => {
  it('adds Monday’s sessions to Saturday and Sunday, one audit event each', async () => {
    const t = await bookableWorld();
    const result = await copyDaySessions(t.ctx, { fromWeekday: 1, toWeekdays: [7, 6] });
    expect(result.added.map(sessionOnDay)).toEqual([
      'Saturday Morning (09:00–13:00)',
      'Saturday Afternoon (13:00–17:00)',
      'Sunday Morning (09:00–13:00)',
      'Sunday Afternoon (13:00–17:00)',
    ]);
    expect(result.added.every((s) => s.seats === 6 && s.active)).toBe(true);
    expect((await sessionEvents(t)).map((e) => e.action)).toEqual(['create', 'create', 'create', 'create']);
  });

  it('keeps the sessions a day already has and never adds one twice', async () => {
    const t = await bookableWorld();
    await t.db.sessionTemplates.delete(MONDAY_AFTERNOON);
    // Tuesday has both; Saturday none: only Saturday's Morning is added.
    const result = await copyDaySessions(t.ctx, { fromWeekday: 1, toWeekdays: [2, 6] });
    expect(result.added.map(sessionOnDay)).toEqual(['Saturday Morning (09:00–13:00)']);
    expect(result.alreadyThere.map(sessionOnDay)).toEqual(['Tuesday Morning (09:00–13:00)']);
    await expect(copyDaySessions(t.ctx, { fromWeekday: 1, toWeekdays: [2] })).rejects.toThrow(
      'No session was copied. Every Monday session is already set up on the days chosen.',
    );
  });

  it('refuses a copy with no target day, onto itself, or from an empty day, and writes nothing', async () => {
    const t = await bookableWorld();
    await expect(copyDaySessions(t.ctx, { fromWeekday: 1, toWeekdays: [] })).rejects.toThrow(
      'Choose at least one day to copy to.',
    );
    await expect(copyDaySessions(t.ctx, { fromWeekday: 1, toWeekdays: [1, 6] })).rejects.toThrow(
      'A day cannot be copied onto itself: untick it.',
    );
    await expect(copyDaySessions(t.ctx, { fromWeekday: 6, toWeekdays: [7] })).rejects.toThrow(
      'Saturday has no offered sessions to copy.',
    );
    expect(await sessionEvents(t)).toEqual([]);
  });
});

describe('the normal week', () => {
  it('sets up an empty DSH from the starter week: ten sessions, Monday to Friday', async () => {
    const t = await freshDb();
    const { plan, saved } = await normalWeekPlan(t.db);
    expect(saved).toBe(false);
    expect(plan.add).toHaveLength(10);
    await applyNormalWeek(t.ctx, weekPlanKey(plan));
    expect(await names(t)).toHaveLength(10);
    expect((await names(t))[0]).toBe('Monday Morning (09:00–13:00)');
    expect(await sessionEvents(t)).toHaveLength(10);
  });

  it('is saved from the sessions offered, and applying it undoes a holiday week’s changes', async () => {
    const t = await bookableWorld();
    await saveNormalWeek(t.ctx);
    const before = await names(t);
    // Over the holidays: Monday morning not offered, Tuesday morning with 2 seats, a Saturday session added.
    await t.db.sessionTemplates.update(MONDAY_MORNING, { active: false });
    await t.db.sessionTemplates.update(TUESDAY_MORNING, { seats: 2 });
    await copyDaySessions(t.ctx, { fromWeekday: 1, toWeekdays: [6] });

    const { plan, saved } = await normalWeekPlan(t.db);
    expect(saved).toBe(true);
    expect(plan.add).toEqual([]);
    expect(plan.change.map((c) => [sessionOnDay(c.session), c.to.seats, c.to.active])).toEqual([
      ['Monday Morning (09:00–13:00)', 6, true],
      ['Tuesday Morning (09:00–13:00)', 6, true],
    ]);
    expect(plan.stop.map(sessionOnDay)).toEqual(['Saturday Afternoon (13:00–17:00)']);

    await applyNormalWeek(t.ctx, weekPlanKey(plan));
    expect(await names(t)).toEqual(before);
    expect((await t.db.sessionTemplates.get(TUESDAY_MORNING))?.seats).toBe(6);
  });

  it('is not applied when the sessions changed since the officer looked', async () => {
    const t = await bookableWorld();
    await saveNormalWeek(t.ctx);
    await t.db.sessionTemplates.update(MONDAY_MORNING, { active: false });
    const { plan } = await normalWeekPlan(t.db);
    await t.db.sessionTemplates.update(TUESDAY_MORNING, { active: false, revision: 2 });
    await expect(applyNormalWeek(t.ctx, weekPlanKey(plan))).rejects.toThrow(
      'The normal week was not applied. The sessions were changed since you looked',
    );
    expect((await t.db.sessionTemplates.get(MONDAY_MORNING))?.active).toBe(false);
  });

  it('cannot be saved when no session is offered', async () => {
    const t = await freshDb();
    await expect(saveNormalWeek(t.ctx)).rejects.toThrow(
      'Nothing was saved. No session is offered, so there is no week to save.',
    );
  });
});
