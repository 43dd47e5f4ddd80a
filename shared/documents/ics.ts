/**
 * Bookings as an iCalendar (`.ics`) file, built with the `ics` package. Times are written in UTC, converted
 * from the session's London wall-clock time, so the file is right across the clock changes and on a machine
 * in any zone (the package's default "local" input would read the machine's own zone). DTSTAMP is passed in,
 * so the same bookings always give the same bytes.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { IsoDate, IsoInstant } from '../dates';
import type { BookingStatus } from '../domain/schemas/booking';
import { sessionStartInstant } from '../domain/bookings/instants';
import { sentence } from '../sentence';
import { icsText } from './ics-text';

/** Appended to a booking id to make an event UID that is unique the world over and never changes. */
export const ICS_UID_DOMAIN = 'bookings.dsh-desk.invalid';

/** What a calendar event shows of one booking; `uid` is the booking id. */
export type BookingIcsView = {
  uid: string;
  date: IsoDate;
  /** London wall-clock times, `HH:mm`. */
  start: string;
  end: string;
  projectReference: string;
  projectTitle: string;
  personName: string;
  sessionLabel: string;
  organisationName: string;
  status: BookingStatus;
};

/** How the calendar is stamped: DTSTAMP is the instant the file is made, passed in for reproducible output. */
export type IcsOptions = { stampedAt: IsoInstant };

/** An instant as the UTC date array `ics` takes with input and output type `utc`. */
function utcDateArray(instant: IsoInstant): DateArray {
  const at = new Date(instant);
  return [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes()];
}

/**
 * The event of one booking. Every piece of text goes through `icsText`, so no name or title can break a line
 * and start a property or an event of its own. `timestamp` (DTSTAMP) is accepted by `ics` but missing from
 * its types.
 */
function toEvent(view: BookingIcsView, stampedAt: IsoInstant): EventAttributes & { timestamp: number } {
  const reference = icsText(view.projectReference);
  return {
    uid: `${icsText(view.uid)}@${ICS_UID_DOMAIN}`,
    timestamp: Date.parse(stampedAt),
    start: utcDateArray(sessionStartInstant(view.date, view.start)),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcDateArray(sessionStartInstant(view.date, view.end)),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `DSH session — ${reference}`,
    description: [
      `Person: ${icsText(view.personName)}`,
      `Project: ${reference} ${icsText(view.projectTitle)}`,
      `Session: ${icsText(view.sessionLabel)}, ${view.start}–${view.end} (UK time)`,
    ].join('\n'),
    location: icsText(view.organisationName),
    status: view.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/** The UTF-8 length of one character (one code point). */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds content lines at 75 octets (RFC 5545 §3.1). `ics` folds at 75 characters, which lets a line of
 * non-Latin text run to 200 octets and more; this unfolds its lines and folds them again by UTF-8 octets,
 * never inside a character.
 */
function foldByOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const char of line) {
        const size = utf8Octets(char);
        // 75 octets on the first line; 74 after it, as each continuation starts with a space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += char;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** A calendar (UTF-8 bytes) with one event per booking; cancelled bookings have STATUS:CANCELLED. */
export function bookingsToIcs(views: readonly BookingIcsView[], options: IcsOptions): Uint8Array {
  const { error, value } = createEvents(
    views.map((view) => toEvent(view, options.stampedAt)),
    { productId: '-//DSH Desk//Bookings//EN', calName: 'DSH bookings' },
  );
  if (error || value === null) {
    throw new Error(sentence(`The calendar file could not be made: ${error?.message ?? 'no output'}`));
  }
  return new TextEncoder().encode(foldByOctets(value));
}

/** A calendar (UTF-8 bytes) holding the event of one booking. */
export function bookingToIcs(view: BookingIcsView, options: IcsOptions): Uint8Array {
  return bookingsToIcs([view], options);
}
