/**
 * The DSH Desk database (Dexie over IndexedDB). Every schema version ever shipped stays here unchanged;
 * a change of schema is a new `version(n + 1)` with its upgrade and a test of that upgrade.
 */
import Dexie, { type Table } from 'dexie';
import type {
  Acknowledgement,
  Application,
  AuditEvent,
  BlackoutDate,
  Booking,
  Certificate,
  ChangeRequest,
  ClosureRecord,
  ConnectionType,
  EvidenceFile,
  Membership,
  Person,
  Project,
  ReminderAssignment,
  SessionTemplate,
  Settings,
  SetupTask,
  StaffMember,
  TrainingRecord,
} from '../../shared/domain';
import { aggregatesMiddleware } from './aggregates/middleware';
import type { DeadlineRow } from './aggregates/deadline-rows';
import { rebuildAggregates, rebuildDerivedRows } from './aggregates/rebuild';
import {
  AGGREGATE_STORES,
  DEADLINE_STORES,
  type ProjectCountRow,
  type SeatCountRow,
} from './aggregates/tables';
import { appendOnlyAuditLog } from './audit/append-only';
import { outboxMiddleware } from './sync/outbox-middleware';
import type { OutboxEntry, SyncConflict, SyncRevision } from './sync/rows';

/** The IndexedDB name. Never rename it: the user's data lives under it. */
export const DATABASE_NAME = 'dsh-desk';

/** A small key/value row about the database itself (when it was created, by which app version). */
export interface MetaRow {
  key: string;
  value: string;
}

/** The last number ever issued in a series (`project:2026` → 14), so a number is never issued twice. */
export interface CounterRow {
  key: string;
  last: number;
}

/**
 * An acknowledged reminder: the team has seen it and acted (or chosen not to). One row per reminder, keyed
 * by the reminder's id (see `ActionItem.id`), so the dashboard reads only the acknowledgements of the items
 * it shows. The audit log holds the same fact as an `acknowledge` event, written in the same transaction.
 * In a team it is a synced record (the reminder's id is the same on every workstation).
 */
export type AcknowledgementRow = Acknowledgement;

/**
 * Version 2: a table per entity. Every field a list filters or sorts by is indexed, so lists count and page
 * through indexes (10,000 projects, 50,000 people, 500,000 bookings, 1,000,000 audit events).
 * Booleans (`active`) cannot be IndexedDB keys: the tables that have them are small catalogues.
 */
const VERSION_2_STORES = {
  meta: 'key',
  counters: 'key',
  settings: 'id',
  projects:
    'id, &reference, title, stage, status, [status+stage], [status+stage+updatedAt], [status+updatedAt], ' +
    '[stage+updatedAt], updatedAt, enquiry.receivedOn, ' +
    'onboarding.leadResearcherId, onboarding.connectionTypeId, onboarding.plannedStart, onboarding.plannedEnd',
  people: 'id, &email, name, organisation, updatedAt',
  memberships: 'id, projectId, personId, &[projectId+personId]',
  trainingRecords: 'id, personId, [personId+kind], kind, completedOn, expiresOn',
  setupTasks: 'id, projectId, &[projectId+kind]',
  changeRequests: 'id, projectId, [projectId+status], status, personId, requestedOn',
  bookings: 'id, date, status, sessionId, [date+sessionId], [personId+date], [projectId+date], [status+date]',
  closureRecords: 'id, &projectId',
  certificates: 'id, &number, projectId, issuedOn',
  staffMembers: 'id, &email, name',
  applications: 'id, name',
  connectionTypes: 'id, name',
  sessionTemplates: 'id, [weekday+start]',
  blackoutDates: 'id, &date',
  // Newest-first pages of one record's, one entity's, one staff member's or one action's events, by seq.
  auditEvents: 'seq, at, [entity+seq], [entity+entityId+seq], [actor.staffId+seq], [action+seq]',
};

/** Version 3: acknowledged reminders, keyed by the reminder's id (a new table; every other table unchanged). */
const VERSION_3_STORES = {
  acknowledgements: 'itemId, at',
};

/**
 * Version 4: team sync (SYNC.md). Rows from other workstations must always apply, so no index a synced row
 * could trip is unique any more (the write path checks duplicates itself; duplicates that meet through sync
 * are found afterwards). New local-only tables: the outbox of changes to send, each record's server revision
 * and the version last agreed with the server (the base of a three-way merge), the records in conflict, and
 * the audit events of other workstations, one chain per device.
 */
const VERSION_4_STORES = {
  projects: VERSION_2_STORES.projects.replace('&reference', 'reference'),
  people: 'id, email, name, organisation, updatedAt',
  memberships: 'id, projectId, personId, [projectId+personId]',
  setupTasks: 'id, projectId, [projectId+kind]',
  closureRecords: 'id, projectId',
  certificates: 'id, number, projectId, issuedOn',
  staffMembers: 'id, email, name',
  blackoutDates: 'id, date',
  outbox: 'key, queuedAt',
  syncRevs: 'key, docId',
  syncConflicts: 'docId, foundAt',
  peerAuditEvents: '[device+seq], at, [entity+entityId+at]',
};

/**
 * A reminder given to one officer (by default a reminder is the project's case officer's): a synced record
 * keyed by the reminder without its window (shared/domain/schemas/reminder-assignment.ts); its audit event is
 * written in the same transaction.
 */
export type ReminderAssignmentRow = ReminderAssignment;

/**
 * A file kept as evidence for a record (a training certificate, a signed access form, destruction evidence, a
 * countersigned certificate). The bytes live in the data folder, named by their SHA-256, so the same file is
 * stored once; this row says which record it proves. A synced record (shared/domain/schemas/evidence-file.ts).
 */
export type EvidenceFileRow = EvidenceFile;

/**
 * Version 5: the team timeline filtered by record type, person or action in time order (issue 12), reminders
 * given to an officer (issue 16), evidence files (issue 17), and the maintained aggregates (issue 18: seats
 * taken per day and session, projects per status and stage; renderer/db/aggregates). Every table of version 4
 * is unchanged.
 */
const VERSION_5_STORES = {
  peerAuditEvents: '[device+seq], at, [entity+entityId+at], [entity+at], [actor.staffId+at], [action+at]',
  // Keyed by the reminder without its window, the same id on every workstation: a synced record.
  reminderAssignments: 'id, staffId',
  evidenceFiles: 'id, sha256, [entity+entityId]',
  ...AGGREGATE_STORES,
};

/**
 * Version 6: the deadlines aggregate (issue 18: each reminder a record can give rise to, by the day it is due,
 * so the action list reads only what can stand; renderer/db/aggregates/deadline-rows.ts). Every table of
 * version 5 is unchanged.
 */
const VERSION_6_STORES = { ...DEADLINE_STORES };

/**
 * Version 7: the register's order for each sort (issue 18). For each sort field, an index of it alone and under
 * each of the register's common filters (a status, a stage, both), closed by the id so every key is unique: a
 * page is one range read with a limit, and the next page starts after the last key seen
 * (renderer/db/repositories/register-order.ts). IndexedDB builds them from the rows already there; every
 * table but projects is unchanged.
 */
const VERSION_7_STORES = {
  projects:
    VERSION_4_STORES.projects +
    ', [updatedAt+id], [status+updatedAt+id], [stage+updatedAt+id], [status+stage+updatedAt+id]' +
    ', [reference+id], [status+reference+id], [stage+reference+id], [status+stage+reference+id]' +
    ', [title+id], [status+title+id], [stage+title+id], [status+stage+title+id]' +
    ', [onboarding.plannedStart+id], [status+onboarding.plannedStart+id], [stage+onboarding.plannedStart+id]' +
    ', [status+stage+onboarding.plannedStart+id]' +
    ', [onboarding.plannedEnd+id], [status+onboarding.plannedEnd+id], [stage+onboarding.plannedEnd+id]' +
    ', [status+stage+onboarding.plannedEnd+id]',
};

/** The typed database. Repositories receive an instance of it, so tests pass a fresh one. */
export class DshDatabase extends Dexie {
  meta!: Table<MetaRow, string>;
  counters!: Table<CounterRow, string>;
  settings!: Table<Settings, string>;
  projects!: Table<Project, string>;
  people!: Table<Person, string>;
  memberships!: Table<Membership, string>;
  trainingRecords!: Table<TrainingRecord, string>;
  setupTasks!: Table<SetupTask, string>;
  changeRequests!: Table<ChangeRequest, string>;
  bookings!: Table<Booking, string>;
  closureRecords!: Table<ClosureRecord, string>;
  certificates!: Table<Certificate, string>;
  staffMembers!: Table<StaffMember, string>;
  applications!: Table<Application, string>;
  connectionTypes!: Table<ConnectionType, string>;
  sessionTemplates!: Table<SessionTemplate, string>;
  blackoutDates!: Table<BlackoutDate, string>;
  auditEvents!: Table<AuditEvent, number>;
  acknowledgements!: Table<AcknowledgementRow, string>;
  outbox!: Table<OutboxEntry, string>;
  syncRevs!: Table<SyncRevision, string>;
  syncConflicts!: Table<SyncConflict, string>;
  peerAuditEvents!: Table<AuditEvent, [string, number]>;
  reminderAssignments!: Table<ReminderAssignmentRow, string>;
  evidenceFiles!: Table<EvidenceFileRow, string>;
  seatCounts!: Table<SeatCountRow, [string, string]>;
  projectCounts!: Table<ProjectCountRow, [string, string]>;
  deadlines!: Table<DeadlineRow, string>;

  constructor(
    name: string = DATABASE_NAME,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, { ...options, chromeTransactionDurability: 'strict', autoOpen: false });
    this.version(1).stores({ meta: 'key' });
    this.version(2)
      .stores(VERSION_2_STORES)
      .upgrade(() => {
        // Version 1 held only `meta`, which is kept as it is; every new table starts empty.
      });
    this.version(3)
      .stores(VERSION_3_STORES)
      .upgrade(() => {
        // A new, empty table: nothing to convert. Acknowledgements made before it existed were never kept.
      });
    this.version(4)
      .stores(VERSION_4_STORES)
      .upgrade(() => {
        // Indexes that were unique become plain (every row already satisfies them); the new tables start
        // empty: a workstation fills them when it joins a team.
      });
    this.version(5)
      .stores(VERSION_5_STORES)
      .upgrade(async (transaction) => {
        // New indexes are built by IndexedDB from the rows already there; reminder assignments and evidence
        // files start empty; the aggregates are summed from the records, so they are true from the start.
        await rebuildAggregates(transaction);
      });
    this.version(6)
      .stores(VERSION_6_STORES)
      .upgrade(async (transaction) => {
        // The reminders by due date, worked out from the records, so the action list is true from the start.
        await rebuildDerivedRows(transaction);
      });
    this.version(7)
      .stores(VERSION_7_STORES)
      .upgrade(() => {
        // New indexes only: IndexedDB builds them from the projects already stored; no record changes.
      });
    this.use(appendOnlyAuditLog);
    this.use(outboxMiddleware);
    this.use(aggregatesMiddleware);
  }
}
