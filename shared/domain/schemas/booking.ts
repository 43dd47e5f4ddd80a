/** Bookings of the free core connection: one person, for one project, in one session of one day. */
import type { z } from 'zod';
import { MAX, choiceField, idField, isoDateField, optionalText, recordFields, strictForm } from './fields';

/** Whether a booking stands. */
export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
/** Whether a booking stands. */
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Booking a seat for a person on a project. */
export const BookingFormSchema = strictForm({
  personId: idField('Person', 'Choose who is booking.'),
  projectId: idField('Project', 'Choose the project.'),
  date: isoDateField('Date'),
  sessionId: idField('Session', 'Choose a session.'),
});
/** What the booking form holds. */
export type BookingForm = z.infer<typeof BookingFormSchema>;

/** A booking of the core connection (`sessionId` is a SessionTemplate id). */
export const BookingSchema = strictForm({
  ...recordFields,
  personId: idField('Person', 'Choose who is booking.'),
  projectId: idField('Project', 'Choose the project.'),
  date: isoDateField('Date'),
  sessionId: idField('Session', 'Choose a session.'),
  status: choiceField('Status', BOOKING_STATUSES),
  cancelReason: optionalText('Reason for cancelling', MAX.reason),
}).superRefine((booking, ctx) => {
  if (booking.status === 'cancelled' && !booking.cancelReason) {
    ctx.addIssue({ code: 'custom', path: ['cancelReason'], message: 'Give a reason for cancelling.' });
  }
  if (booking.status === 'booked' && booking.cancelReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['cancelReason'],
      message: 'Only a cancelled booking has a reason.',
    });
  }
});
/** A booking of the core connection. */
export type Booking = z.infer<typeof BookingSchema>;
