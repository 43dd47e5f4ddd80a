/**
 * Builders of valid domain records for tests. Each builder returns a record that passes its schema; pass
 * overrides for what a test is about. `gateMet(stage)` builds a project and the facts that meet that
 * stage's gate, so a test can remove one thing at a time.
 */
import type { z } from 'zod';
import type {
  Application,
  Certificate,
  ClosureRecord,
  ConnectionType,
  Membership,
  OnboardingForm,
  Person,
  Project,
  ProjectFacts,
  SetupTask,
  StaffMember,
  Stage,
  TrainingRecord,
} from '../../shared/domain';
import { SETUP_TASK_KINDS, STAGES } from '../../shared/domain';
import type { IsoDate } from '../../shared/dates';

/** The issues a user would see for a value: each field's path (`datasets.0.name`) and message. */
export function issuesOf(schema: z.ZodType, value: unknown): { path: string; message: string }[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
}

/** The day most tests run "on". */
export const TODAY: IsoDate = '2026-11-25';

/** A valid, readable v4 uuid: `fixtureId(7)` → `00000000-0000-4000-8000-000000000007`. */
export function fixtureId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Well-known ids used by the builders. */
export const IDS = {
  project: fixtureId(1),
  lead: fixtureId(101),
  analyst: fixtureId(102),
  officer: fixtureId(201),
  coreConnection: fixtureId(301),
  dedicatedConnection: fixtureId(302),
  application: fixtureId(401),
} as const;

/** Base fields of a stored record. */
export function recordBase(id: string) {
  return { id, revision: 1, createdAt: '2026-01-05T09:30:00.000Z', updatedAt: '2026-01-05T09:30:00.000Z' };
}

/** A researcher (by default the lead, Dr A Smith). */
export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    ...recordBase(IDS.lead),
    name: 'Dr A Smith',
    email: 'a.smith@example.ac.uk',
    organisation: 'University of Example',
    department: 'Population Health',
    ...overrides,
  };
}

/** The two researchers of the standard project: Dr A Smith (lead) and Łukasz Nowak (analyst). */
export function thePeople(): Person[] {
  return [
    aPerson(),
    aPerson({
      ...recordBase(IDS.analyst),
      name: 'Łukasz Nowak',
      email: 'l.nowak@example.ac.uk',
      department: undefined,
    }),
  ];
}

/** A DSH officer. */
export function aStaffMember(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    ...recordBase(IDS.officer),
    name: 'Sam Officer',
    role: 'officer',
    email: 'sam@dsh.example.ac.uk',
    active: true,
    ...overrides,
  };
}

/** The free core connection (needs booking). */
export function theCoreConnection(overrides: Partial<ConnectionType> = {}): ConnectionType {
  return {
    ...recordBase(IDS.coreConnection),
    name: 'Core connection',
    description: 'Shared desktops in the DSH room.',
    pricePence: 0,
    unit: 'free',
    needsBooking: true,
    active: true,
    ...overrides,
  };
}

/** A chargeable dedicated connection: £1,200.00 a year. */
export function theDedicatedConnection(overrides: Partial<ConnectionType> = {}): ConnectionType {
  return {
    ...recordBase(IDS.dedicatedConnection),
    name: 'Dedicated remote desktop',
    pricePence: 120_000,
    unit: 'per-year',
    needsBooking: false,
    active: true,
    ...overrides,
  };
}

/** An application of the catalogue. */
export function anApplication(overrides: Partial<Application> = {}): Application {
  return { ...recordBase(IDS.application), name: 'RStudio', version: '2026.09', active: true, ...overrides };
}

/** A complete, valid onboarding form (chargeable connection, with a cost code). */
export function aCompleteOnboarding(overrides: Partial<OnboardingForm> = {}): OnboardingForm {
  return {
    leadResearcherId: IDS.lead,
    dataController: 'University of Example',
    datasets: [
      {
        name: 'Hospital Episode Statistics',
        provider: 'NHS England',
        classification: 'pseudonymised',
        tier: 3,
        approxSize: '40 GB',
      },
    ],
    igReferences: {
      ethics: { applicable: true, reference: 'REC 26/LO/0142' },
      irasHra: { applicable: true, reference: 'IRAS 334455' },
      cag: { applicable: false, reason: 'Consent was obtained from every participant.' },
      nhsEnglandDars: { applicable: true, reference: 'DARS-NIC-654321' },
      dspt: { applicable: true, reference: 'DSPT 8J123' },
    },
    plannedStart: '2027-01-01',
    plannedEnd: '2028-06-30',
    applicationIds: [IDS.application],
    requestedApplications: [],
    connectionTypeId: IDS.dedicatedConnection,
    costCode: 'CC-4410-RES',
    ...overrides,
  };
}

/** A project in the given stage (default enquiry) with a suitable enquiry and a complete onboarding form. */
export function aProject(overrides: Partial<Project> = {}): Project {
  return {
    ...recordBase(IDS.project),
    reference: 'DSH-2026-014',
    title: 'Hospital admissions after long COVID',
    status: 'open',
    stage: 'enquiry',
    stageEnteredAt: { enquiry: '2026-02-01' },
    enquiry: {
      receivedOn: '2026-02-01',
      contact: { name: 'Dr A Smith', email: 'a.smith@example.ac.uk', organisation: 'University of Example' },
      description: 'Linked hospital records of adults with long COVID.',
      dataSourcesHinted: 'HES, ONS deaths',
    },
    discussion: { heldOn: '2026-02-10', staffIds: [IDS.officer], notes: 'Core connection is enough.' },
    suitability: { outcome: 'suitable', reason: 'Fits the DSH tiers.', decidedOn: '2026-02-10' },
    onboarding: aCompleteOnboarding(),
    ...overrides,
  };
}

/** A membership of the standard project (the lead by default), form signed and access granted. */
export function aMembership(overrides: Partial<Membership> = {}): Membership {
  return {
    ...recordBase(fixtureId(501)),
    projectId: IDS.project,
    personId: IDS.lead,
    role: 'lead',
    accessForm: { signedOn: '2026-07-01', formVersion: 'v3' },
    accessGranted: { on: '2026-07-02', by: IDS.officer },
    ...overrides,
  };
}

/** Both members of the standard project, with access granted. */
export function theMemberships(): Membership[] {
  return [
    aMembership(),
    aMembership({ ...recordBase(fixtureId(502)), personId: IDS.analyst, role: 'analyst' }),
  ];
}

/** A training record (NHS DSA Level 1 of the lead by default, completed 2026-06-01, no expiry given). */
export function aTraining(overrides: Partial<TrainingRecord> = {}): TrainingRecord {
  return {
    ...recordBase(fixtureId(601)),
    personId: IDS.lead,
    kind: 'nhs-dsa-level-1',
    completedOn: '2026-06-01',
    evidenceReference: 'DSA-CERT-0001',
    ...overrides,
  };
}

/** DSH environment and NHS DSA training for both members of the standard project. */
export function theTrainings(): TrainingRecord[] {
  return [IDS.lead, IDS.analyst].flatMap((personId, i) => [
    aTraining({
      ...recordBase(fixtureId(610 + i)),
      personId,
      kind: 'dsh-environment',
      evidenceReference: undefined,
    }),
    aTraining({ ...recordBase(fixtureId(620 + i)), personId }),
  ]);
}

/** Every set-up checklist task done for the standard project. */
export function theSetupTasks(): SetupTask[] {
  return SETUP_TASK_KINDS.map((kind, i) => ({
    ...recordBase(fixtureId(700 + i)),
    projectId: IDS.project,
    kind,
    doneBy: IDS.officer,
    doneOn: '2026-06-20',
  }));
}

/** A complete closure checklist of the standard project. */
export function aClosureRecord(overrides: Partial<ClosureRecord> = {}): ClosureRecord {
  return {
    ...recordBase(fixtureId(801)),
    projectId: IDS.project,
    extractsConfirmed: true,
    extracts: [
      { description: 'Aggregate tables for the paper', approvedBy: 'Dr B Jones', approvedOn: '2026-11-02' },
    ],
    storageLocations: [
      {
        location: 'Project share \\\\dsh\\p014',
        kind: 'primary',
        checkedBy: IDS.officer,
        checkedOn: '2026-11-10',
      },
      { location: 'Nightly backup set B', kind: 'backup', checkedBy: IDS.officer, checkedOn: '2026-11-10' },
    ],
    destruction: {
      date: '2026-11-12',
      method: 'Purge',
      technique: 'Cryptographic erase',
      tool: 'VeraCrypt 1.26',
      verification: 'Sample read-back found no data.',
      performedBy: { name: 'Sam Officer', role: 'DSH officer' },
      witnessedBy: { name: 'Pat Manager', role: 'DSH manager' },
    },
    dataOwnerAuthorisationRef: 'NHSE-AUTH-2026-77',
    ...overrides,
  };
}

/** A certificate of deletion for the standard project. */
export function aCertificate(overrides: Partial<Certificate> = {}): Certificate {
  const number = 'DSH-CERT-2026-0007';
  return {
    ...recordBase(fixtureId(901)),
    number,
    projectId: IDS.project,
    issuedOn: '2026-11-20',
    fingerprint: 'a'.repeat(64),
    content: {
      number,
      projectReference: 'DSH-2026-014',
      projectTitle: 'Hospital admissions after long COVID',
      leadResearcher: 'Dr A Smith',
      dataController: 'University of Example',
      agreementReferences: [{ label: 'NHS England DARS / DSA', reference: 'DARS-NIC-654321' }],
      datasets: [{ name: 'Hospital Episode Statistics', provider: 'NHS England' }],
      storageLocations: [{ location: 'Project share', kind: 'primary' }],
      method: 'Purge',
      technique: 'Cryptographic erase',
      tool: 'VeraCrypt 1.26',
      verification: 'Sample read-back found no data.',
      destroyedOn: '2026-11-12',
      performedBy: { name: 'Sam Officer', role: 'DSH officer' },
      witnessedBy: { name: 'Pat Manager', role: 'DSH manager' },
      dataOwnerAuthorisationRef: 'NHSE-AUTH-2026-77',
      outputsRetained: [],
      statement: 'All data of the project held in the DSH has been destroyed.',
      issuedOn: '2026-11-20',
    },
    ...overrides,
  };
}

/** A project in `stage` and the facts that meet that stage's gate on `TODAY`. */
export function gateMet(stage: Stage): { project: Project; facts: ProjectFacts } {
  const stageEnteredAt = Object.fromEntries(
    STAGES.slice(0, STAGES.indexOf(stage) + 1).map((s) => [s, '2026-02-01']),
  );
  const closing = stage === 'active' || stage === 'closure';
  const project = aProject({
    stage,
    stageEnteredAt,
    closureStart: closing ? { startedOn: '2026-11-01', reason: 'end-date-reached' } : undefined,
  });
  const revoked = { on: '2026-11-05', by: IDS.officer };
  const facts: ProjectFacts = {
    memberships: theMemberships().map((m) => (stage === 'closure' ? { ...m, accessRevoked: revoked } : m)),
    people: thePeople(),
    trainings: theTrainings(),
    setupTasks: theSetupTasks(),
    closure: stage === 'closure' ? aClosureRecord() : undefined,
    certificate: stage === 'closure' ? aCertificate() : undefined,
    connectionTypes: [theCoreConnection(), theDedicatedConnection()],
  };
  return { project, facts };
}
