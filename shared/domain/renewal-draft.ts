/**
 * The renewal e-mail for a researcher booked on the core connection whose training will have lapsed by the
 * day of a booking: which bookings, when the training runs out, and what to send back. Like every draft, it
 * is opened in the mail client (`mailtoUrl`) and never sent by the app.
 */
import { formatLongDate, type IsoDate } from '../dates';
import type { EmailDraft } from './email-drafts';

/** What a renewal draft is written from. */
export interface RenewalDraftInput {
  to: string;
  recipientName: string;
  organisationName: string;
  /** The last day their NHS DSA Level 1 is valid today; undefined when none is valid now. */
  dsaValidUntil?: IsoDate;
  /** The bookings at risk, as "Monday 14 December 2026, 09:00–13:00, DSH-2026-014". */
  bookings: readonly { date: IsoDate; session: string; projectReference: string }[];
}

/** The renewal draft: a subject naming the first booking at risk, and a body listing every one. */
export function trainingRenewalDraft(input: RenewalDraftInput): EmailDraft {
  const first = input.bookings[0];
  const subject = first
    ? `Please renew your DSH training before your booking on ${formatLongDate(first.date)}`
    : 'Please renew your DSH training';
  const expiry = input.dsaValidUntil
    ? `Our records show that your NHS Digital Data Security Awareness – Level 1 training is valid until ${formatLongDate(input.dsaValidUntil)}.`
    : 'Our records show no NHS Digital Data Security Awareness – Level 1 training that is valid now.';
  const listed = input.bookings
    .map((booking) => `- ${formatLongDate(booking.date)}, ${booking.session}, ${booking.projectReference}`)
    .join('\n');
  const body = [
    `Dear ${input.recipientName},`,
    `${expiry} Without valid training you cannot use the Data Safe Haven on the day of ${input.bookings.length === 1 ? 'this booking' : 'these bookings'}:`,
    listed,
    'Please renew the training online and send us your new certificate before then, so that your booking can stand.',
    `Kind regards,\nThe ${input.organisationName} team`,
  ];
  return { to: input.to, subject, body: body.filter((part) => part !== '').join('\n\n') };
}
