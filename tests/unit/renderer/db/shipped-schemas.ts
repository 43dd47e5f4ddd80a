/** Dexie stores of shipped schema versions, copied as they were, for the upgrade tests. */

/** The stores of version 2 exactly as shipped (a copy: the app's own class declares later versions). */
export const SHIPPED_V2_STORES = {
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
  auditEvents: 'seq, at, [entity+seq], [entity+entityId+seq], [actor.staffId+seq], [action+seq]',
};

/** Version 3 added only the acknowledged reminders. */
export const SHIPPED_V3_STORES = { acknowledgements: 'itemId, at' };

/** Version 4 (team sync) made unique indexes plain and added the sync tables. */
export const SHIPPED_V4_STORES = {
  projects: SHIPPED_V2_STORES.projects.replace('&reference', 'reference'),
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

/** Version 5 added the team timeline's indexes, reminder assignments, evidence files and the aggregates of sums. */
export const SHIPPED_V5_STORES = {
  peerAuditEvents: '[device+seq], at, [entity+entityId+at], [entity+at], [actor.staffId+at], [action+at]',
  reminderAssignments: 'id, staffId',
  evidenceFiles: 'id, sha256, [entity+entityId]',
  seatCounts: '[date+sessionId]',
  projectCounts: '[status+stage]',
};

/** Version 6 added the deadlines aggregate. */
export const SHIPPED_V6_STORES = { deadlines: 'id, subject, dueOn, until' };
