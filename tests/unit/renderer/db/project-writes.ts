/** The writes of the project, membership, set-up, change, closure, certificate and booking repositories. */
import { recordAuditEvent } from '../../../../renderer/db/audit/append';
import { cancelBooking } from '../../../../renderer/db/repositories/bookings';
import { issueCertificate, recordIssuedFile } from '../../../../renderer/db/repositories/certificates';
import { recordedDraftOf } from '../../../../renderer/db/repositories/certificate-draft-check';
import { decideChangeRequest } from '../../../../renderer/db/repositories/change-requests';
import { updateClosureChecklist } from '../../../../renderer/db/repositories/closure';
import * as memberships from '../../../../renderer/db/repositories/memberships';
import { moveProject } from '../../../../renderer/db/repositories/project-moves';
import * as projects from '../../../../renderer/db/repositories/projects';
import { undoSetupTask, updateSetupTask } from '../../../../renderer/db/repositories/setup-tasks';
import { IDS, aProject } from '../../../helpers/domain-fixtures';
import { enquiryForm } from './db-fixtures';
import { closureForm } from './world';
import { id, type WriteRow } from './write-row';

const ON = { on: '2026-07-02', by: IDS.officer };

/** Each write, by what the officer does. */
export const PROJECT_WRITES: Record<string, WriteRow> = {
  'record an enquiry': {
    act: (w) => id(w.project()),
    entity: 'project',
    action: 'create',
    changes: { reference: { after: 'DSH-2026-001' }, stage: { after: 'enquiry' } },
  },
  'correct an enquiry': {
    arrange: (w) => w.project(),
    act: async (w) =>
      id(
        projects.updateEnquiry(
          w.t.ctx,
          (await w.project()).id,
          1,
          enquiryForm({ title: 'Long COVID admissions' }),
        ),
      ),
    entity: 'project',
    action: 'update',
    changes: { title: { before: 'Hospital admissions after long COVID', after: 'Long COVID admissions' } },
  },
  'record the initial discussion': {
    arrange: (w) => w.project(),
    act: async (w) =>
      id(projects.recordDiscussion(w.t.ctx, (await w.project()).id, 1, aProject().discussion!)),
    entity: 'project',
    action: 'update',
    changes: { discussion: { after: aProject().discussion } },
  },
  'record the suitability outcome': {
    arrange: (w) => w.project(),
    act: async (w) =>
      id(projects.recordSuitability(w.t.ctx, (await w.project()).id, 1, aProject().suitability!)),
    entity: 'project',
    action: 'update',
    changes: { suitability: { after: aProject().suitability } },
  },
  'save the onboarding form': {
    arrange: (w) => w.project(),
    act: async (w) =>
      id(projects.saveOnboardingDraft(w.t.ctx, (await w.project()).id, 1, { dataController: 'NHS England' })),
    entity: 'project',
    action: 'update',
    changes: { onboarding: { before: {}, after: { dataController: 'NHS England' } } },
  },
  'advance a project': {
    arrange: (w) => w.suitableProject(),
    act: async (w) =>
      id(moveProject(w.t.ctx, (await w.project()).id, 3, { kind: 'advance' }).then((m) => m.project)),
    entity: 'project',
    action: 'advance',
    changes: { stage: { before: 'enquiry', after: 'onboarding' } },
  },
  'withdraw a project': {
    arrange: (w) => w.project(),
    act: async (w) =>
      id(
        moveProject(w.t.ctx, (await w.project()).id, 1, { kind: 'withdraw', reason: 'Funding ended.' }).then(
          (m) => m.project,
        ),
      ),
    entity: 'project',
    action: 'withdraw',
    changes: { status: { before: 'open', after: 'withdrawn' } },
  },
  'delete an enquiry': {
    arrange: (w) => w.project(),
    act: async (w) => {
      const { id: projectId } = await w.project();
      await projects.deleteEnquiry(w.t.ctx, projectId, 1, 'Recorded twice.');
      return projectId;
    },
    entity: 'project',
    action: 'delete',
    changes: { reference: { before: 'DSH-2026-001' } },
  },
  'add a member': {
    arrange: async (w) => [await w.project(), await w.person()],
    act: (w) => id(w.membership()),
    entity: 'membership',
    action: 'create',
    changes: { role: { after: 'lead' } },
  },
  'change a member’s role': {
    arrange: (w) => w.membership(),
    act: async (w) => id(memberships.changeMemberRole(w.t.ctx, (await w.membership()).id, 1, 'analyst')),
    entity: 'membership',
    action: 'update',
    changes: { role: { before: 'lead', after: 'analyst' } },
  },
  'record the user access form': {
    arrange: (w) => w.membership(),
    act: async (w) =>
      id(
        memberships.recordAccessForm(w.t.ctx, (await w.membership()).id, 1, {
          signedOn: '2026-07-01',
          formVersion: 'v3',
        }),
      ),
    entity: 'membership',
    action: 'record-access-form',
    changes: { accessForm: { after: { signedOn: '2026-07-01', formVersion: 'v3' } } },
  },
  'grant access': {
    arrange: async (w) =>
      memberships.recordAccessForm(w.t.ctx, (await w.membership()).id, 1, {
        signedOn: '2026-07-01',
        formVersion: 'v3',
      }),
    act: async (w) => id(memberships.grantAccess(w.t.ctx, (await w.membership()).id, 2, ON)),
    entity: 'membership',
    action: 'grant-access',
    changes: { accessGranted: { after: ON } },
  },
  'revoke access': {
    arrange: async (w) =>
      memberships.updateMemberAccess(w.t.ctx, (await w.membership()).id, 1, {
        accessForm: { signedOn: '2026-07-01', formVersion: 'v3' },
        accessGranted: ON,
      }),
    act: async (w) =>
      id(
        memberships.revokeAccess(w.t.ctx, (await w.membership()).id, 2, {
          on: '2026-11-05',
          by: IDS.officer,
        }),
      ),
    entity: 'membership',
    action: 'revoke-access',
    changes: { accessRevoked: { after: { on: '2026-11-05', by: IDS.officer } } },
  },
  'remove a member': {
    arrange: (w) => w.membership(),
    act: async (w) => {
      const { id: membershipId } = await w.membership();
      await memberships.removeMember(w.t.ctx, membershipId, 1, 'Added by mistake.');
      return membershipId;
    },
    entity: 'membership',
    action: 'delete',
    changes: { role: { before: 'lead' } },
  },
  'mark a set-up task done': {
    arrange: (w) => w.project(),
    act: (w) => id(w.setupTask()),
    entity: 'setup-task',
    action: 'create',
    changes: { kind: { after: 'environment-created' } },
  },
  'correct a set-up task': {
    arrange: (w) => w.setupTask(),
    act: async (w) =>
      id(
        updateSetupTask(w.t.ctx, (await w.setupTask()).id, 1, { doneBy: IDS.officer, doneOn: '2026-06-21' }),
      ),
    entity: 'setup-task',
    action: 'update',
    changes: { doneOn: { before: '2026-06-20', after: '2026-06-21' } },
  },
  'mark a set-up task not done': {
    arrange: (w) => w.setupTask(),
    act: async (w) => {
      const { id: taskId } = await w.setupTask();
      await undoSetupTask(w.t.ctx, taskId, 1, 'Environment rebuilt.');
      return taskId;
    },
    entity: 'setup-task',
    action: 'delete',
    changes: { kind: { before: 'environment-created' } },
  },
  'record a change request': {
    arrange: async (w) => [await w.project(), await w.person()],
    act: (w) => id(w.changeRequest()),
    entity: 'change-request',
    action: 'create',
    changes: { status: { after: 'requested' } },
  },
  'approve a change request': {
    arrange: (w) => w.changeRequest(),
    act: async (w) =>
      id(
        decideChangeRequest(w.t.ctx, (await w.changeRequest()).id, 1, {
          status: 'approved',
          on: '2026-11-21',
        }),
      ),
    entity: 'change-request',
    action: 'approve',
    changes: { status: { before: 'requested', after: 'approved' }, decidedOn: { after: '2026-11-21' } },
  },
  'start the closure checklist': {
    arrange: (w) => w.closingProject(),
    act: (w) => id(w.closure()),
    entity: 'closure-record',
    action: 'create',
    changes: { extractsConfirmed: { after: true } },
  },
  'save the closure checklist': {
    arrange: (w) => w.closure(),
    act: async (w) =>
      id(
        updateClosureChecklist(w.t.ctx, (await w.closure()).id, 1, {
          ...closureForm(),
          dataOwnerAuthorisationRef: 'NHSE-2',
        }),
      ),
    entity: 'closure-record',
    action: 'update',
    changes: { dataOwnerAuthorisationRef: { before: 'NHSE-AUTH-2026-77', after: 'NHSE-2' } },
  },
  'issue the certificate of deletion': {
    arrange: (w) => w.closure(),
    act: async (w) => {
      const projectId = (await w.closingProject()).id;
      const { draft } = await recordedDraftOf(w.t.db, projectId, '2026-11-25');
      return id(issueCertificate(w.t.ctx, projectId, draft!));
    },
    entity: 'certificate',
    action: 'issue',
    changes: { number: { after: 'DSH-CERT-2026-0001' } },
  },
  'keep the SHA-256 of a certificate’s file': {
    arrange: async (w) => {
      await w.closure();
      const projectId = (await w.closingProject()).id;
      const { draft } = await recordedDraftOf(w.t.db, projectId, '2026-11-25');
      await issueCertificate(w.t.ctx, projectId, draft!);
    },
    act: async (w) => {
      const certificate = (await w.t.db.certificates.toCollection().first())!;
      return id(recordIssuedFile(w.t.ctx, certificate.id, 'a'.repeat(64)));
    },
    entity: 'certificate',
    action: 'record-file',
    changes: { pdfSha256: { after: 'a'.repeat(64) } },
  },
  'book a session': {
    arrange: async (w) => [await w.person(), await w.project(), await w.session()],
    act: (w) => id(w.booking()),
    entity: 'booking',
    action: 'create',
    changes: { status: { after: 'booked' }, date: { after: '2026-12-07' } },
  },
  'cancel a booking': {
    arrange: (w) => w.booking(),
    act: async (w) => id(cancelBooking(w.t.ctx, (await w.booking()).id, 1, 'Unwell.')),
    entity: 'booking',
    action: 'cancel',
    changes: { status: { before: 'booked', after: 'cancelled' }, cancelReason: { after: 'Unwell.' } },
  },
  'record an export': {
    arrange: (w) => w.project(),
    act: async (w) =>
      (
        await recordAuditEvent(w.t.ctx, {
          entity: 'project',
          entityId: (await w.project()).id,
          action: 'export',
        })
      ).entityId,
    entity: 'project',
    action: 'export',
    changes: {},
  },
};
