/** Everything the project record PDF prints, gathered by the caller as plain data. */
import type { IsoDate, IsoInstant } from '../../dates';
import type {
  Certificate,
  ChangeRequest,
  ClosureRecord,
  Membership,
  Person,
  Project,
  Readiness,
  SetupTask,
  TrainingRecord,
} from '../../domain';

/** A member of the project and their readiness on the day of the record. */
export interface MemberWithReadiness {
  membership: Membership;
  readiness: Readiness;
}

/** How many bookings of the core connection the project has. */
export interface BookingCounts {
  upcoming: number;
  past: number;
  cancelled: number;
}

/** One event of the project's timeline, already in words ("Moved to Set Up by Sam Officer"). */
export interface TimelineEntry {
  at: IsoInstant;
  text: string;
}

/** A project and what the team recorded about it, for the offline project record. */
export interface ProjectRecordInput {
  project: Project;
  /** The day the record is produced: it is printed and dates the PDF. */
  asOf: IsoDate;
  /** At least the lead researcher and every member. */
  people: readonly Person[];
  /** Names of DSH staff by id (discussion, set-up tasks, access granted and revoked, checks). */
  staffNames: Readonly<Record<string, string>>;
  /** Names of catalogue applications by id. */
  applicationNames: Readonly<Record<string, string>>;
  /** Names of connection types by id. */
  connectionTypeNames: Readonly<Record<string, string>>;
  members: readonly MemberWithReadiness[];
  /** At least the members' training records. */
  trainings: readonly TrainingRecord[];
  setupTasks: readonly SetupTask[];
  changeRequests?: readonly ChangeRequest[];
  bookings: BookingCounts;
  closure?: ClosureRecord;
  certificate?: Certificate;
  /** Oldest first. */
  timeline: readonly TimelineEntry[];
}
