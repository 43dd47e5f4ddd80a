/** One demo project with everything recorded up to the point it has reached. */
import { addDaysIso, addMonthsIso, type IsoDate } from '../dates';
import {
  SETUP_TASK_KINDS,
  STAGES,
  stageNumber,
  type ChangeRequest,
  type ClosureRecord,
  type Membership,
  type Person,
  type Project,
  type SetupTask,
  type Stage,
} from '../domain';
import { demoRecord, type DemoCatalogue } from './catalogue';
import type { DemoOutcome, StageDates } from './lifecycle';
import type { DemoRandom } from './random';
import { DATASETS, STUDY_TOPICS } from './vocabulary';

/** A project and the records that hang off it. */
export interface DemoProject {
  project: Project;
  memberships: Membership[];
  setupTasks: SetupTask[];
  changeRequests: ChangeRequest[];
  closure?: ClosureRecord;
}

/** What a project is built from. */
export interface DemoProjectInput {
  reference: string;
  outcome: DemoOutcome;
  dates: StageDates;
  team: Person[];
  catalogue: DemoCatalogue;
  today: IsoDate;
}

const reached = (outcome: DemoOutcome, stage: Stage) => stageNumber(outcome.stage) >= stageNumber(stage);

function instant(day: IsoDate): string {
  return `${day}T10:00:00.000Z`;
}

/** Builds one project at its outcome. */
export function demoProject(random: DemoRandom, input: DemoProjectInput): DemoProject {
  const { outcome, dates, team, catalogue, today } = input;
  const lead = team[0]!;
  const staff = catalogue.staffMembers;
  const officer = () => random.pick(staff).id;
  const received = dates.enquiry;
  const lastDay = dates[outcome.stage] ?? received;
  const base = demoRecord(random, received);
  const topic = random.pick(STUDY_TOPICS);

  const discussed = outcome.stage !== 'enquiry' || outcome.status === 'declined' || random.chance(0.5);
  const heldOn = addDaysIso(received, 2) > today ? today : addDaysIso(received, 2);
  const outcomeValue =
    outcome.status === 'declined'
      ? 'not-suitable'
      : outcome.stage === 'enquiry'
        ? random.pick(['suitable', 'more-information-needed'] as const)
        : 'suitable';
  const connection = random.chance(0.6)
    ? catalogue.connectionTypes[0]!
    : random.pick(catalogue.connectionTypes.slice(1));
  const plannedStart = dates.active ?? addDaysIso(lastDay, random.int(20, 60));
  const plannedEnd =
    outcome.stage === 'closure'
      ? addDaysIso(dates.closure!, -random.int(0, 10))
      : addMonthsIso(plannedStart, random.int(12, 30));
  const datasets = random.sample(DATASETS, random.int(1, 3)).map((dataset) => ({
    name: dataset.name,
    provider: dataset.provider,
    classification: random.pick(['identifiable', 'pseudonymised', 'anonymised'] as const),
    tier: random.int(1, 3),
    approxSize: dataset.size,
  }));
  const onboardingComplete =
    reached(outcome, 'setup') || (outcome.stage === 'onboarding' && random.chance(0.4));
  const na = (reason: string) => ({ applicable: false as const, reason });
  const ref = (prefix: string) => ({
    applicable: true as const,
    reference: `${prefix}/${random.int(10, 99)}/${random.int(1000, 9999)}`,
  });

  const project: Project = {
    ...base,
    updatedAt: instant(lastDay),
    reference: input.reference,
    title: `${topic}${random.chance(0.3) ? ' (phase 2)' : ''}`,
    status: outcome.status,
    stage: outcome.stage,
    stageEnteredAt: Object.fromEntries(STAGES.filter((s) => dates[s]).map((s) => [s, dates[s]])),
    enquiry: {
      receivedOn: received,
      contact: {
        name: lead.name,
        email: lead.email,
        organisation: lead.organisation,
        department: lead.department,
      },
      description: `${topic}: a study using linked routine health records to inform local services.`,
      dataSourcesHinted: datasets.map((dataset) => dataset.name).join('; '),
    },
    ...(discussed
      ? {
          discussion: {
            heldOn,
            staffIds: random.sample(staff, 2).map((member) => member.id),
            notes: 'Scope, data flows and timelines discussed.',
          },
          ...(outcome.stage !== 'enquiry' || random.chance(0.7) || outcome.status === 'declined'
            ? {
                suitability: {
                  outcome: outcomeValue,
                  reason:
                    outcomeValue === 'not-suitable'
                      ? 'The data can be analysed in the researcher’s own secure environment; a DSH is not needed.'
                      : 'Data and analysis fit the DSH.',
                  decidedOn: heldOn,
                },
              }
            : {}),
        }
      : {}),
    onboarding: reached(outcome, 'onboarding')
      ? {
          leadResearcherId: lead.id,
          dataController: random.pick([
            'University of Westmoor',
            'Northgate NHS Foundation Trust',
            'Kingsbridge University',
          ]),
          datasets: onboardingComplete ? datasets : datasets.slice(0, 1),
          ...(onboardingComplete
            ? {
                igReferences: {
                  ethics: ref('REC'),
                  irasHra: random.chance(0.7)
                    ? ref('IRAS')
                    : na('Not an NHS study: HRA approval is not required.'),
                  cag: random.chance(0.3)
                    ? ref('CAG')
                    : na('Consent is in place; section 251 support is not needed.'),
                  nhsEnglandDars: ref('DARS-NIC'),
                  dspt: ref('DSPT'),
                },
              }
            : {}),
          plannedStart,
          plannedEnd,
          applicationIds: random
            .sample(catalogue.applications, random.int(1, 3))
            .map((application) => application.id),
          requestedApplications: random.chance(0.1) ? [{ name: 'MLwiN', note: 'Multilevel modelling.' }] : [],
          connectionTypeId: connection.id,
          ...(connection.unit !== 'free' ? { costCode: `CC-${random.int(10000, 99999)}` } : {}),
        }
      : {},
    ...(dates.closure
      ? {
          closureStart: {
            startedOn: dates.closure,
            reason: random.pick(['end-date-reached', 'early-end'] as const),
          },
        }
      : {}),
    ...(outcome.status !== 'open'
      ? {
          ended: {
            on:
              outcome.status === 'closed'
                ? addDaysIso(dates.closure!, 20) > today
                  ? today
                  : addDaysIso(dates.closure!, 20)
                : lastDay,
            reason:
              outcome.status === 'declined'
                ? 'Not suitable for the DSH.'
                : outcome.status === 'withdrawn'
                  ? 'The researcher withdrew: funding was not awarded.'
                  : 'Closed with a certificate of deletion.',
          },
        }
      : {}),
  };
  // The officer who led the initial discussion looks after the project (no random draw: the rest of the
  // demo data stays exactly as it was).
  const caseOfficerId = project.discussion?.staffIds[0];
  if (caseOfficerId) project.caseOfficerId = caseOfficerId;

  const memberships = reached(outcome, 'onboarding')
    ? demoMemberships(random, project, team, outcome, dates, officer)
    : [];
  const setupTasks = reached(outcome, 'setup')
    ? SETUP_TASK_KINDS.filter(() => outcome.stage !== 'setup' || random.chance(0.6)).map((kind, index) => ({
        ...demoRecord(random, dates.setup!),
        projectId: project.id,
        kind,
        doneBy: officer(),
        doneOn: addDaysIso(dates.setup!, index) > today ? today : addDaysIso(dates.setup!, index),
      }))
    : [];
  const changeRequests =
    outcome.stage === 'active' && outcome.status === 'open' && random.chance(0.35)
      ? [demoChangeRequest(random, project, catalogue, dates.active!, today)]
      : [];
  const closure = dates.closure
    ? demoClosure(random, project, memberships, outcome, dates.closure, today, officer)
    : undefined;
  return { project, memberships, setupTasks, changeRequests, ...(closure ? { closure } : {}) };
}

function demoMemberships(
  random: DemoRandom,
  project: Project,
  team: Person[],
  outcome: DemoOutcome,
  dates: StageDates,
  officer: () => string,
): Membership[] {
  return team.map((person, index) => {
    const signedOn = dates.access ? addDaysIso(dates.access, random.int(0, 3)) : undefined;
    const signed =
      signedOn &&
      (reached(outcome, 'active') || random.chance(0.6)) &&
      signedOn <= (dates[outcome.stage] ?? signedOn);
    const granted = signed && reached(outcome, 'active');
    const revoked =
      granted && outcome.stage === 'closure' && (outcome.status === 'closed' || random.chance(0.5));
    return {
      ...demoRecord(random, dates.onboarding!),
      projectId: project.id,
      personId: person.id,
      role: index === 0 ? ('lead' as const) : random.pick(['analyst', 'analyst', 'other'] as const),
      ...(signed ? { accessForm: { signedOn: signedOn!, formVersion: 'v3.1' } } : {}),
      ...(granted ? { accessGranted: { on: dates.active!, by: officer() } } : {}),
      ...(revoked ? { accessRevoked: { on: dates.closure!, by: officer() } } : {}),
    };
  });
}

function demoChangeRequest(
  random: DemoRandom,
  project: Project,
  catalogue: DemoCatalogue,
  since: IsoDate,
  today: IsoDate,
): ChangeRequest {
  const requestedOn =
    addDaysIso(since, random.int(5, 60)) > today ? today : addDaysIso(since, random.int(5, 60));
  const status = random.pick(['requested', 'approved', 'done'] as const);
  const decidedOn = status === 'requested' ? undefined : requestedOn;
  return {
    ...demoRecord(random, requestedOn),
    projectId: project.id,
    kind: 'add-application',
    applicationId: random.pick(catalogue.applications).id,
    requestedOn,
    status,
    ...(decidedOn ? { decidedOn } : {}),
    ...(status === 'done' ? { doneOn: requestedOn } : {}),
    note: 'Needed for the second analysis phase.',
  };
}

function demoClosure(
  random: DemoRandom,
  project: Project,
  memberships: Membership[],
  outcome: DemoOutcome,
  startedOn: IsoDate,
  today: IsoDate,
  officer: () => string,
): ClosureRecord {
  const complete = outcome.status === 'closed';
  const day = (offset: number) =>
    addDaysIso(startedOn, offset) > today ? today : addDaysIso(startedOn, offset);
  const locations = [
    { location: 'Project share on the DSH file server', kind: 'primary' as const },
    { location: 'Nightly backup set (encrypted tape)', kind: 'backup' as const },
  ].map((location, index) =>
    complete || index === 0 ? { ...location, checkedBy: officer(), checkedOn: day(5) } : location,
  );
  void memberships;
  return {
    ...demoRecord(random, startedOn),
    projectId: project.id,
    extractsConfirmed: complete || random.chance(0.5),
    extracts: [
      {
        description: 'Aggregate tables for the final report (small numbers suppressed).',
        approvedBy: 'Helen Carter',
        approvedOn: day(3),
      },
    ],
    storageLocations: locations,
    ...(complete
      ? {
          destruction: {
            date: day(10),
            method: random.pick(['Clear', 'Purge'] as const),
            technique: 'Cryptographic erase of the project volume',
            tool: 'DSH storage console (secure delete)',
            verification: 'Volume listing shows no project files; backup catalogue entries expired.',
            performedBy: { name: 'Daniel Osei', role: 'DSH officer' },
            witnessedBy: { name: 'Helen Carter', role: 'DSH manager' },
          },
          dataOwnerAuthorisationRef: `AUTH-${random.int(1000, 9999)}`,
        }
      : {}),
  };
}
