/** Looking up the names a project record prints, with plain words when something is missing. */
import { formatLongDate } from '../../dates';
import type { ProjectRecordInput } from './project-record-input';

/** What is printed for a value nobody has recorded. */
export const NOT_RECORDED = 'Not recorded';

/** A person's name by id. */
export function personNameOf(input: ProjectRecordInput, personId: string | undefined): string {
  if (!personId) return NOT_RECORDED;
  return input.people.find((person) => person.id === personId)?.name ?? 'Unknown person';
}

/** A staff member's name by id. */
export function staffNameOf(input: ProjectRecordInput, staffId: string): string {
  return input.staffNames[staffId] ?? 'Unknown staff member';
}

/** A date the readable way, or "Not recorded". */
export function dateOrNot(day: string | undefined): string {
  return day ? formatLongDate(day) : NOT_RECORDED;
}

/** Text, or "Not recorded" when it is missing or blank. */
export function textOrNot(text: string | undefined): string {
  return text && text.trim() !== '' ? text : NOT_RECORDED;
}
