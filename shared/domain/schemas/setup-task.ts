/** The set-up checklist: each task done once, with who did it and when. */
import type { z } from 'zod';
import { MAX, choiceField, idField, isoDateField, optionalText, recordFields, strictForm } from './fields';

/** The tasks of the set-up checklist, in the order they are usually done. */
export const SETUP_TASK_KINDS = [
  'environment-created',
  'storage-allocated',
  'applications-installed',
  'connection-configured',
  'datasets-ingested',
] as const;
/** One task of the set-up checklist. */
export type SetupTaskKind = (typeof SETUP_TASK_KINDS)[number];

const SETUP_TASK_LABELS: Record<SetupTaskKind, string> = {
  'environment-created': 'Environment created',
  'storage-allocated': 'Storage allocated',
  'applications-installed': 'Applications installed',
  'connection-configured': 'Connection configured',
  'datasets-ingested': 'Datasets ingested',
};
/** The task as the checklist names it. */
export function setupTaskLabel(kind: SetupTaskKind): string {
  return SETUP_TASK_LABELS[kind];
}

const setupTaskFields = {
  kind: choiceField('Task', SETUP_TASK_KINDS, 'Choose the task.'),
  /** A StaffMember id. */
  doneBy: idField('Done by', 'Choose who did it.'),
  doneOn: isoDateField('Date done'),
  note: optionalText('Note', MAX.notes),
};

/** Marking a checklist task done. */
export const SetupTaskFormSchema = strictForm(setupTaskFields);
/** What the set-up task form holds. */
export type SetupTaskForm = z.infer<typeof SetupTaskFormSchema>;

/** A checklist task done for a project (a task without a record is not done yet). */
export const SetupTaskSchema = strictForm({
  ...recordFields,
  projectId: idField('Project'),
  ...setupTaskFields,
});
/** A checklist task done for a project. */
export type SetupTask = z.infer<typeof SetupTaskSchema>;
