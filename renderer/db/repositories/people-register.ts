/**
 * Reading people for the register and the person page (50,000 people): search by any word of a name, an
 * organisation or an e-mail address, and pages by family name (both through the kept people index); a
 * page's NHS DSA records and project counts; a person's projects.
 */
import {
  matchesEveryWord,
  type Membership,
  type Person,
  type Project,
  type TrainingRecord,
} from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { PageRequest } from './paging';
import { peopleIndex } from './people-search-texts';

/** People matching a search, by family name, and whether more matched than were returned. */
export interface PeopleSearchResult {
  people: Person[];
  more: boolean;
}

/**
 * People with a word of their name, organisation or e-mail address starting with each word typed, accents
 * and letter case folded ("nowak" finds "Dr Anna Nowak", "lukasz" finds "Łukasz"); at most `limit`, by family
 * name, titles aside.
 */
export async function searchPeople(
  db: DshDatabase,
  text: string,
  limit: number,
): Promise<PeopleSearchResult> {
  if (!text.trim()) return { people: [], more: false };
  const { ordered } = await peopleIndex(db);
  const ids: string[] = [];
  for (const person of ordered) {
    if (!matchesEveryWord(person.words, text)) continue;
    ids.push(person.id);
    if (ids.length > limit) break;
  }
  const people = await db.people.bulkGet(ids.slice(0, limit));
  return {
    people: people.filter((person): person is Person => person !== undefined),
    more: ids.length > limit,
  };
}

/** A page of the people register, by family name, titles aside. */
export async function listPeople(db: DshDatabase, { offset = 0, limit }: PageRequest): Promise<Person[]> {
  const { ordered } = await peopleIndex(db);
  const ids = ordered.slice(offset, offset + limit).map((person) => person.id);
  return (await db.people.bulkGet(ids)).filter((person): person is Person => person !== undefined);
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
