/**
 * A row's values checked by the same zod schemas as the forms (so an imported person obeys every rule a
 * typed one does), and rows that repeat an earlier row of the same file refused with that row's number.
 */
import { PersonFormSchema, TrainingFormSchema, type PersonForm, type TrainingForm } from '../domain';
import type { ColumnMapping } from './mapping';
import { bookingRow, type BookingRowForm } from './booking-rows';
import { projectRow, type ProjectRowForm } from './project-rows';
import { rowIssueMaker, rowValues, type RowIssue } from './row-values';
import { foldEmail, type ImportShape } from './shapes';
import type { Sheet } from './sheet';

/** A training row's form, without the person (found by the e-mail address when the import is planned). */
export type TrainingRowForm = Omit<TrainingForm, 'personId'> & { email: string };

/** What a checked row holds, by shape. */
export type ImportRowForm = PersonForm | TrainingRowForm | ProjectRowForm | BookingRowForm;

/** A row read and checked: its form when it passed, its issues when it did not. */
export type CheckedRow<F> =
  | { rowNumber: number; ok: true; form: F; key: string }
  | { rowNumber: number; ok: false; issues: RowIssue[] };

/** Stands in for the person until the import looks the e-mail address up. */
const SOMEONE = '00000000-0000-4000-8000-000000000000';

function withoutEmail(values: Record<string, string>): Record<string, string> {
  const { email: _email, ...rest } = values;
  return rest;
}

/** Every data row of the sheet read as a person, a training record, a project or a booking, in file order. */
export function checkRows(
  shape: ImportShape,
  sheet: Sheet,
  mapping: ColumnMapping,
): CheckedRow<ImportRowForm>[] {
  const firstRowOf = new Map<string, number>();
  return sheet.rows.map((row) => {
    const read = rowValues(shape, sheet, row, mapping);
    const { rowNumber, values, issues } = read;
    if (issues.length > 0) return { rowNumber, ok: false, issues };
    if (shape === 'projects' || shape === 'bookings') {
      const checked =
        shape === 'projects' ? projectRow(sheet, read, mapping) : bookingRow(sheet, read, mapping);
      if (!checked.ok) return { rowNumber, ok: false, issues: checked.issues };
      const first = firstRowOf.get(checked.key);
      const same = shape === 'projects' ? 'the same project' : 'the same booking';
      if (first !== undefined) {
        return {
          rowNumber,
          ok: false,
          issues: [
            {
              rowNumber,
              column: '',
              value: '',
              message: `repeats row ${first} (${same}): remove one of the two rows.`,
            },
          ],
        };
      }
      firstRowOf.set(checked.key, rowNumber);
      return { rowNumber, ok: true, form: checked.form, key: checked.key };
    }
    const parsed =
      shape === 'people'
        ? PersonFormSchema.safeParse(values)
        : TrainingFormSchema.safeParse({ ...withoutEmail(values), personId: SOMEONE });
    const issue = rowIssueMaker(sheet, read, mapping);
    if (!parsed.success) {
      const refused = parsed.error.issues.map((problem) =>
        issue(String(problem.path[0] ?? ''), problem.message),
      );
      return { rowNumber, ok: false, issues: refused };
    }
    const email = foldEmail(values['email'] ?? '');
    const form =
      shape === 'people'
        ? (parsed.data as PersonForm)
        : (({ personId: _someone, ...rest }: TrainingForm) => ({ ...rest, email }))(
            parsed.data as TrainingForm,
          );
    const key = shape === 'people' ? email : `${email} ${values['kind']} ${values['completedOn']}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      const what = shape === 'people' ? 'the same e-mail address' : 'the same training on the same day';
      return {
        rowNumber,
        ok: false,
        issues: [issue('email', `repeats row ${first} (${what}): remove one of the two rows.`)],
      };
    }
    firstRowOf.set(key, rowNumber);
    return { rowNumber, ok: true, form, key: email };
  });
}
