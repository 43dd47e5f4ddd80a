/**
 * Projects: recording an enquiry (with the next reference), and editing what each stage records. Stage
 * moves are in project-moves.ts; lists and counts in project-lists.ts.
 *
 * Each form is checked against its own schema first, so a refusal names the form's fields (`contact.email`,
 * not `enquiry.contact.email`). Decisions: a Closed project is read-only (its data is destroyed and its certificate issued); only an
 * enquiry can be deleted (one recorded by mistake), and its reference is never issued again.
 */
import {
  ClosureStartFormSchema,
  DiscussionFormSchema,
  EnquiryFormSchema,
  OnboardingDraftSchema,
  SuitabilityFormSchema,
  decline,
  type ClosureStartForm,
  type DiscussionForm,
  type EnquiryForm,
  type Move,
  type OnboardingDraft,
  type Project,
  type SuitabilityForm,
} from '../../../shared/domain';
import { RefusedError } from '../errors';
import { todayOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, deleteRecord, updateRecord, type RecordBody } from '../write/records';
import { validated } from '../write/validate';
import { inTeam, takeProvisionalReference } from '../sync/team-numbers';
import { takeNextProjectReference } from './counters';

const CLOSED = 'This project is closed, so its record can no longer be changed.';

/**
 * Records a new enquiry, giving it the next project reference of the year; in a team, a provisional one
 * that the next sync round replaces with a team-wide number (sync/team-numbers.ts).
 */
export async function createEnquiry(ctx: WriteContext, form: EnquiryForm): Promise<Project> {
  const { title, ...enquiry } = validated(EnquiryFormSchema, form);
  const year = Number(todayOf(ctx).slice(0, 4));
  const team = inTeam(ctx.db);
  return createRecord(
    ctx,
    ENTITIES.project,
    async (db): Promise<RecordBody<Project>> => ({
      reference: team ? await takeProvisionalReference(db, year) : await takeNextProjectReference(db, year),
      title,
      status: 'open',
      stage: 'enquiry',
      stageEnteredAt: { enquiry: enquiry.receivedOn },
      enquiry,
      onboarding: {},
    }),
    { tables: [ctx.db.counters] },
  );
}

/** Edits a project that is not closed; `edit` gives the new project from the stored one. */
function editProject(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  edit: (current: Project) => Project,
): Promise<Project> {
  return updateRecord(ctx, ENTITIES.project, id, expectedRevision, (current) => {
    if (current.status === 'closed') throw new RefusedError([CLOSED], 'Nothing was saved.');
    return edit(current);
  });
}

/** Corrects the enquiry: working title, contact, description, data sources. */
export async function updateEnquiry(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  form: EnquiryForm,
): Promise<Project> {
  const { title, ...enquiry } = validated(EnquiryFormSchema, form);
  return editProject(ctx, id, expectedRevision, (current) => ({ ...current, title, enquiry }));
}

/** Records (or corrects) the initial discussion. */
export async function recordDiscussion(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  discussion: DiscussionForm,
): Promise<Project> {
  const checked = validated(DiscussionFormSchema, discussion);
  return editProject(ctx, id, expectedRevision, (current) => ({ ...current, discussion: checked }));
}

/**
 * Records (or corrects) the suitability outcome and its reason. "Not suitable" ends an open enquiry as
 * Declined with that reason, in the same write and one audit event (DESIGN: the outcome ends the project).
 */
export async function recordSuitability(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  suitability: SuitabilityForm,
): Promise<Project> {
  const checked = validated(SuitabilityFormSchema, suitability);
  let declined: Move | undefined;
  return updateRecord(
    ctx,
    ENTITIES.project,
    id,
    expectedRevision,
    (current) => {
      if (current.status === 'closed') throw new RefusedError([CLOSED], 'Nothing was saved.');
      const recorded = { ...current, suitability: checked };
      if (checked.outcome !== 'not-suitable' || current.status !== 'open') return recorded;
      const result = decline(recorded, checked.reason, todayOf(ctx));
      if (!result.allowed) throw new RefusedError(result.reasons, 'Nothing was saved.');
      declined = result.move;
      return result.project;
    },
    { annotate: () => (declined ? { action: 'decline', reason: declined.reason } : {}) },
  );
}

/** Saves the onboarding form as it stands, complete or not (the onboarding gate checks completeness). */
export async function saveOnboardingDraft(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  onboarding: OnboardingDraft,
): Promise<Project> {
  const checked = validated(OnboardingDraftSchema, onboarding);
  return editProject(ctx, id, expectedRevision, (current) => ({ ...current, onboarding: checked }));
}

/** Records the start of the closure of an active project (date and reason). */
export async function startClosure(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  closureStart: ClosureStartForm,
): Promise<Project> {
  const checked = validated(ClosureStartFormSchema, closureStart);
  return editProject(ctx, id, expectedRevision, (current) => {
    if (current.stage !== 'active' && current.stage !== 'closure') {
      throw new RefusedError(['Only an active project can start its closure.'], 'Nothing was saved.');
    }
    return { ...current, closureStart: checked };
  });
}

/** Deletes an enquiry recorded by mistake; its reference is never issued again. */
export function deleteEnquiry(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  reason?: string,
): Promise<void> {
  return deleteRecord(ctx, ENTITIES.project, id, expectedRevision, {
    reason,
    tables: [ctx.db.memberships],
    check: async (current, db) => {
      const members = await db.memberships.where('projectId').equals(id).count();
      if (current.stage !== 'enquiry' || current.status !== 'open' || members > 0) {
        throw new RefusedError(
          ['Only an open enquiry without members can be deleted: withdraw or decline the project instead.'],
          'The project was not deleted.',
        );
      }
    },
  });
}
