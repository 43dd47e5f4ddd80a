/** The people, training, projects and bookings CSV files of the export, read from the database a chunk at a time. */
import Dexie from 'dexie';
import { londonToday } from '../../../shared/dates';
import { describeSession, type Person, type Project, type TrainingRecord } from '../../../shared/domain';
import { bookingsCsv, peopleCsv, projectsCsv, trainingCsv } from '../../../shared/import/export-csv';
import type { DshDatabase } from '../../db/database';

const CHUNK = 1000;

/** Every person, by name, read a chunk at a time. */
async function everyone(db: DshDatabase): Promise<Person[]> {
  const people: Person[] = [];
  for (let offset = 0; ; offset += CHUNK) {
    const chunk = await db.people.orderBy('name').offset(offset).limit(CHUNK).toArray();
    people.push(...chunk);
    if (chunk.length < CHUNK) return people;
  }
}

/** The people CSV and how many people it holds. */
export async function peopleExport(db: DshDatabase): Promise<{ bytes: Uint8Array; count: number }> {
  const people = await everyone(db);
  return { bytes: peopleCsv(people), count: people.length };
}

/** The training CSV (by person, then completion date) and how many records it holds. */
export async function trainingExport(db: DshDatabase): Promise<{ bytes: Uint8Array; count: number }> {
  const people = await everyone(db);
  const records: TrainingRecord[] = [];
  for (let i = 0; i < people.length; i += CHUNK) {
    const ids = people.slice(i, i + CHUNK).map((person) => person.id);
    const chunk = await db.trainingRecords.where('personId').anyOf(ids).toArray();
    const order = new Map(ids.map((id, index) => [id, index]));
    chunk.sort(
      (a, b) => order.get(a.personId)! - order.get(b.personId)! || a.completedOn.localeCompare(b.completedOn),
    );
    records.push(...chunk);
  }
  const emails = new Map(people.map((person) => [person.id, person.email]));
  return { bytes: trainingCsv(records, (id) => emails.get(id)), count: records.length };
}

/** The projects CSV (by reference), with members by e-mail address, and how many projects it holds. */
export async function projectsExport(db: DshDatabase): Promise<{ bytes: Uint8Array; count: number }> {
  const projects: Project[] = [];
  for (let offset = 0; ; offset += CHUNK) {
    const chunk = await db.projects.orderBy('reference').offset(offset).limit(CHUNK).toArray();
    projects.push(...chunk);
    if (chunk.length < CHUNK) break;
  }
  const memberships = await db.memberships
    .where('projectId')
    .anyOf(projects.map((project) => project.id))
    .toArray();
  const people = await db.people.bulkGet([...new Set(memberships.map((membership) => membership.personId))]);
  const leads = await db.people.bulkGet(
    projects.flatMap((project) => project.onboarding.leadResearcherId ?? []),
  );
  const emails = new Map(
    [...people, ...leads].flatMap((person) => (person ? [[person.id, person.email]] : [])),
  );
  return { bytes: projectsCsv(projects, memberships, (id) => emails.get(id)), count: projects.length };
}

/**
 * The bookings CSV: the standing bookings from today on (by date), the ones a team moves between workstations
 * or corrects in a spreadsheet. Past and cancelled bookings are left out: the booking rules would refuse them
 * on the way back in (a session that has begun cannot be booked).
 */
export async function bookingsExport(
  db: DshDatabase,
  today: string = londonToday(),
): Promise<{ bytes: Uint8Array; count: number }> {
  const bookings = await db.bookings
    .where('[status+date]')
    .between(['booked', today], ['booked', Dexie.maxKey])
    .toArray();
  const [people, projects, sessions] = await Promise.all([
    db.people.bulkGet([...new Set(bookings.map((booking) => booking.personId))]),
    db.projects.bulkGet([...new Set(bookings.map((booking) => booking.projectId))]),
    db.sessionTemplates.toArray(),
  ]);
  const emails = new Map(people.flatMap((person) => (person ? [[person.id, person.email]] : [])));
  const references = new Map(
    projects.flatMap((project) => (project ? [[project.id, project.reference]] : [])),
  );
  const sessionNames = new Map(sessions.map((session) => [session.id, describeSession(session)]));
  const bytes = bookingsCsv(bookings, {
    emailOf: (id) => emails.get(id),
    referenceOf: (id) => references.get(id),
    sessionOf: (id) => sessionNames.get(id),
  });
  return { bytes, count: bookings.length };
}
