/**
 * Booking several at once: a plan (people × sessions of one day × a weekly repeat) and the batch of
 * bookings the officer confirmed from its preview. Both are checked here before anything is read or written.
 */
import { z } from 'zod';
import { BookingFormSchema } from './booking';
import { idField, isoDateField, strictForm, wholeNumberField } from './fields';

/** The longest weekly repeat booked at once (half a year). */
export const MAX_REPEAT_WEEKS = 26;
/** The most people booked together. */
export const MAX_PEOPLE_PER_PLAN = 50;
/** The most bookings written in one confirmed batch. */
export const MAX_BOOKINGS_PER_BATCH = 1000;

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

/** What "Book sessions" asks: who, which sessions of the first day, and for how many weeks. */
export const BookingPlanFormSchema = strictForm({
  projectId: idField('Project', 'Choose the project.'),
  personIds: z
    .array(idField('Person', 'Choose who is booking.'), { error: 'Choose at least one person.' })
    .min(1, 'Choose at least one person.')
    .max(MAX_PEOPLE_PER_PLAN, `Book at most ${MAX_PEOPLE_PER_PLAN} people at once.`)
    .refine(unique, 'A person is chosen twice.'),
  firstDate: isoDateField('First day'),
  sessionIds: z
    .array(idField('Session', 'Choose a session.'), { error: 'Choose at least one session.' })
    .min(1, 'Choose at least one session.')
    .refine(unique, 'A session is chosen twice.'),
  weeks: wholeNumberField('Weeks', 1, MAX_REPEAT_WEEKS),
});
/** What the "Book sessions" form holds. */
export type BookingPlanForm = z.infer<typeof BookingPlanFormSchema>;

const slotKey = (b: { personId: string; date: string; sessionId: string }) =>
  `${b.personId}|${b.date}|${b.sessionId}`;

/** The bookings an officer confirmed from a preview: one project, no booking asked twice. */
export const BookingBatchSchema = z
  .array(BookingFormSchema, { error: 'Nothing to book.' })
  .min(1, 'Nothing to book: every booking in the preview was refused.')
  .max(MAX_BOOKINGS_PER_BATCH, `Book at most ${MAX_BOOKINGS_PER_BATCH} sessions at once.`)
  .superRefine((batch, ctx) => {
    if (new Set(batch.map((b) => b.projectId)).size > 1) {
      ctx.addIssue({ code: 'custom', message: 'Book for one project at a time.' });
    }
    if (new Set(batch.map(slotKey)).size !== batch.length) {
      ctx.addIssue({ code: 'custom', message: 'A person is booked twice in one session.' });
    }
  });
/** A confirmed batch of bookings. */
export type BookingBatch = z.infer<typeof BookingBatchSchema>;
