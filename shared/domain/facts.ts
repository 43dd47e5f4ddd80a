/**
 * The plain data a gate needs about one project, gathered by the caller (e.g. from the database), so that
 * the rules stay pure functions of their inputs.
 */
import type { Certificate } from './schemas/certificate';
import type { ConnectionType } from './schemas/catalogue';
import type { ClosureRecord } from './schemas/closure';
import type { Membership } from './schemas/membership';
import type { Person } from './schemas/person';
import type { Project } from './schemas/project';
import type { SettingsForm } from './schemas/settings';
import type { SetupTask } from './schemas/setup-task';
import type { TrainingRecord } from './schemas/training';

/** The settings the rules read. */
export type RuleSettings = Pick<SettingsForm, 'dsaValidityMonths'>;

/** Everything the gates read about a project besides the project itself. */
export type ProjectFacts = {
  /** The project's memberships (others are ignored). */
  memberships: readonly Membership[];
  /** At least the members' person records, for their names. */
  people: readonly Person[];
  /** At least the members' training records. */
  trainings: readonly TrainingRecord[];
  /** The project's set-up tasks. */
  setupTasks: readonly SetupTask[];
  /** The project's closure checklist, once started. */
  closure?: ClosureRecord | undefined;
  /** The project's current certificate of deletion (not void), once issued. */
  certificate?: Certificate | undefined;
  /** The connection types of the costing page (to know whether a cost code is needed). */
  connectionTypes: readonly ConnectionType[];
  /** Defaults to `DEFAULT_SETTINGS`. */
  settings?: RuleSettings | undefined;
};

/** The memberships that belong to this project. */
export function membersOf(project: Pick<Project, 'id'>, facts: ProjectFacts): Membership[] {
  return facts.memberships.filter((membership) => membership.projectId === project.id);
}

/** A person's name as the team writes it, for the reasons a gate gives. */
export function personName(personId: string, facts: Pick<ProjectFacts, 'people'>): string {
  return facts.people.find((person) => person.id === personId)?.name ?? 'A member with no person record';
}
