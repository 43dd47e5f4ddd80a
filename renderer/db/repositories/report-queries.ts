/**
 * What the reports and the evidence pack read. A report is read when it is opened, each through the index
 * that bounds it: projects by the day their enquiry arrived, bookings by date, live projects by
 * `[status+stage]` and their members by `projectId`, a member's training by `personId`. The figures
 * themselves are the pure functions of shared/domain/reports.
 */
import Dexie from 'dexie';
import type { IsoDate } from '../../../shared/dates';
import type {
  BlackoutDate,
  Booking,
  Certificate,
  ConnectionType,
  Membership,
  Person,
  Project,
  SessionTemplate,
  StaffMember,
  TrainingRecord,
} from '../../../shared/domain';
import { LIVE_STAGES, type DateRange } from '../../../shared/domain/reports';
import type { DshDatabase } from '../database';
import { getSettings, type SettingsView } from './settings';

/** Projects whose enquiry arrived in the range (both days included), through `enquiry.receivedOn`. */
export function projectsReceivedIn(db: DshDatabase, range: DateRange): Promise<Project[]> {
  return db.projects.where('enquiry.receivedOn').between(range.from, range.to, true, true).toArray();
}

/** Projects whose enquiry arrived on or before `day`: every project that can stand somewhere by then. */
export function projectsReceivedBy(db: DshDatabase, day: IsoDate): Promise<Project[]> {
  return db.projects.where('enquiry.receivedOn').belowOrEqual(day).toArray();
}

/** What the utilisation report reads: the bookings of the weeks, the sessions and the blackout days. */
export interface UtilisationData {
  bookings: Booking[];
  sessionTemplates: SessionTemplate[];
  blackoutDates: BlackoutDate[];
}

/** Bookings (any status) and blackout days of the range by their date index, and the weekly sessions. */
export async function utilisationData(db: DshDatabase, range: DateRange): Promise<UtilisationData> {
  const [bookings, sessionTemplates, blackoutDates] = await Promise.all([
    db.bookings.where('date').between(range.from, range.to, true, true).toArray(),
    db.sessionTemplates.toArray(),
    db.blackoutDates.where('date').between(range.from, range.to, true, true).toArray(),
  ]);
  return { bookings, sessionTemplates, blackoutDates };
}

/** Live projects, their memberships, their members and every training record of those members. */
export interface LiveMembers {
  projects: Project[];
  memberships: Membership[];
  people: Person[];
  trainings: TrainingRecord[];
  staff: StaffMember[];
  settings: SettingsView;
}

/** The live projects (Set Up, Access, Active) and everything their members' readiness depends on. */
export async function liveMembers(db: DshDatabase): Promise<LiveMembers> {
  const [byStage, staff, settings] = await Promise.all([
    Promise.all(
      LIVE_STAGES.map((stage) => db.projects.where('[status+stage]').equals(['open', stage]).toArray()),
    ),
    db.staffMembers.toArray(),
    getSettings(db),
  ]);
  const projects = byStage.flat();
  const memberships = (
    await Promise.all(projects.map((p) => db.memberships.where('projectId').equals(p.id).toArray()))
  ).flat();
  const personIds = [...new Set(memberships.map((membership) => membership.personId))];
  const [people, trainings] = await Promise.all([
    db.people.bulkGet(personIds),
    Promise.all(personIds.map((id) => db.trainingRecords.where('personId').equals(id).toArray())),
  ]);
  return {
    projects,
    memberships,
    people: people.filter((person) => person !== undefined),
    trainings: trainings.flat(),
    staff,
    settings,
  };
}

/** What the costs report reads. */
export interface CostsData {
  projects: Project[];
  connectionTypes: ConnectionType[];
  /** Bookings of the projects whose connection needs booking. */
  bookings: Booking[];
}

/**
 * Projects in progress or closed (declined and withdrawn ones never ran), the connection types, and the
 * bookings of the projects on a connection that needs booking (by `[projectId+date]`).
 */
export async function costsData(db: DshDatabase): Promise<CostsData> {
  const [open, closed, connectionTypes] = await Promise.all([
    db.projects.where('[status+updatedAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray(),
    db.projects
      .where('[status+updatedAt]')
      .between(['closed', Dexie.minKey], ['closed', Dexie.maxKey])
      .toArray(),
    db.connectionTypes.toArray(),
  ]);
  const booked = new Set(connectionTypes.filter((type) => type.needsBooking).map((type) => type.id));
  const projects = [...open, ...closed];
  const bookings = await Promise.all(
    projects
      .filter((project) => booked.has(project.onboarding.connectionTypeId ?? ''))
      .map((project) =>
        db.bookings
          .where('[projectId+date]')
          .between([project.id, Dexie.minKey], [project.id, Dexie.maxKey])
          .toArray(),
      ),
  );
  return { projects, connectionTypes, bookings: bookings.flat() };
}

/** The certificate register: every certificate issued, by number. */
export function certificateRegister(db: DshDatabase): Promise<Certificate[]> {
  return db.certificates.orderBy('number').toArray();
}
