/** What each previewed row will do, in the officer's words, and which rows a filter shows. */
import { formatShortDate } from '../../../shared/dates';
import { stageLabel, trainingLabel } from '../../../shared/domain';
import type { PlannedRow } from '../../db/imports/plan';

/** The preview's filters. */
export type RowFilter = 'all' | 'refuse' | 'create' | 'update' | 'unchanged';

/** The filters as the list names them. */
export const FILTER_LABELS: Record<RowFilter, string> = {
  all: 'Every row',
  refuse: 'Refused',
  create: 'New records',
  update: 'Updates',
  unchanged: 'Already recorded',
};

/** Whether `row` shows under `filter`. */
export function shows(row: PlannedRow, filter: RowFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'create') return row.action.startsWith('create-');
  if (filter === 'update') return row.action === 'update-person';
  return row.action === filter;
}

/** The outcome of a row in one or two words. */
export function outcomeOf(row: PlannedRow): string {
  switch (row.action) {
    case 'create-person':
    case 'create-training':
    case 'create-project':
    case 'create-booking':
      return 'New';
    case 'update-person':
      return 'Update';
    case 'unchanged':
      return 'Already recorded';
    case 'refuse':
      return 'Refused';
  }
}

/** What the row will do, or why it is refused: one line per issue. */
export function detailsOf(row: PlannedRow): string[] {
  switch (row.action) {
    case 'create-person':
      return [`${row.form.name} (${row.form.email}), ${row.form.organisation}`];
    case 'update-person':
      return [`${row.form.name} (${row.form.email}): new ${row.changed.join(', ')}`];
    case 'create-training':
      return [
        `${trainingLabel(row.form.kind)} of ${row.email}, completed ${formatShortDate(row.form.completedOn)}` +
          (row.form.expiresOn ? `, expires ${formatShortDate(row.form.expiresOn)}` : ''),
      ];
    case 'create-project': {
      const { body, members, gaps } = row.project;
      const lands = `${body.reference ?? 'A new reference'}: “${body.title}”, at ${stageLabel(body.stage)}, with ${members.length} ${members.length === 1 ? 'member' : 'members'}`;
      return gaps.length === 0 ? [lands] : [`${lands}. Not met on the way (the officer decides):`, ...gaps];
    }
    case 'create-booking': {
      const { personName, reference, sessionName, form } = row.booking;
      return [`${personName} on ${reference}: ${formatShortDate(form.date)}, ${sessionName}`];
    }
    case 'unchanged':
      return [row.what];
    case 'refuse':
      return row.issues.map((issue) => {
        const where = issue.column ? `Column ${issue.column}` : 'This row';
        const value = issue.value === '' ? 'is empty' : `“${issue.value}”`;
        return issue.column ? `${where}, ${value}: ${issue.message}` : `${where}: ${issue.message}`;
      });
  }
}
