/**
 * A form that edits one part of a project (the enquiry, the discussion, the onboarding form…): the record
 * form of the project (`useRecordForm`), where a save of ANOTHER part never clashes, and a change elsewhere
 * to THIS part is refused with what changed, by whom and when.
 */
import type { FieldValues, Resolver } from 'react-hook-form';
import type { Project } from '../../../../shared/domain';
import type { FieldLabels } from '../../../components/form/stale-changes';
import { useRecordForm, type NOT_SAVED_YET, type RecordForm } from '../../../components/form/use-record-form';

/** What a part form needs to know. */
export interface ProjectPartOptions<V extends FieldValues, O> {
  project: Project;
  /** The part this form edits, as stored (compared to tell whether it changed elsewhere). */
  part: (project: Project) => unknown;
  /** The form's values for a stored project. */
  toValues: (project: Project) => V;
  /** The name of the form, for "Save or discard your changes to the …". */
  label: string;
  /** Checks the values on submit and gives what the save receives. */
  resolver?: Resolver<V, unknown, O>;
  /** Saves the part against the revision the form was opened on (or asks a further step first). */
  save: (values: O, expectedRevision: number) => Promise<Project | typeof NOT_SAVED_YET>;
  /** The field paths the form shows errors at (a set, or a test). */
  fieldPaths: ReadonlySet<string> | ((path: string) => boolean);
  /** The stored fields of the project this form edits, as the officer calls them. */
  fields: FieldLabels;
  onSaved?: (project: Project) => void;
}

/** A record form over one part of a project. */
export function useProjectPartForm<V extends FieldValues, O = V>({
  project,
  part,
  toValues,
  label,
  resolver,
  save,
  fieldPaths,
  fields,
  onSaved,
}: ProjectPartOptions<V, O>): RecordForm<V, O> {
  const shows = typeof fieldPaths === 'function' ? fieldPaths : (path: string) => fieldPaths.has(path);
  return useRecordForm<Project, V, O>({
    record: project,
    entity: 'project',
    // A part form is only ever shown for a stored project.
    toValues: (stored) => toValues(stored ?? project),
    part,
    resolver,
    save: (values, { expectedRevision }) => save(values, expectedRevision),
    onSaved: (saved) => saved && onSaved?.(saved),
    label,
    fieldLabels: fields,
    errors: { fieldOf: (path) => (shows(path) ? path : undefined) },
  });
}
