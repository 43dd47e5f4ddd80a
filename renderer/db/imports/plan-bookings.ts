/**
 * The preview of a bookings file: each row's person (by e-mail address), project (by reference) and session
 * (the day's session the file names) are found, then every booking rule is checked as a booking made on the
 * screen is (`canBook`: the project active and its connection booked, the person a member and ready on that
 * day, a free seat, one booking per person per session, no blackout day, within the horizon and the weekly
 * quota), each row counting the rows before it that will be booked. A booking already recorded is left as it
 * is, so an exported file imports again unchanged. Nothing is written here.
 */
import type { BookingForm, BookingSlot, Project, SessionTemplate } from '../../../shared/domain';
import {
  describeSession,
  isoWeekdayOf,
  planBookings,
  planSpan,
  weekdayName,
  type PlannedBooking,
} from '../../../shared/domain';
import { formatShortDate } from '../../../shared/dates';
import { namesSession, type BookingRowForm } from '../../../shared/import/booking-rows';
import type { RowIssue } from '../../../shared/import/row-values';
import type { DshDatabase } from '../database';
import { RefusedError } from '../errors';
import { bookingPlanFacts } from '../repositories/booking-plans';
import { listSessionTemplates } from '../repositories/catalogues';

/** A booking the import will make, with the words of its preview line. */
export interface PlannedBookingRow {
  form: BookingForm;
  personName: string;
  reference: string;
  sessionName: string;
}

/** What a bookings row will do. */
export type BookingPlanning =
  | { rowNumber: number; action: 'create-booking'; booking: PlannedBookingRow }
  | { rowNumber: number; action: 'unchanged'; what: string }
  | { rowNumber: number; action: 'refuse'; issues: RowIssue[] };

/** A row whose person, project and session were found: judged by the rules next. */
interface Found {
  rowNumber: number;
  form: BookingForm;
  reference: string;
  sessionName: string;
}

const refuse = (rowNumber: number, column: string, value: string, message: string): BookingPlanning => ({
  rowNumber,
  action: 'refuse',
  issues: [{ rowNumber, column, value, message }],
});

/** The session of `date` the file's words name, or the sentence saying which sessions that day has. */
function sessionOf(
  templates: readonly SessionTemplate[],
  date: string,
  text: string,
): SessionTemplate | string {
  const weekday = isoWeekdayOf(date);
  const ofDay = templates.filter((template) => template.weekday === weekday);
  const found = ofDay.find((template) => namesSession(text, template));
  if (found) return found;
  const day = weekdayName(weekday);
  return ofDay.length === 0
    ? `is not a session: there are no sessions on a ${day} (${formatShortDate(date)}).`
    : `is not a session on a ${day}: write one of ${ofDay.map(describeSession).join(', ')}.`;
}

/** Plans the rows of a bookings file (`ids`: folded e-mail address → person id), judged at `now`. */
export async function planBookingRows(
  db: DshDatabase,
  rows: readonly { rowNumber: number; form: BookingRowForm }[],
  ids: ReadonlyMap<string, string>,
  now: Date,
): Promise<BookingPlanning[]> {
  const templates = await listSessionTemplates(db);
  const projects = new Map<string, Project | undefined>();
  const outcomes = new Map<number, BookingPlanning>();
  const found: Found[] = [];
  for (const { rowNumber, form } of rows) {
    const personId = ids.get(form.email);
    if (!personId) {
      outcomes.set(
        rowNumber,
        refuse(rowNumber, 'E-mail address', form.email, 'is not the e-mail address of anyone recorded.'),
      );
      continue;
    }
    if (!projects.has(form.projectReference)) {
      const project = await db.projects.where('reference').equals(form.projectReference).first();
      projects.set(form.projectReference, project);
    }
    const project = projects.get(form.projectReference);
    if (!project) {
      const message = 'is not the reference of any project recorded. Import the projects first.';
      outcomes.set(rowNumber, refuse(rowNumber, 'Project reference', form.projectReference, message));
      continue;
    }
    const session = sessionOf(templates, form.date, form.session);
    if (typeof session === 'string') {
      outcomes.set(rowNumber, refuse(rowNumber, 'Session', form.session, session));
      continue;
    }
    const request = { personId, projectId: project.id, date: form.date, sessionId: session.id };
    const same = await db.bookings
      .where('[personId+date]')
      .equals([personId, form.date])
      .filter((booking) => booking.status === 'booked' && booking.sessionId === session.id)
      .first();
    if (same) {
      const what =
        same.projectId === project.id
          ? 'This booking is already recorded; the import leaves it as it is.'
          : 'This person is already booked in this session for another project; the import leaves that booking as it is.';
      outcomes.set(rowNumber, { rowNumber, action: 'unchanged', what });
      continue;
    }
    found.push({
      rowNumber,
      form: request,
      reference: project.reference,
      sessionName: describeSession(session),
    });
  }
  const judged = await judgeBookings(
    db,
    found.map((row) => row.form),
    now,
  );
  judged.forEach((planned, index) => {
    const row = found[index]!;
    if (planned.decision.allowed) {
      const { form, reference, sessionName } = row;
      const booking = { form, personName: planned.personName, reference, sessionName };
      outcomes.set(row.rowNumber, { rowNumber: row.rowNumber, action: 'create-booking', booking });
    } else {
      outcomes.set(row.rowNumber, refuse(row.rowNumber, '', '', planned.decision.reasons.join(' ')));
    }
  });
  return rows.map(({ rowNumber }) => outcomes.get(rowNumber)!);
}

/**
 * Every booking rule's answer for each of `forms` (in their order), each counting the ones before it that are
 * allowed. One project at a time, since the rules' facts are per project; reads one await at a time, so it
 * also runs inside the import's transaction (run.ts judges the bookings again there before writing them).
 */
export async function judgeBookings(
  db: DshDatabase,
  forms: readonly BookingForm[],
  now: Date,
): Promise<PlannedBooking[]> {
  const answers: PlannedBooking[] = new Array<PlannedBooking>(forms.length);
  const accepted: BookingSlot[] = [];
  for (const projectId of new Set(forms.map((form) => form.projectId))) {
    const indexes = forms.flatMap((form, index) => (form.projectId === projectId ? [index] : []));
    const requests = indexes.map((index) => forms[index]!);
    const { from, to } = planSpan(requests);
    const personIds = [...new Set(requests.map((request) => request.personId))];
    const facts = await bookingPlanFacts(db, projectId, personIds, from, to);
    const judged = planBookings(requests, { ...facts, bookings: [...facts.bookings, ...accepted] }, now);
    judged.forEach((planned, i) => {
      answers[indexes[i]!] = planned;
      if (planned.decision.allowed) {
        accepted.push({ ...planned.request, id: `import-${indexes[i]!}`, status: 'booked' });
      }
    });
  }
  return answers;
}

/**
 * The bookings judged again inside the import's transaction, by the same rules as the preview: if a seat was
 * taken or a rule changed since, nothing is imported and the officer is told which rows to look at again.
 */
export async function checkBookingsAgain(
  db: DshDatabase,
  rows: readonly { rowNumber: number; form: BookingForm }[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const judged = await judgeBookings(
    db,
    rows.map((row) => row.form),
    now,
  );
  const refused = judged.flatMap((planned, index) =>
    planned.decision.allowed ? [] : [`Row ${rows[index]!.rowNumber}: ${planned.decision.reasons.join(' ')}`],
  );
  if (refused.length > 0) {
    throw new RefusedError(
      refused.slice(0, 10),
      'Nothing was imported: something changed since the preview. Preview the file again.',
    );
  }
}
