/**
 * The "Project" field of the calendar's forms (booking, finding free sessions, filtering the calendar): the
 * projects by reference and title, after a first option that means "none chosen".
 */
import type { ReactNode } from 'react';
import type { Project } from '../../../../shared/domain';
import { Field } from '../../../components/form/Field';

interface ProjectSelectProps {
  /** The chosen project's id ('' for none). */
  value: string;
  /** The projects offered (undefined while they are read). */
  projects: readonly Project[] | undefined;
  /** What the first option, the one with no project, says: "Choose a project…", "All projects". */
  blank: string;
  hint?: string;
  onChange: (projectId: string) => void;
  /** Options shown before the projects (e.g. a chosen project that is not in the list). */
  children?: ReactNode;
}

/** The labelled project select. */
export function ProjectSelect({ value, projects, blank, hint, onChange, children }: ProjectSelectProps) {
  return (
    <Field label="Project" hint={hint}>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{blank}</option>
        {children}
        {projects?.map((project) => (
          <option key={project.id} value={project.id}>
            {project.reference} — {project.title}
          </option>
        ))}
      </select>
    </Field>
  );
}
