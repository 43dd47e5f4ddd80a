/**
 * What the register's search looks in, folded once and kept in memory (kept-reads.ts): for each project its
 * reference, title, enquiry contact and organisation, and its lead researcher's name and organisation.
 * Typing a search then filters ten thousand short strings (a few milliseconds) instead of reading every
 * project again on every keystroke. The case officer is kept beside it: the field has no index, and "My
 * projects" filters these rows instead.
 */
import { foldForSearch, type Person, type ProjectStatus, type Stage } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { keptRead, tableStamp } from '../kept-reads';

/**
 * One project's searchable text, folded with `foldForSearch`, its case officer (for "My projects"), and what
 * the register filters and sorts a search's matches by (so a keystroke reads no index: register-kept.ts).
 */
export interface ProjectSearchText {
  id: string;
  text: string;
  caseOfficerId?: string;
  status: ProjectStatus;
  stage: Stage;
  connectionTypeId?: string;
  /** The register's sort fields, by their names in `RegisterSortField`. */
  sort: {
    updated: string;
    reference: string;
    title: string;
    plannedStart?: string;
    plannedEnd?: string;
  };
}

/** The search texts of every project of `db`, read once until projects or people change. */
export function projectSearchTexts(db: DshDatabase): Promise<ProjectSearchText[]> {
  return keptRead(db, {
    name: 'project-search-texts',
    tables: (d) => [d.projects, d.people],
    stamp: (d) => tableStamp(d.projects),
    read: readTexts,
  });
}

async function readTexts(db: DshDatabase): Promise<ProjectSearchText[]> {
  const projects = await db.projects.toArray();
  const leadIds = [...new Set(projects.flatMap((project) => project.onboarding.leadResearcherId ?? []))];
  const leads = new Map(
    (await db.people.bulkGet(leadIds))
      .filter((person): person is Person => person !== undefined)
      .map((person) => [person.id, `${person.name}\n${person.organisation}`]),
  );
  return projects.map((project) => {
    const { contact } = project.enquiry;
    const lead = project.onboarding.leadResearcherId;
    const parts = [project.reference, project.title, contact.name, contact.organisation];
    if (lead && leads.has(lead)) parts.push(leads.get(lead)!);
    const text = foldForSearch(parts.join('\n'));
    const { caseOfficerId } = project;
    const { connectionTypeId, plannedStart, plannedEnd } = project.onboarding;
    return {
      id: project.id,
      text,
      ...(caseOfficerId ? { caseOfficerId } : {}),
      status: project.status,
      stage: project.stage,
      ...(connectionTypeId !== undefined ? { connectionTypeId } : {}),
      sort: {
        updated: project.updatedAt,
        reference: project.reference,
        title: project.title,
        ...(plannedStart !== undefined ? { plannedStart } : {}),
        ...(plannedEnd !== undefined ? { plannedEnd } : {}),
      },
    };
  });
}
