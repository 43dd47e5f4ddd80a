/**
 * A form that edits one part of a project (the enquiry, the discussion, the onboarding form…).
 *
 * Decisions: the form saves against the revision it was filled in over, so a change made elsewhere to the
 * SAME part is refused as "changed elsewhere" instead of being overwritten; a save of ANOTHER part of the
 * project (another form of the page) moves the baseline on silently, since it cannot clash. While the form
 * has no unsaved changes it follows the stored project.
 */
import { useEffect, useId, useRef } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { Project } from '../../../../shared/domain';
import { useReportDirty } from './dirty-forms';

/** What a part form needs to know. */
export interface ProjectPartOptions<V extends FieldValues, O> {
  project: Project;
  /** The part this form edits, as stored (compared to tell whether it changed elsewhere). */
  part: (project: Project) => unknown;
  /** The form's values for a stored project. */
  toValues: (project: Project) => V;
  /** The name of the form, for "unsaved changes in …". */
  label: string;
  /** Checks the values on submit and gives what `handleSubmit` receives. */
  resolver?: Resolver<V, unknown, O>;
}

/** The form, the revision to save against, and what to call after a save or to discard changes. */
export interface ProjectPartForm<V extends FieldValues, O = V> {
  form: UseFormReturn<V, unknown, O>;
  expectedRevision: () => number;
  /** After a successful save: the saved project becomes the baseline and the form is clean. */
  saved: (project: Project) => void;
  /** Drops the form's changes and shows the stored project. */
  showLatest: () => void;
}

/** A react-hook-form form over one part of a project. */
export function useProjectPartForm<V extends FieldValues, O = V>({
  project,
  part,
  toValues,
  label,
  resolver,
}: ProjectPartOptions<V, O>): ProjectPartForm<V, O> {
  const form = useForm<V, unknown, O>({
    defaultValues: toValues(project) as DefaultValues<V>,
    ...(resolver ? { resolver } : {}),
  });
  const baseline = useRef({ revision: project.revision, part: JSON.stringify(part(project)) });
  const latest = useRef(project);
  const { isDirty } = form.formState;
  useReportDirty(useId(), label, isDirty);

  useEffect(() => {
    latest.current = project;
    const stored = JSON.stringify(part(project));
    if (stored === baseline.current.part) {
      baseline.current.revision = project.revision;
    } else if (!form.formState.isDirty) {
      form.reset(toValues(project));
      baseline.current = { revision: project.revision, part: stored };
    }
    // Only a new stored project matters; part and toValues are the caller's pure functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, form]);

  return {
    form,
    expectedRevision: () => baseline.current.revision,
    saved: (savedProject) => {
      baseline.current = { revision: savedProject.revision, part: JSON.stringify(part(savedProject)) };
      form.reset(toValues(savedProject));
    },
    showLatest: () => {
      const current = latest.current;
      baseline.current = { revision: current.revision, part: JSON.stringify(part(current)) };
      form.reset(toValues(current));
    },
  };
}
