/**
 * Reading people for the register and the person page, always through indexes (50,000 people): search by
 * the start of a name, an e-mail address or an organisation; a page's NHS DSA records and project counts;
 * a person's projects.
 */
import type { Membership, Person, Project, TrainingRecord } from '../../../shared/domain';
import type { DshDatabase } from '../database';

/** Titles a name may start with, so "smith" also finds "Dr Smith" and "ama" finds "Prof Amara Okafor". */
const HONORIFICS = ['Dr', 'Prof', 'Professor', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Sir', 'Dame'];

/** People matching a search, by name, and whether more matched than were returned. */
export interface PeopleSearchResult {
  people: Person[];
  more: boolean;
}

/**
 * People whose name (or name after a title), e-mail address or organisation starts with `text`, any letter
 * case; at most `limit`, by name.
 */
export async function searchPeople(
  db: DshDatabase,
  text: string,
  limit: number,
): Promise<PeopleSearchResult> {
  const query = text.trim();
  if (!query) return { people: [], more: false };
  const prefixes = [query, ...HONORIFICS.map((title) => `${title} ${query}`)];
  const byName = await db.people
    .where('name')
    .startsWithAnyOfIgnoreCase(prefixes)
    .limit(limit + 1)
    .toArray();
  const byEmail = await db.people
    .where('email')
    .startsWith(query.toLowerCase())
    .limit(limit + 1)
    .toArray();
  const byOrganisation = await db.people
    .where('organisation')
    .startsWithIgnoreCase(query)
    .limit(limit + 1)
    .toArray();
  const unique = new Map<string, Person>();
  for (const person of [...byName, ...byEmail, ...byOrganisation]) unique.set(person.id, person);
  const people = [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { people: people.slice(0, limit), more: people.length > limit };
}

/** What the register shows beside each person: their NHS DSA records and how many projects they are on. */
export interface PersonSummary {
  dsaRecords: TrainingRecord[];
  projectCount: number;
}

/** The summaries of a page of people (two index queries, whatever the page size). */
export async function peopleSummaries(
  db: DshDatabase,
  personIds: readonly string[],
): Promise<Map<string, PersonSummary>> {
  const summaries = new Map<string, PersonSummary>(
    personIds.map((id) => [id, { dsaRecords: [], projectCount: 0 }]),
  );
  if (personIds.length === 0) return summaries;
  const dsa = await db.trainingRecords
    .where('[personId+kind]')
    .anyOf(personIds.map((id) => [id, 'nhs-dsa-level-1']))
    .toArray();
  for (const record of dsa) summaries.get(record.personId)?.dsaRecords.push(record);
  const memberships = await db.memberships
    .where('personId')
    .anyOf([...personIds])
    .toArray();
  for (const membership of memberships) {
    const summary = summaries.get(membership.personId);
    if (summary) summary.projectCount += 1;
  }
  return summaries;
}

/** One project a person is on, with their membership of it. */
export interface PersonProject {
  membership: Membership;
  project: Project | undefined;
}

/** The projects a person is on, most recently changed first. */
export async function projectsOfPerson(db: DshDatabase, personId: string): Promise<PersonProject[]> {
  const memberships = await db.memberships.where('personId').equals(personId).toArray();
  const projects = await db.projects.bulkGet(memberships.map((membership) => membership.projectId));
  return memberships
    .map((membership, i) => ({ membership, project: projects[i] }))
    .sort((a, b) => (b.project?.updatedAt ?? '').localeCompare(a.project?.updatedAt ?? ''));
}
