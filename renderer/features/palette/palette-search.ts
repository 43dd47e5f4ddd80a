/**
 * The records the palette finds, through the searches the registers use: projects by reference, title,
 * contact or lead researcher (project-search-texts, folded once and kept in memory until projects change),
 * people by any word of their name, organisation or e-mail (the kept people index). A keystroke filters
 * those kept texts; only the few matches shown are read whole.
 */
import { foldForSearch, type Person, type Project } from '../../../shared/domain';
import type { DshDatabase } from '../../db/database';
import { searchPeople } from '../../db/repositories/people-register';
import { projectIdsMatching } from '../../db/repositories/project-register';
import type { PaletteEntry } from './palette-commands';

/** How many projects and how many people the palette lists at most. */
export const RECORDS_SHOWN = 6;

/** The projects and people matching `typed`, as palette entries (projects first). */
export async function searchRecords(db: DshDatabase, typed: string): Promise<PaletteEntry[]> {
  const folded = foldForSearch(typed);
  if (!folded) return [];
  const [projectIds, people] = await Promise.all([
    projectIdsMatching(db, folded),
    searchPeople(db, typed, RECORDS_SHOWN),
  ]);
  const projects = (await db.projects.bulkGet([...projectIds].slice(0, RECORDS_SHOWN))).filter(
    (project): project is Project => project !== undefined,
  );
  projects.sort((a, b) => b.reference.localeCompare(a.reference));
  return [...projects.map(projectEntry), ...people.people.map(personEntry)];
}

function projectEntry(project: Project): PaletteEntry {
  return {
    id: `project:${project.id}`,
    label: `${project.reference} ${project.title}`,
    kind: 'Project',
    detail: project.enquiry.contact.organisation,
    run: { type: 'go', to: `/projects/${project.id}` },
  };
}

function personEntry(person: Person): PaletteEntry {
  return {
    id: `person:${person.id}`,
    label: person.name,
    kind: 'Person',
    detail: person.organisation || person.email,
    run: { type: 'go', to: `/people/${person.id}` },
  };
}
