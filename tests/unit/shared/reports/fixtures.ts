/** Small hand-built records for the report tests, on top of the domain builders. */
import { addDaysIso, type IsoDate } from '../../../../shared/dates';
import type {
  Booking,
  ChangeRequest,
  Project,
  SessionTemplate,
  TrainingRecord,
} from '../../../../shared/domain';
import type { ActionData } from '../../../../shared/domain/reports';
import {
  IDS,
  TODAY,
  aProject,
  aTraining,
  fixtureId,
  recordBase,
  theCoreConnection,
  theDedicatedConnection,
  thePeople,
} from '../../../helpers/domain-fixtures';

/** `TODAY` plus `days`. */
export const inDays = (days: number): IsoDate => addDaysIso(TODAY, days);

/** Nothing at all: every list empty. */
export function noData(): ActionData {
  return {
    projects: [],
    people: [],
    memberships: [],
    trainings: [],
    connectionTypes: [],
    bookings: [],
    sessionTemplates: [],
    changeRequests: [],
  };
}

/** The standard people and connection types, plus what the test gives. */
export function someData(data: Partial<ActionData>): ActionData {
  return {
    ...noData(),
    people: thePeople(),
    connectionTypes: [theCoreConnection(), theDedicatedConnection()],
    ...data,
  };
}

/** The standard project (DSH-2026-014) in a stage, open by default. */
export function projectIn(stage: Project['stage'], overrides: Partial<Project> = {}): Project {
  return aProject({ stage, stageEnteredAt: { enquiry: '2026-02-01', [stage]: '2026-11-01' }, ...overrides });
}

/** The lead's DSH environment training (never expires) and an NHS DSA record last valid on `expiresOn`. */
export function leadTrainedUntil(expiresOn: IsoDate, personId: string = IDS.lead): TrainingRecord[] {
  return [
    aTraining({
      id: fixtureId(611),
      personId,
      kind: 'dsh-environment',
      completedOn: '2025-06-01',
      evidenceReference: undefined,
    }),
    aTraining({ id: fixtureId(621), personId, completedOn: '2025-12-01', expiresOn }),
  ];
}

/** A weekly session (Wednesday morning, 6 seats, by default). */
export function aSession(overrides: Partial<SessionTemplate> = {}): SessionTemplate {
  return {
    ...recordBase(fixtureId(1001)),
    weekday: 3,
    start: '09:00',
    end: '13:00',
    seats: 6,
    label: 'Morning',
    active: true,
    ...overrides,
  };
}

/** A booking that stands, of the lead on the standard project (today, the Wednesday morning session). */
export function aBooking(overrides: Partial<Booking> = {}): Booking {
  return {
    ...recordBase(fixtureId(1101)),
    personId: IDS.lead,
    projectId: IDS.project,
    date: TODAY,
    sessionId: fixtureId(1001),
    status: 'booked',
    ...overrides,
  };
}

/** A change request of the standard project: add the analyst, waiting for a decision since 02/11/2026. */
export function aChangeRequest(overrides: Partial<ChangeRequest> = {}): ChangeRequest {
  return {
    ...recordBase(fixtureId(1201)),
    projectId: IDS.project,
    kind: 'add-user',
    personId: IDS.analyst,
    requestedOn: '2026-11-02',
    status: 'requested',
    ...overrides,
  };
}
