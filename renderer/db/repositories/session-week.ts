/**
 * Setting up sessions once: copying a weekday's sessions to other weekdays, saving the sessions offered now
 * as the team's normal week, and applying it again. Each runs in one transaction with one audit event per
 * session added or changed (and one for the settings); a refusal writes nothing.
 */
import {
  CopyDaySessionsFormSchema,
  NormalWeekSchema,
  type CopyDaySessionsForm,
  type NormalWeek,
  type SessionTemplate,
} from '../../../shared/domain';
import {
  STARTER_WEEK,
  isEmptyWeekPlan,
  normalWeekOf,
  planDayCopy,
  planNormalWeek,
  weekdayName,
  type DayCopyPlan,
  type NormalWeekPlan,
} from '../../../shared/domain/bookings';
import type { DshDatabase } from '../database';
import { RefusedError } from '../errors';
import type { WriteContext } from '../write/context';
import { validated } from '../write/validate';
import { addSessionTemplate, listSessionTemplates, updateSessionTemplate } from './catalogues';
import { getSettings, updateSettings } from './settings';

const tablesOf = (db: DshDatabase) => [db.sessionTemplates, db.settings, db.auditEvents, db.meta];

/** What copying a day's sessions did: the sessions added and those already there (kept). */
export type DayCopyResult = { added: SessionTemplate[]; alreadyThere: DayCopyPlan['alreadyThere'] };

/** Copies the offered sessions of one weekday to others; sessions already there are kept, never doubled. */
export async function copyDaySessions(ctx: WriteContext, form: CopyDaySessionsForm): Promise<DayCopyResult> {
  const copy = validated(CopyDaySessionsFormSchema, form);
  const { db } = ctx;
  return db.transaction('rw', tablesOf(db), async () => {
    const templates = await listSessionTemplates(db);
    const plan = planDayCopy(templates, copy.fromWeekday, copy.toWeekdays);
    if (plan.add.length === 0) {
      const from = weekdayName(copy.fromWeekday);
      throw new RefusedError(
        [
          plan.alreadyThere.length === 0
            ? `${from} has no offered sessions to copy.`
            : `Every ${from} session is already set up on the days chosen.`,
        ],
        'No session was copied.',
      );
    }
    const added: SessionTemplate[] = [];
    for (const session of plan.add) added.push(await addSessionTemplate(ctx, session));
    return { added, alreadyThere: plan.alreadyThere };
  });
}

/** The normal week the team saved, or undefined when none is saved yet. */
export async function savedNormalWeek(db: DshDatabase): Promise<NormalWeek | undefined> {
  return (await getSettings(db)).normalWeek;
}

/** Saves the sessions offered now as the team's normal week (in the settings). */
export function saveNormalWeek(ctx: WriteContext): Promise<NormalWeek> {
  const { db } = ctx;
  return db.transaction('rw', tablesOf(db), async () => {
    const week = normalWeekOf(await listSessionTemplates(db));
    if (week.length === 0) {
      throw new RefusedError(['No session is offered, so there is no week to save.'], 'Nothing was saved.');
    }
    const normalWeek = validated(NormalWeekSchema, week);
    const { revision, ...settings } = await getSettings(db);
    await updateSettings(ctx, revision, { ...settings, normalWeek });
    return normalWeek;
  });
}

/** What applying a week would do now: the saved normal week, or the starter week when none is saved. */
export async function normalWeekPlan(db: DshDatabase): Promise<{ plan: NormalWeekPlan; saved: boolean }> {
  const saved = await savedNormalWeek(db);
  return { plan: planNormalWeek(await listSessionTemplates(db), saved ?? STARTER_WEEK), saved: !!saved };
}

/** A plan in a few words, to tell whether the sessions changed since the officer looked. */
export function weekPlanKey(plan: NormalWeekPlan): string {
  const key = (s: { weekday: number; start: string; end: string }) => `${s.weekday}@${s.start}-${s.end}`;
  return [
    plan.add.map(key).join(','),
    plan.change.map((c) => `${c.session.id}:${c.session.revision}`).join(','),
    plan.stop.map((s) => `${s.id}:${s.revision}`).join(','),
  ].join('|');
}

/**
 * Applies the normal week (or the starter week) as previewed: `expectedKey` is the preview's
 * `weekPlanKey`; when the sessions changed since, nothing is written and the officer is asked to look again.
 */
export function applyNormalWeek(ctx: WriteContext, expectedKey: string): Promise<NormalWeekPlan> {
  const { db } = ctx;
  return db.transaction('rw', tablesOf(db), async () => {
    const { plan } = await normalWeekPlan(db);
    if (weekPlanKey(plan) !== expectedKey) {
      throw new RefusedError(
        ['The sessions were changed since you looked: look at the changes again.'],
        'The normal week was not applied.',
      );
    }
    if (isEmptyWeekPlan(plan)) {
      throw new RefusedError(['The sessions already match the normal week.'], 'Nothing was changed.');
    }
    for (const session of plan.add) await addSessionTemplate(ctx, session);
    for (const { session, to } of plan.change)
      await updateSessionTemplate(ctx, session.id, session.revision, to);
    for (const session of plan.stop) {
      const { weekday, start, end, seats, label } = session;
      await updateSessionTemplate(ctx, session.id, session.revision, {
        weekday,
        start,
        end,
        seats,
        label: label ?? '',
        active: false,
      });
    }
    return plan;
  });
}
