/**
 * The preview of an import: what each checked row will do to the database — create a record, update a
 * person found by e-mail address (letter case and accents ignored), leave a record already there as it is,
 * or be refused and why. Nothing is written here.
 */
import type { PersonForm, TrainingRecord } from '../../../shared/domain';
import type { RowIssue } from '../../../shared/import/row-values';
import type { BookingRowForm } from '../../../shared/import/booking-rows';
import type { ProjectRowForm } from '../../../shared/import/project-rows';
import type { CheckedRow, ImportRowForm, TrainingRowForm } from '../../../shared/import/row-forms';
import { foldEmail, type ImportShape } from '../../../shared/import/shapes';
import type { DshDatabase } from '../database';
import { planBookingRows, type PlannedBookingRow } from './plan-bookings';
import { planProject, type PlannedProject } from './plan-projects';

/** What one row will do. */
export type PlannedRow =
  | { rowNumber: number; action: 'create-person'; form: PersonForm }
  | {
      rowNumber: number;
      action: 'update-person';
      id: string;
      revision: number;
      form: PersonForm;
      changed: string[];
    }
  | {
      rowNumber: number;
      action: 'create-training';
      /** The person's e-mail address, for the preview. */
      email: string;
      form: Omit<TrainingRecord, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;
    }
  | { rowNumber: number; action: 'create-project'; project: PlannedProject }
  | { rowNumber: number; action: 'create-booking'; booking: PlannedBookingRow }
  | { rowNumber: number; action: 'unchanged'; what: string }
  | { rowNumber: number; action: 'refuse'; issues: RowIssue[] };

/** The whole preview. */
export interface ImportPlan {
  shape: ImportShape;
  rows: PlannedRow[];
}

const PERSON_FIELDS: { key: keyof PersonForm; label: string }[] = [
  { key: 'name', label: 'name' },
  { key: 'organisation', label: 'organisation' },
  { key: 'department', label: 'department' },
  { key: 'phone', label: 'phone number' },
];

/** Every person's id by folded e-mail address, read from the e-mail index's keys only. */
async function peopleByEmail(db: DshDatabase): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  await db.people.orderBy('email').eachKey((email, cursor) => {
    found.set(foldEmail(String(email)), cursor.primaryKey as string);
  });
  return found;
}

function refused(rowNumber: number, message: string, value: string): PlannedRow {
  return { rowNumber, action: 'refuse', issues: [{ rowNumber, column: 'E-mail address', value, message }] };
}

/** The preview of importing `rows` (already checked against the schemas) into `db`; bookings judged at `now`. */
export async function planImport(
  db: DshDatabase,
  shape: ImportShape,
  rows: readonly CheckedRow<ImportRowForm>[],
  now: Date = new Date(),
): Promise<ImportPlan> {
  const ids = await peopleByEmail(db);
  if (shape === 'bookings') {
    // Bookings are judged together: each counts the seats and quota taken by the rows before it.
    const good = rows.flatMap((row) =>
      row.ok ? [{ rowNumber: row.rowNumber, form: row.form as BookingRowForm }] : [],
    );
    const judged = new Map((await planBookingRows(db, good, ids, now)).map((row) => [row.rowNumber, row]));
    return {
      shape,
      rows: rows.map((row): PlannedRow =>
        row.ok
          ? judged.get(row.rowNumber)!
          : { rowNumber: row.rowNumber, action: 'refuse', issues: row.issues },
      ),
    };
  }
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    if (!row.ok) {
      planned.push({ rowNumber: row.rowNumber, action: 'refuse', issues: row.issues });
      continue;
    }
    if (shape === 'projects') {
      const outcome = await planProject(db, row.form as ProjectRowForm, ids);
      const { rowNumber } = row;
      if (outcome.action === 'refuse') {
        const { column, value, message } = outcome;
        planned.push({ rowNumber, action: 'refuse', issues: [{ rowNumber, column, value, message }] });
      } else if (outcome.action === 'unchanged')
        planned.push({ rowNumber, action: 'unchanged', what: outcome.what });
      else planned.push({ rowNumber, action: 'create-project', project: outcome.project });
      continue;
    }
    const personId = ids.get(row.key);
    if (shape === 'people') {
      const form = row.form as PersonForm;
      const person = personId ? await db.people.get(personId) : undefined;
      if (!person) {
        planned.push({ rowNumber: row.rowNumber, action: 'create-person', form });
        continue;
      }
      // An empty cell never erases what is recorded; the stored e-mail address is kept as it is.
      const merged: PersonForm = { ...form, email: person.email };
      for (const { key } of PERSON_FIELDS)
        if (form[key] === undefined && person[key] !== undefined) merged[key] = person[key];
      const changed = PERSON_FIELDS.filter(({ key }) => merged[key] !== person[key]).map(
        ({ label }) => label,
      );
      planned.push(
        changed.length === 0
          ? {
              rowNumber: row.rowNumber,
              action: 'unchanged',
              what: `${person.name} is already recorded with these details.`,
            }
          : {
              rowNumber: row.rowNumber,
              action: 'update-person',
              id: person.id,
              revision: person.revision,
              form: merged,
              changed,
            },
      );
      continue;
    }
    const { email, ...training } = row.form as TrainingRowForm;
    if (!personId) {
      planned.push(
        refused(
          row.rowNumber,
          'is not the e-mail address of anyone recorded. Import the people first, then their training.',
          email,
        ),
      );
      continue;
    }
    const same = await db.trainingRecords
      .where('[personId+kind]')
      .equals([personId, training.kind])
      .filter((record) => record.completedOn === training.completedOn)
      .first();
    planned.push(
      same
        ? {
            rowNumber: row.rowNumber,
            action: 'unchanged',
            what: 'This training is already recorded on that day.',
          }
        : { rowNumber: row.rowNumber, action: 'create-training', email, form: { ...training, personId } },
    );
  }
  return { shape, rows: planned };
}

/** How many rows of each outcome the plan holds. */
export function planCounts(plan: ImportPlan): {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
} {
  const count = (test: (row: PlannedRow) => boolean) => plan.rows.filter(test).length;
  return {
    created: count((row) => row.action.startsWith('create-')),
    updated: count((row) => row.action === 'update-person'),
    unchanged: count((row) => row.action === 'unchanged'),
    refused: count((row) => row.action === 'refuse'),
  };
}
