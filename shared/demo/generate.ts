/**
 * The demo data set: a realistic year of a DSH team — projects at every stage and terminal state, people with
 * training (some expiring soon, some expired), memberships, forms, bookings and certificates. Deterministic:
 * the same options always give the same records. Scaled up, it is the benchmark data set.
 */
import { addDaysIso, type IsoDate } from '../dates';
import {
  certificateFingerprint,
  formatCertificateNumber,
  formatProjectReference,
  IG_REFERENCE_LABELS,
  type Booking,
  type Certificate,
  type ChangeRequest,
  type ClosureRecord,
  type Membership,
  type Person,
  type Project,
  type SetupTask,
  type TrainingRecord,
} from '../domain';
import { demoBookings } from './bookings';
import { demoCatalogue, demoRecord, type DemoCatalogue } from './catalogue';
import { outcomeFor, stageDates } from './lifecycle';
import { demoPeople, demoTraining, type DsaState } from './people';
import { demoProject } from './projects';
import { DemoRandom } from './random';

/** How much demo data to make. */
export interface DemoOptions {
  /** The day the data set is "as of" (its today). */
  today: IsoDate;
  seed?: number;
  projects?: number;
  people?: number;
  /** Bookings each ready member of an active core-connection project makes per week (may be fractional). */
  bookingsPerMemberPerWeek?: number;
  /** Seats of each bookable session (default 6); the benchmark's DSH has a far larger room. */
  seatsPerSession?: number;
  /** Bookable sessions each weekday (default 2: morning and afternoon). */
  sessionsPerDay?: number;
  /** How many weeks of bookings there are before and after today (default 8 back, 4 ahead). */
  bookingWeeks?: { back: number; ahead: number };
}

/** Every record of the demo data set, table by table. */
export interface DemoDataSet extends DemoCatalogue {
  people: Person[];
  trainingRecords: TrainingRecord[];
  projects: Project[];
  memberships: Membership[];
  setupTasks: SetupTask[];
  changeRequests: ChangeRequest[];
  closureRecords: ClosureRecord[];
  certificates: Certificate[];
  bookings: Booking[];
}

/** The standard demo: 60 projects and 200 people. */
export const STANDARD_DEMO = { projects: 60, people: 200 } as const;

/** Generates the demo data set. */
export function generateDemoData(options: DemoOptions): DemoDataSet {
  const {
    today,
    seed = 2026,
    projects: projectCount = STANDARD_DEMO.projects,
    people: peopleCount = STANDARD_DEMO.people,
  } = options;
  const random = new DemoRandom(seed);
  const since = addDaysIso(today, -400);
  const catalogue = demoCatalogue(random, since, options.seatsPerSession, options.sessionsPerDay);
  const people = demoPeople(random, peopleCount, since);

  const plans = Array.from({ length: projectCount }, (_, index) => {
    const outcome = outcomeFor(index, projectCount);
    return { outcome, dates: stageDates(random, outcome, today) };
  }).sort((a, b) => a.dates.enquiry.localeCompare(b.dates.enquiry));

  const numbers = new Map<number, number>();
  const nextReference = (day: IsoDate) => {
    const year = Number(day.slice(0, 4));
    numbers.set(year, (numbers.get(year) ?? 0) + 1);
    return formatProjectReference(year, numbers.get(year)!);
  };

  const built = plans.map((plan, index) => {
    const team = [people[(index * 3) % people.length]!, ...random.sample(people, random.int(0, 3))].filter(
      (person, i, all) => all.findIndex((other) => other.id === person.id) === i,
    );
    return demoProject(random, {
      reference: nextReference(plan.dates.enquiry),
      ...plan,
      team,
      catalogue,
      today,
    });
  });

  const memberships = built.flatMap((item) => item.memberships);
  const trainingRecords = demoTrainings(
    random,
    people,
    memberships,
    built.map((item) => item.project),
    today,
  );
  const trainingsByPerson = new Map<string, TrainingRecord[]>();
  for (const record of trainingRecords)
    trainingsByPerson.set(record.personId, [...(trainingsByPerson.get(record.personId) ?? []), record]);
  const projects = built.map((item) => item.project);

  return {
    ...catalogue,
    people,
    trainingRecords,
    projects,
    memberships,
    setupTasks: built.flatMap((item) => item.setupTasks),
    changeRequests: built.flatMap((item) => item.changeRequests),
    closureRecords: built.flatMap((item) => (item.closure ? [item.closure] : [])),
    certificates: demoCertificates(random, built, people),
    bookings: demoBookings(random, catalogue, projects, memberships, trainingsByPerson, today, {
      perMemberPerWeek: options.bookingsPerMemberPerWeek ?? 1,
      ...(options.bookingWeeks
        ? { weeksBack: options.bookingWeeks.back, weeksAhead: options.bookingWeeks.ahead }
        : {}),
    }),
  };
}

/** Training for everyone: members of projects past Set Up mostly valid, a few expiring or expired. */
function demoTrainings(
  random: DemoRandom,
  people: Person[],
  memberships: Membership[],
  projects: Project[],
  today: IsoDate,
) {
  const stageOf = new Map(projects.map((project) => [project.id, project]));
  const committed = new Set(
    memberships
      .filter((membership) => {
        const project = stageOf.get(membership.projectId);
        return project?.status === 'open' && ['access', 'active', 'closure'].includes(project.stage);
      })
      .map((membership) => membership.personId),
  );
  return people.flatMap((person) => {
    const roll = random.next();
    const state: DsaState = committed.has(person.id)
      ? roll < 0.8
        ? 'valid'
        : roll < 0.94
          ? 'expiring'
          : 'expired'
      : roll < 0.5
        ? 'valid'
        : roll < 0.6
          ? 'expiring'
          : roll < 0.75
            ? 'expired'
            : 'none';
    return demoTraining(random, person.id, state, today, committed.has(person.id) || random.chance(0.6));
  });
}

/** A certificate of deletion for each closed project. */
function demoCertificates(
  random: DemoRandom,
  built: ReturnType<typeof demoProject>[],
  people: Person[],
): Certificate[] {
  const certificates: Certificate[] = [];
  const perYear = new Map<number, number>();
  const peopleById = new Map(people.map((person) => [person.id, person]));
  for (const { project, closure } of built) {
    if (project.status !== 'closed' || !closure?.destruction || !closure.dataOwnerAuthorisationRef) continue;
    const issuedOn = project.ended!.on;
    const year = Number(issuedOn.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    const number = formatCertificateNumber(year, perYear.get(year)!);
    const lead = peopleById.get(project.onboarding.leadResearcherId ?? '');
    const ig = project.onboarding.igReferences ?? {};
    const content = {
      number,
      projectReference: project.reference,
      projectTitle: project.title,
      leadResearcher: lead?.name ?? project.enquiry.contact.name,
      dataController: project.onboarding.dataController ?? 'Not recorded',
      agreementReferences: Object.entries(ig).flatMap(([key, entry]) =>
        entry?.applicable && entry.reference
          ? [
              {
                label: IG_REFERENCE_LABELS[key as keyof typeof IG_REFERENCE_LABELS],
                reference: entry.reference,
              },
            ]
          : [],
      ),
      datasets: (project.onboarding.datasets ?? []).map((dataset) => ({
        name: dataset.name ?? 'Dataset',
        provider: dataset.provider ?? 'Not recorded',
      })),
      storageLocations: closure.storageLocations.map(({ location, kind }) => ({ location, kind })),
      method: closure.destruction.method,
      technique: closure.destruction.technique,
      tool: closure.destruction.tool,
      verification: closure.destruction.verification,
      destroyedOn: closure.destruction.date,
      performedBy: closure.destruction.performedBy,
      witnessedBy: closure.destruction.witnessedBy,
      dataOwnerAuthorisationRef: closure.dataOwnerAuthorisationRef,
      outputsRetained: closure.extracts,
      statement:
        'We certify that all data held for this project in the Data Safe Haven, including backups and removable media, has been destroyed as described above.',
      issuedOn,
    };
    certificates.push({
      ...demoRecord(random, issuedOn),
      number,
      projectId: project.id,
      issuedOn,
      content,
      fingerprint: certificateFingerprint(content),
    });
  }
  return certificates;
}
