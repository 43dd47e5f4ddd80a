/** When the core connection can be booked: weekly sessions with seats, and days when it cannot. */
import { z } from 'zod';
import {
  MAX,
  isoDateField,
  optionalText,
  recordFields,
  requiredText,
  strictForm,
  wholeNumberField,
  yesNoField,
} from './fields';
import { CLOCK_CHANGE_HOUR, fallsInClockChange } from '../bookings/instants';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeField = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .regex(TIME, `${label} must be a time written HH:mm, e.g. 09:00.`);

const sessionFields = {
  /** 1 = Monday … 7 = Sunday (ISO weekday). */
  weekday: wholeNumberField('Weekday', 1, 7),
  start: timeField('Start'),
  end: timeField('End'),
  seats: wholeNumberField('Seats', 1, 500),
  label: optionalText('Label', MAX.name),
  active: yesNoField('Active'),
};

function checkTimes(session: { start: string; end: string }, ctx: z.RefinementCtx): void {
  if (TIME.test(session.start) && TIME.test(session.end) && session.end <= session.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'End must be after start.' });
  }
}

/**
 * A session set up to start or end in the hour the clocks change would be skipped, or happen twice, on those
 * Sundays: refused when it is set up, with the reason. Stored sessions and backups are not re-checked, so an
 * older session still loads (its times are converted as TZDate reads them).
 */
function checkClockChange(session: { start: string; end: string }, ctx: z.RefinementCtx): void {
  const { from, until } = CLOCK_CHANGE_HOUR;
  for (const [field, label] of [
    ['start', 'Start'],
    ['end', 'End'],
  ] as const) {
    if (TIME.test(session[field]) && fallsInClockChange(session[field])) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message:
          `${label} cannot be between ${from} and ${until}: that is the hour the UK clocks change (it is ` +
          `skipped on the last Sunday of March and happens twice on the last Sunday of October), so the ` +
          `session would have no one time on those days. Choose ${until} or later, or before ${from}.`,
      });
    }
  }
}

/** Adding or editing a bookable session. */
export const SessionTemplateFormSchema = strictForm(sessionFields).superRefine((session, ctx) => {
  checkTimes(session, ctx);
  checkClockChange(session, ctx);
});
/** What the session form holds. */
export type SessionTemplateForm = z.infer<typeof SessionTemplateFormSchema>;

/** A bookable session that repeats every week (e.g. Monday 09:00–13:00, 6 seats). */
export const SessionTemplateSchema = strictForm({ ...recordFields, ...sessionFields }).superRefine(
  checkTimes,
);
/** A bookable weekly session. */
export type SessionTemplate = z.infer<typeof SessionTemplateSchema>;

const blackoutFields = {
  date: isoDateField('Date'),
  reason: requiredText('Reason', MAX.reason, 'Say why the DSH cannot be booked that day.'),
};

/** Adding a day when nothing can be booked. */
export const BlackoutDateFormSchema = strictForm(blackoutFields);
/** What the blackout form holds. */
export type BlackoutDateForm = z.infer<typeof BlackoutDateFormSchema>;

/** A day when the core connection cannot be booked (e.g. a bank holiday or maintenance). */
export const BlackoutDateSchema = strictForm({ ...recordFields, ...blackoutFields });
/** A day when the core connection cannot be booked. */
export type BlackoutDate = z.infer<typeof BlackoutDateSchema>;

const weekdayField = (label: string) => wholeNumberField(label, 1, 7);

/** Copying one weekday's sessions to other weekdays. */
export const CopyDaySessionsFormSchema = strictForm({
  fromWeekday: weekdayField('Copy from'),
  toWeekdays: z
    .array(weekdayField('Copy to'), { error: 'Choose at least one day to copy to.' })
    .min(1, 'Choose at least one day to copy to.'),
}).superRefine((copy, ctx) => {
  if (copy.toWeekdays.includes(copy.fromWeekday)) {
    ctx.addIssue({
      code: 'custom',
      path: ['toWeekdays'],
      message: 'A day cannot be copied onto itself: untick it.',
    });
  }
});
/** What the copy form holds. */
export type CopyDaySessionsForm = z.infer<typeof CopyDaySessionsFormSchema>;

/** One session of the normal week: a session template without its record fields or "offered". */
export const NormalWeekSessionSchema = strictForm({
  weekday: sessionFields.weekday,
  start: sessionFields.start,
  end: sessionFields.end,
  seats: sessionFields.seats,
  label: sessionFields.label,
}).superRefine(checkTimes);
/** One session of the normal week. */
export type NormalWeekSession = z.infer<typeof NormalWeekSessionSchema>;

/** The team's normal week: the sessions to go back to after a change (kept in the settings). */
export const NormalWeekSchema = z
  .array(NormalWeekSessionSchema, { error: 'The normal week must be a list of sessions.' })
  .min(1, 'The normal week needs at least one offered session: add one first.')
  .max(70, 'The normal week can hold at most 70 sessions.')
  .superRefine((week, ctx) => {
    const keys = week.map((s) => `${s.weekday}|${s.start}|${s.end}`);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', message: 'The normal week holds one session twice.' });
    }
  });
/** The team's normal week. */
export type NormalWeek = z.infer<typeof NormalWeekSchema>;
