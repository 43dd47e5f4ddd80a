/**
 * Records a repository test needs, each made once per database through the repositories themselves (so
 * each has its audit event), on demand: `await world.person()` makes Dr A Smith the first time.
 */
import { appendAuditEvent } from '../../../../renderer/db/audit/append';
import type { ClosureForm, Project } from '../../../../shared/domain';
import { createBooking } from '../../../../renderer/db/repositories/bookings';
import {
  addApplication,
  addBlackoutDate,
  addConnectionType,
  addSessionTemplate,
} from '../../../../renderer/db/repositories/catalogues';
import { recordChangeRequest } from '../../../../renderer/db/repositories/change-requests';
import { startClosureChecklist } from '../../../../renderer/db/repositories/closure';
import { addMember } from '../../../../renderer/db/repositories/memberships';
import { addPerson } from '../../../../renderer/db/repositories/people';
import {
  createEnquiry,
  recordDiscussion,
  recordSuitability,
} from '../../../../renderer/db/repositories/projects';
import { markSetupTaskDone } from '../../../../renderer/db/repositories/setup-tasks';
import { addStaffMember } from '../../../../renderer/db/repositories/staff';
import { addTrainingRecord } from '../../../../renderer/db/repositories/training';
import { IDS, aClosureRecord, aProject, gateMet } from '../../../helpers/domain-fixtures';
import {
  applicationForm,
  connectionForm,
  enquiryForm,
  personForm,
  sessionForm,
  staffForm,
  type TestDb,
} from './db-fixtures';

/** The closure checklist form of the standard project. */
export function closureForm(): ClosureForm {
  const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, projectId: _p, ...form } = aClosureRecord();
  return form;
}

/** A test's records, made on first use. */
export class World {
  private made = new Map<string, Promise<unknown>>();

  constructor(readonly t: TestDb) {}

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.made.has(key)) this.made.set(key, make());
    return this.made.get(key) as Promise<T>;
  }

  staff = () =>
    this.once('staff', () => addStaffMember(this.t.ctx, staffForm({ email: 'pat@dsh.example.ac.uk' })));
  person = () => this.once('person', () => addPerson(this.t.ctx, personForm()));
  application = () => this.once('application', () => addApplication(this.t.ctx, applicationForm()));
  connectionType = () => this.once('connection', () => addConnectionType(this.t.ctx, connectionForm()));
  session = () => this.once('session', () => addSessionTemplate(this.t.ctx, sessionForm()));
  blackout = () =>
    this.once('blackout', () => addBlackoutDate(this.t.ctx, { date: '2026-12-25', reason: 'Christmas Day' }));
  project = () => this.once('project', () => createEnquiry(this.t.ctx, enquiryForm()));

  /** An enquiry with its discussion recorded and found suitable: its gate is met. */
  suitableProject = () =>
    this.once('suitable', async (): Promise<Project> => {
      const project = await this.project();
      const { discussion, suitability } = aProject();
      const discussed = await recordDiscussion(this.t.ctx, project.id, project.revision, discussion!);
      return recordSuitability(this.t.ctx, project.id, discussed.revision, suitability!);
    });

  membership = () =>
    this.once('membership', async () =>
      addMember(this.t.ctx, (await this.project()).id, { personId: (await this.person()).id, role: 'lead' }),
    );
  training = () =>
    this.once('training', async () =>
      addTrainingRecord(this.t.ctx, {
        personId: (await this.person()).id,
        kind: 'dsh-environment',
        completedOn: '2026-06-01',
      }),
    );
  setupTask = () =>
    this.once('setup', async () =>
      markSetupTaskDone(this.t.ctx, (await this.project()).id, {
        kind: 'environment-created',
        doneBy: IDS.officer,
        doneOn: '2026-06-20',
      }),
    );
  changeRequest = () =>
    this.once('change', async () =>
      recordChangeRequest(this.t.ctx, (await this.project()).id, {
        kind: 'add-user',
        personId: (await this.person()).id,
        requestedOn: '2026-11-20',
      }),
    );

  /** A project in Closure, put straight into its table with its creation audited (as if it got there earlier). */
  closingProject = () =>
    this.once('closing', async () => {
      const { project } = gateMet('closure');
      const { db, ctx } = this.t;
      await db.transaction('rw', [db.projects, db.auditEvents, db.meta], async () => {
        await db.projects.add(project);
        await appendAuditEvent(db, ctx, { entity: 'project', entityId: project.id, action: 'create' });
      });
      return project;
    });
  closure = () =>
    this.once('closure', async () =>
      startClosureChecklist(this.t.ctx, (await this.closingProject()).id, closureForm()),
    );
  booking = () =>
    this.once('booking', async () =>
      createBooking(
        this.t.ctx,
        {
          personId: (await this.person()).id,
          projectId: (await this.project()).id,
          sessionId: (await this.session()).id,
          date: '2026-12-07',
        },
        // This world is about records and their audit events; the booking rules have tests of their own.
        async () => [],
      ),
    );
}
