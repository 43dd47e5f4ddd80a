/**
 * One row of the file read into a shape's fields, with every refusal said as the officer needs it: the row,
 * the column, the value and the rule. Formulas are never evaluated: a formula cell, or text a spreadsheet
 * would run as one (= + - @ at the start), is refused, except a phone number written +44…. A leading
 * apostrophe before such text (how DSH Desk's own exports neutralise it) is dropped.
 */
import { FORMULA_START } from '../documents/csv/to-csv';
import { STAGES, TRAINING_KINDS, stageLabel, type Stage, type TrainingKind } from '../domain';
import type { ColumnMapping } from './mapping';
import { SHAPE_FIELDS, foldHeader, type ImportField, type ImportShape } from './shapes';
import { columnLetters, type Sheet, type SheetRow } from './sheet';
import { cellDate } from './uk-dates';

/** Why a row (or one of its cells) is refused. */
export interface RowIssue {
  rowNumber: number;
  /** The column as the officer sees it: `C (Completion date)`; empty for the whole row. */
  column: string;
  value: string;
  message: string;
}

/** A row's fields as text (dates already ISO), and its issues. */
export interface RowValues {
  rowNumber: number;
  values: Record<string, string>;
  issues: RowIssue[];
}

const PHONE_START = /^\+[0-9]/;

/** The course a cell names: the DSH's own words, or what teams commonly write. */
export function trainingKindOf(text: string): TrainingKind | undefined {
  const folded = foldHeader(text);
  if ((TRAINING_KINDS as readonly string[]).includes(text.trim())) return text.trim() as TrainingKind;
  if (/\b(dsa|data security|nhs|ig training|information governance)\b/.test(folded)) return 'nhs-dsa-level-1';
  if (/\b(dsh|environment|safe haven|induction)\b/.test(folded)) return 'dsh-environment';
  return undefined;
}

/** The stage a cell names ("Set Up", "setup", "4 Access"…). */
export function stageOf(text: string): Stage | undefined {
  const folded = foldHeader(text).replace(/^\d+ /, '').replace(/ /g, '');
  return STAGES.find(
    (stage) => stage === folded || foldHeader(stageLabel(stage)).replace(/ /g, '') === folded,
  );
}

/** The column's name in messages: its letter and header. */
export function columnName(sheet: Pick<Sheet, 'headers'>, index: number): string {
  const header = sheet.headers[index];
  return header ? `${columnLetters(index)} (${header})` : columnLetters(index);
}

/** A maker of a row's issues, each naming the field's column and its value as the file wrote it. */
export function rowIssueMaker(
  sheet: Pick<Sheet, 'headers'>,
  read: Pick<RowValues, 'rowNumber' | 'values'>,
  mapping: ColumnMapping,
): (field: string, message: string) => RowIssue {
  return (field, message) => {
    const index = mapping[field];
    return {
      rowNumber: read.rowNumber,
      column: index === undefined ? '' : columnName(sheet, index),
      value: read.values[field] ?? '',
      message,
    };
  };
}

/** One field's value from its cell, or the issue that refuses it. */
function fieldValue(
  sheet: Sheet,
  row: SheetRow,
  field: ImportField,
  index: number,
): { value: string } | { issue: RowIssue } {
  const cell = row.cells[index] ?? { text: '' };
  const issue = (message: string, value = cell.text) => ({
    issue: { rowNumber: row.rowNumber, column: columnName(sheet, index), value, message },
  });
  if (cell.formula) {
    return issue(
      `is a formula (${cell.formula}). DSH Desk never calculates formulas: replace it with the value itself.`,
      cell.formula,
    );
  }
  let text = cell.text.trim();
  if (/^'[=+\-@]/.test(text)) text = text.slice(1);
  else if (FORMULA_START.test(text) && !(field.key === 'phone' && PHONE_START.test(text))) {
    return issue(
      `starts with “${text[0]}”, so a spreadsheet would run it as a formula. DSH Desk does not import it: remove the “${text[0]}”.`,
    );
  }
  if (text === '') return { value: '' };
  if (field.date) {
    const reading = cellDate(cell, sheet.date1904);
    return reading.ok ? { value: reading.date } : issue(`${field.label} ${reading.message}`);
  }
  if (field.key === 'stage') {
    const stage = stageOf(text);
    return stage
      ? { value: stage }
      : issue(`is not a stage: write one of ${STAGES.map((value) => stageLabel(value)).join(', ')}.`);
  }
  if (field.key === 'kind') {
    const kind = trainingKindOf(text);
    return kind
      ? { value: kind }
      : issue('is not a course DSH Desk records: write “NHS DSA Level 1” or “DSH environment training”.');
  }
  return { value: text };
}

/** The row's fields through the mapping, with the issues found reading its cells. */
export function rowValues(
  shape: ImportShape,
  sheet: Sheet,
  row: SheetRow,
  mapping: ColumnMapping,
): RowValues {
  const values: Record<string, string> = {};
  const issues: RowIssue[] = [];
  if (row.problem) issues.push({ rowNumber: row.rowNumber, column: '', value: '', message: row.problem });
  for (const field of SHAPE_FIELDS[shape]) {
    const index = mapping[field.key];
    if (index === undefined) continue;
    const read = fieldValue(sheet, row, field, index);
    if ('issue' in read) issues.push(read.issue);
    else if (read.value !== '') values[field.key] = read.value;
  }
  return { rowNumber: row.rowNumber, values, issues };
}
