/**
 * How each kind of record is stored: its table, its schema, its name in the audit log, how the officer
 * names it when it is missing, and what to say when a unique index refuses it.
 */
import type { IndexableType, Table } from 'dexie';
import {
  ApplicationSchema,
  BlackoutDateSchema,
  BookingSchema,
  CertificateSchema,
  ChangeRequestSchema,
  ClosureRecordSchema,
  ConnectionTypeSchema,
  MembershipSchema,
  PersonSchema,
  ProjectSchema,
  SessionTemplateSchema,
  SettingsSchema,
  SetupTaskSchema,
  StaffMemberSchema,
  TrainingRecordSchema,
  setupTaskLabel,
  type Application,
  type AuditedEntity,
  type BlackoutDate,
  type Booking,
  type Certificate,
  type ChangeRequest,
  type ClosureRecord,
  type ConnectionType,
  type Membership,
  type Person,
  type Project,
  type SessionTemplate,
  type Settings,
  type SetupTask,
  type StaffMember,
  type TrainingRecord,
} from '../../../shared/domain';
import { formatShortDate } from '../../../shared/dates';
import type { DshDatabase } from '../database';
import type { RecordSchema } from './validate';

/** The fields every stored, editable record carries. */
export interface StoredRecord {
  id: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** How one kind of record is stored and named. */
export interface EntitySpec<T extends StoredRecord> {
  entity: AuditedEntity;
  table: (db: DshDatabase) => Table<T, string>;
  schema: RecordSchema<T>;
  /** "This person", for "This person no longer exists…". */
  what: string;
  /** The message when another record already holds the value that must be unique. */
  duplicate?: (record: T) => string;
  /**
   * The index and value that must be unique in the table (with `duplicate`). The write path checks it, not
   * IndexedDB: since schema version 4 no index is unique, so a record from another workstation always applies.
   */
  uniqueBy?: (record: T) => [index: string, value: IndexableType];
  /** The id of a new record (default: a random UUID). */
  newId?: () => string;
}

function spec<T extends StoredRecord>(value: EntitySpec<T>): EntitySpec<T> {
  return value;
}

/** Every kind of stored record. */
export const ENTITIES = {
  project: spec<Project>({
    entity: 'project',
    table: (db) => db.projects,
    schema: ProjectSchema,
    what: 'This project',
    duplicate: (p) => `A project with the reference ${p.reference} is already recorded.`,
    uniqueBy: (p) => ['reference', p.reference],
  }),
  person: spec<Person>({
    entity: 'person',
    table: (db) => db.people,
    schema: PersonSchema,
    what: 'This person',
    duplicate: (p) => `A person with the e-mail address ${p.email} is already recorded.`,
    uniqueBy: (p) => ['email', p.email],
  }),
  membership: spec<Membership>({
    entity: 'membership',
    table: (db) => db.memberships,
    schema: MembershipSchema,
    what: 'This membership',
    duplicate: () => 'This person is already a member of the project.',
    uniqueBy: (m) => ['[projectId+personId]', [m.projectId, m.personId]],
  }),
  trainingRecord: spec<TrainingRecord>({
    entity: 'training-record',
    table: (db) => db.trainingRecords,
    schema: TrainingRecordSchema,
    what: 'This training record',
  }),
  setupTask: spec<SetupTask>({
    entity: 'setup-task',
    table: (db) => db.setupTasks,
    schema: SetupTaskSchema,
    what: 'This set-up task',
    duplicate: (t) => `‘${setupTaskLabel(t.kind)}’ is already marked done for this project.`,
    uniqueBy: (t) => ['[projectId+kind]', [t.projectId, t.kind]],
  }),
  changeRequest: spec<ChangeRequest>({
    entity: 'change-request',
    table: (db) => db.changeRequests,
    schema: ChangeRequestSchema,
    what: 'This change request',
  }),
  booking: spec<Booking>({
    entity: 'booking',
    table: (db) => db.bookings,
    schema: BookingSchema,
    what: 'This booking',
  }),
  closureRecord: spec<ClosureRecord>({
    entity: 'closure-record',
    table: (db) => db.closureRecords,
    schema: ClosureRecordSchema,
    what: 'This closure checklist',
    duplicate: () => 'This project’s closure checklist is already started: reload it to continue.',
    uniqueBy: (c) => ['projectId', c.projectId],
  }),
  certificate: spec<Certificate>({
    entity: 'certificate',
    table: (db) => db.certificates,
    schema: CertificateSchema,
    what: 'This certificate',
    duplicate: (c) => `A certificate numbered ${c.number} is already in the register.`,
    uniqueBy: (c) => ['number', c.number],
  }),
  staffMember: spec<StaffMember>({
    entity: 'staff-member',
    table: (db) => db.staffMembers,
    schema: StaffMemberSchema,
    what: 'This staff member',
    duplicate: (s) => `A staff member with the e-mail address ${s.email} is already recorded.`,
    uniqueBy: (s) => ['email', s.email],
  }),
  application: spec<Application>({
    entity: 'application',
    table: (db) => db.applications,
    schema: ApplicationSchema,
    what: 'This application',
  }),
  connectionType: spec<ConnectionType>({
    entity: 'connection-type',
    table: (db) => db.connectionTypes,
    schema: ConnectionTypeSchema,
    what: 'This connection type',
  }),
  sessionTemplate: spec<SessionTemplate>({
    entity: 'session-template',
    table: (db) => db.sessionTemplates,
    schema: SessionTemplateSchema,
    what: 'This session',
  }),
  blackoutDate: spec<BlackoutDate>({
    entity: 'blackout-date',
    table: (db) => db.blackoutDates,
    schema: BlackoutDateSchema,
    what: 'This blackout date',
    duplicate: (b) => `${formatShortDate(b.date)} is already a blackout date.`,
    uniqueBy: (b) => ['date', b.date],
  }),
  settings: spec<Settings>({
    entity: 'settings',
    table: (db) => db.settings,
    schema: SettingsSchema,
    what: 'The settings',
    newId: () => 'settings',
  }),
} as const;
