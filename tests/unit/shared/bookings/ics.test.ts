/**
 * @jest-environment ./tests/unit/shared/bookings/new-york-time-environment.cjs
 */
import ICAL from 'ical.js';
import {
  ICS_UID_DOMAIN,
  bookingToIcs,
  bookingsToIcs,
  type BookingIcsView,
} from '../../../../shared/documents/ics';
import { fixtureId } from '../../../helpers/domain-fixtures';

const stampedAt = '2026-11-25T10:00:00.000Z';

function aView(overrides: Partial<BookingIcsView> = {}): BookingIcsView {
  return {
    uid: fixtureId(5001),
    date: '2026-01-14',
    start: '09:00',
    end: '13:00',
    projectReference: 'DSH-2026-014',
    projectTitle: 'Hospital admissions after long COVID',
    personName: 'Dr A Smith',
    sessionLabel: 'Morning',
    organisationName: 'Westmoor Data Safe Haven',
    status: 'booked',
    ...overrides,
  };
}

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** The VEVENTs of a calendar file, parsed by ical.js. */
function eventsOf(bytes: Uint8Array): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text(bytes))).getAllSubcomponents('vevent');
}

/** A date-time property as an instant, checking that it was written in UTC. */
function utcInstant(event: ICAL.Component, name: string): string {
  const time = event.getFirstPropertyValue(name) as ICAL.Time;
  expect(time.zone?.tzid).toBe('UTC');
  return time.toJSDate().toISOString();
}

describe('bookings as an .ics calendar', () => {
  it('runs in New York time, so a time that followed the machine’s zone would show', () => {
    expect(new Date('2026-01-14T12:00:00Z').getTimezoneOffset()).toBe(300);
  });

  it.each([
    ['a winter day (GMT)', '2026-01-14', '2026-01-14T09:00:00.000Z', '2026-01-14T13:00:00.000Z'],
    ['a summer day (BST)', '2026-07-14', '2026-07-14T08:00:00.000Z', '2026-07-14T12:00:00.000Z'],
    [
      'the Monday after the clocks go forward',
      '2026-03-30',
      '2026-03-30T08:00:00.000Z',
      '2026-03-30T12:00:00.000Z',
    ],
    [
      'the Monday after the clocks go back',
      '2026-10-26',
      '2026-10-26T09:00:00.000Z',
      '2026-10-26T13:00:00.000Z',
    ],
    [
      'a day New York is on summer time and London is not',
      '2026-03-20',
      '2026-03-20T09:00:00.000Z',
      '2026-03-20T13:00:00.000Z',
    ],
  ])('writes the 09:00–13:00 session of %s in UTC', (_, date, start, end) => {
    const [event] = eventsOf(bookingToIcs(aView({ date }), { stampedAt }));
    expect(utcInstant(event!, 'dtstart')).toBe(start);
    expect(utcInstant(event!, 'dtend')).toBe(end);
  });

  it('gives the summary, a stable UID, the description, the place and a confirmed status', () => {
    const [event] = eventsOf(bookingToIcs(aView(), { stampedAt }));
    expect(event!.getFirstPropertyValue('summary')).toBe('DSH session — DSH-2026-014');
    expect(event!.getFirstPropertyValue('uid')).toBe(`${fixtureId(5001)}@${ICS_UID_DOMAIN}`);
    expect(event!.getFirstPropertyValue('description')).toBe(
      [
        'Person: Dr A Smith',
        'Project: DSH-2026-014 Hospital admissions after long COVID',
        'Session: Morning, 09:00–13:00 (UK time)',
      ].join('\n'),
    );
    expect(event!.getFirstPropertyValue('location')).toBe('Westmoor Data Safe Haven');
    expect(event!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(utcInstant(event!, 'dtstamp')).toBe(stampedAt);
  });

  it('marks a cancelled booking CANCELLED', () => {
    const [event] = eventsOf(bookingToIcs(aView({ status: 'cancelled' }), { stampedAt }));
    expect(event!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('gives one event per booking, each with its own UID', () => {
    const views = [aView(), aView({ uid: fixtureId(5002), date: '2026-07-14', status: 'cancelled' })];
    const events = eventsOf(bookingsToIcs(views, { stampedAt }));
    expect(events.map((e) => [e.getFirstPropertyValue('uid'), e.getFirstPropertyValue('status')])).toEqual([
      [`${fixtureId(5001)}@${ICS_UID_DOMAIN}`, 'CONFIRMED'],
      [`${fixtureId(5002)}@${ICS_UID_DOMAIN}`, 'CANCELLED'],
    ]);
  });

  it('keeps non-Latin names and escaped punctuation whole, in lines of at most 75 octets', () => {
    const view = aView({
      personName: 'Łukasz Nowak-Ångström, 陈伟 and Ольга Иванова-Смирнова',
      projectTitle: 'Σωκράτης; «Долгосрочные исходы» — 長期的な転帰, C:\\data',
      organisationName: 'Prifysgol Caerdydd — Ysgol Meddygaeth',
    });
    const bytes = bookingToIcs(view, { stampedAt });
    const [event] = eventsOf(bytes);
    expect(event!.getFirstPropertyValue('description')).toBe(
      [
        `Person: ${view.personName}`,
        `Project: DSH-2026-014 ${view.projectTitle}`,
        'Session: Morning, 09:00–13:00 (UK time)',
      ].join('\n'),
    );
    expect(event!.getFirstPropertyValue('location')).toBe(view.organisationName);

    const raw = text(bytes);
    expect(raw.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = raw.split('\r\n');
    expect(lines.some((line) => line.includes('\n'))).toBe(false);
    const encoder = new TextEncoder();
    expect(Math.max(...lines.map((line) => encoder.encode(line).length))).toBeLessThanOrEqual(75);
  });

  it.each([
    ['a CR LF and a property', { projectTitle: 'Study\r\nATTENDEE:mailto:evil@example.org' }],
    ['a lone CR and a property', { projectTitle: 'Study\rATTENDEE:mailto:evil@example.org' }],
    ['LFs that end the event and start another', { personName: 'Ada\nEND:VEVENT\nBEGIN:VEVENT\nUID:x' }],
    ['lone CRs that end the event and start another', { personName: 'Ada\rEND:VEVENT\rBEGIN:VEVENT\rUID:x' }],
    ['a CR in the session label', { sessionLabel: 'Morning\rDTSTART:19700101T000000Z' }],
    ['a CR in the place', { organisationName: 'Westmoor\rLOCATION:Elsewhere' }],
    ['Unicode line breaks', { projectTitle: 'Study\u2028ATTENDEE:x\u2029END:VEVENT\u0085BEGIN:VEVENT' }],
  ] satisfies [string, Partial<BookingIcsView>][])(
    'keeps %s inside the text: one event, no property of its own',
    (_, hostile) => {
      const bytes = bookingToIcs(aView(hostile), { stampedAt });
      const raw = text(bytes);
      // Every line break in the file is a CRLF that ends a content line or folds one.
      expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
      const events = eventsOf(bytes);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event!.getAllProperties().map((p) => p.name)).toEqual([
        'uid',
        'summary',
        'dtstamp',
        'dtstart',
        'dtend',
        'description',
        'location',
        'status',
      ]);
      expect(event!.getFirstPropertyValue('uid')).toBe(`${fixtureId(5001)}@${ICS_UID_DOMAIN}`);
      const asLines = (value: string | undefined) =>
        (value ?? '').replace(/\r\n|[\r\u0085\u2028\u2029]/g, '\n');
      const view = aView(hostile);
      expect(event!.getFirstPropertyValue('description')).toBe(
        [
          `Person: ${asLines(view.personName)}`,
          `Project: DSH-2026-014 ${asLines(view.projectTitle)}`,
          `Session: ${asLines(view.sessionLabel)}, 09:00–13:00 (UK time)`,
        ].join('\n'),
      );
      expect(event!.getFirstPropertyValue('location')).toBe(asLines(view.organisationName));
    },
  );

  it('drops every other control character from the text, and reads a tab as a space', () => {
    const view = aView({
      personName: 'Ada\u0000 Love\u0007lace\u001b[31m',
      projectTitle: 'Long\tCOVID\u007f\u0090 study\u000b\u000c',
    });
    const bytes = bookingToIcs(view, { stampedAt });
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text(bytes).replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    const [event] = eventsOf(bytes);
    expect(event!.getFirstPropertyValue('description')).toBe(
      [
        'Person: Ada Lovelace[31m',
        'Project: DSH-2026-014 Long COVID study',
        'Session: Morning, 09:00–13:00 (UK time)',
      ].join('\n'),
    );
  });

  it('makes the same bytes from the same bookings (DTSTAMP is passed in)', () => {
    const views = [aView(), aView({ uid: fixtureId(5002) })];
    expect(bookingsToIcs(views, { stampedAt })).toEqual(bookingsToIcs(views, { stampedAt }));
    expect(text(bookingsToIcs(views, { stampedAt }))).toContain('DTSTAMP:20261125T100000Z\r\n');
  });
});
