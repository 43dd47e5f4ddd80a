/**
 * A projects row read as an enquiry (checked by the enquiry form's own schema), the stage it is at, its
 * reference when the file has one, its lead researcher and members by e-mail address, and planned dates.
 * Who the e-mail addresses belong to is looked up when the import is planned.
 */
import { EnquiryFormSchema, PROJECT_REFERENCE_PATTERN, type EnquiryForm, type Stage } from '../domain';
import type { ColumnMapping } from './mapping';
import { rowIssueMaker, type RowIssue, type RowValues } from './row-values';
import { foldEmail } from './shapes';
import type { Sheet } from './sheet';

/** A projects row, checked. */
export interface ProjectRowForm {
  reference?: string;
  stage: Stage;
  enquiry: EnquiryForm;
  leadEmail?: string;
  memberEmails: string[];
  plannedStart?: string;
  plannedEnd?: string;
}

const ENQUIRY_FIELDS: Record<string, string> = {
  title: 'title',
  receivedOn: 'receivedOn',
  description: 'description',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  'contact.organisation': 'organisation',
};

/** The row as a project, or its issues (each naming the column it is about). */
export function projectRow(
  sheet: Sheet,
  read: RowValues,
  mapping: ColumnMapping,
): { ok: true; form: ProjectRowForm; key: string } | { ok: false; issues: RowIssue[] } {
  const { values } = read;
  const issue = rowIssueMaker(sheet, read, mapping);
  const issues: RowIssue[] = [];
  const parsed = EnquiryFormSchema.safeParse({
    title: values['title'],
    receivedOn: values['receivedOn'],
    description: values['description'],
    contact: {
      name: values['contactName'],
      email: values['contactEmail'],
      organisation: values['organisation'],
    },
  });
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      issues.push(issue(ENQUIRY_FIELDS[problem.path.join('.')] ?? '', problem.message));
    }
  }
  const reference = values['reference']?.toUpperCase();
  if (reference && !PROJECT_REFERENCE_PATTERN.test(reference)) {
    issues.push(
      issue('reference', 'is not a project reference: write it as DSH-2026-014, or leave it empty.'),
    );
  }
  const memberEmails = (values['memberEmails'] ?? '')
    .split(/[;,\s]+/)
    .filter(Boolean)
    .map(foldEmail);
  const { plannedStart, plannedEnd } = values;
  if (plannedStart && plannedEnd && plannedEnd <= plannedStart) {
    issues.push(issue('plannedEnd', 'Planned end must be after planned start.'));
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const leadEmail = values['leadEmail'] && foldEmail(values['leadEmail']);
  const form: ProjectRowForm = {
    stage: values['stage'] as Stage,
    enquiry: parsed.data,
    memberEmails: [...new Set([...(leadEmail ? [leadEmail] : []), ...memberEmails])],
    ...(reference ? { reference } : {}),
    ...(leadEmail ? { leadEmail } : {}),
    ...(plannedStart ? { plannedStart } : {}),
    ...(plannedEnd ? { plannedEnd } : {}),
  };
  const key = reference ?? `${parsed.data.title.toLowerCase()} ${parsed.data.receivedOn}`;
  return { ok: true, form, key };
}
