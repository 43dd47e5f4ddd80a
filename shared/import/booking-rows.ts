/**
 * A bookings row read as a booking request: the person (by e-mail address), the project (by reference), the
 * day and the session as written. Which person, project and session those are, and whether every booking
 * rule allows it, is decided when the import is planned (against the database).
 */
import { PROJECT_REFERENCE_PATTERN, describeSession, type SessionTemplate } from '../domain';
import type { ColumnMapping } from './mapping';
import { rowIssueMaker, type RowIssue, type RowValues } from './row-values';
import { SHAPE_FIELDS, foldEmail } from './shapes';
import type { Sheet } from './sheet';

/** A bookings row, checked. */
export interface BookingRowForm {
  email: string;
  projectReference: string;
  date: string;
  /** The session as the file writes it ("Morning", "09:00–13:00", "Morning (09:00–13:00)"). */
  session: string;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The row as a booking request, or its issues (each naming its column). */
export function bookingRow(
  sheet: Sheet,
  read: RowValues,
  mapping: ColumnMapping,
): { ok: true; form: BookingRowForm; key: string } | { ok: false; issues: RowIssue[] } {
  const { values } = read;
  const issue = rowIssueMaker(sheet, read, mapping);
  const issues: RowIssue[] = [];
  for (const field of SHAPE_FIELDS.bookings) {
    if (!values[field.key]) issues.push(issue(field.key, `${field.label} is needed for a booking.`));
  }
  const email = foldEmail(values['email'] ?? '');
  if (email && !EMAIL_SHAPE.test(email)) issues.push(issue('email', 'is not an e-mail address.'));
  const projectReference = (values['projectReference'] ?? '').toUpperCase();
  if (projectReference && !PROJECT_REFERENCE_PATTERN.test(projectReference)) {
    issues.push(issue('projectReference', 'is not a project reference: write it as DSH-2026-014.'));
  }
  if (issues.length > 0) return { ok: false, issues };
  const form = { email, projectReference, date: values['date']!, session: values['session']! };
  return { ok: true, form, key: `${email} ${projectReference} ${form.date} ${foldSession(form.session)}` };
}

/** Session words compared without letter case, spaces, or the kind of dash; "9:00" reads as "09:00". */
function foldSession(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\b(\d):(\d\d)\b/g, '0$1:$2')
    .replace(/\./g, ':')
    .replace(/\s+/g, '');
}

/** Whether the file's words name this session: its label, its start time, its times, or both. */
export function namesSession(
  text: string,
  session: Pick<SessionTemplate, 'start' | 'end' | 'label'>,
): boolean {
  const folded = foldSession(text);
  const names = [session.start, `${session.start}-${session.end}`, describeSession(session)];
  if (session.label) names.push(session.label);
  return names.some((name) => foldSession(name) === folded);
}
