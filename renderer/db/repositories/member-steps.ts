/**
 * One step recorded for several members at once (a course, the signed access form, access granted, access
 * revoked) and several set-up tasks marked done at once. Every row is checked first, in the same transaction
 * as the writes: one bad row refuses the lot, naming its member, and nothing is written. Each record is then
 * written through its usual repository, so each gets its own audit event, exactly as the one-at-a-time path.
 */
import {
  MembershipAccessFormSchema,
  MemberStepRowSchema,
  MemberStepSchema,
  SetupTasksDoneSchema,
  TrainingFormSchema,
  type Membership,
  type MemberStep,
  type MemberStepRow,
  type SetupTasksDone,
  type TrainingForm,
} from '../../../shared/domain';
import { sentence } from '../../../shared/sentence';
import Dexie from 'dexie';
import type { DshDatabase } from '../database';
import { RefusedError } from '../errors';
import type { WriteContext } from '../write/context';
import { validated, issuesOf } from '../write/validate';
import { grantAccess, recordAccessForm, revokeAccess } from './memberships';
import { markSetupTaskDone } from './setup-tasks';
import { addTrainingRecord } from './training';

/** What the step makes of one member's record: their training form, or their whole access record. */
type Planned =
  | { kind: 'training'; form: TrainingForm }
  | {
      kind: 'access';
      membership: Membership;
      access: Pick<Membership, 'accessForm' | 'accessGranted' | 'accessRevoked'>;
    };

const ALREADY: Record<Exclude<MemberStep['step'], 'training'>, keyof Membership> = {
  'access-form': 'accessForm',
  'access-granted': 'accessGranted',
  'access-revoked': 'accessRevoked',
};
const ALREADY_WORDS = {
  'access-form': 'The signed access form is already recorded',
  'access-granted': 'Access is already granted',
  'access-revoked': 'Access is already revoked',
} as const;

function plan(step: MemberStep, membership: Membership, row: MemberStepRow): Planned {
  if (step.step === 'training') {
    const { step: _step, ...course } = step;
    const evidence = row.evidenceReference?.trim();
    return {
      kind: 'training',
      form: { personId: membership.personId, ...course, evidenceReference: evidence || undefined },
    };
  }
  const access = {
    accessForm: membership.accessForm,
    accessGranted: membership.accessGranted,
    accessRevoked: membership.accessRevoked,
  };
  if (step.step === 'access-form')
    access.accessForm = { signedOn: step.signedOn, formVersion: step.formVersion };
  else if (step.step === 'access-granted') access.accessGranted = { on: step.on, by: step.by };
  else access.accessRevoked = { on: step.on, by: step.by };
  return { kind: 'access', membership, access };
}

/** The problems of one member's row, in plain words (empty when it can be written). */
function problemsOf(step: MemberStep, membership: Membership, row: MemberStepRow): string[] {
  if (membership.revision !== row.expectedRevision) {
    return ['Their record was changed elsewhere meanwhile: reload the page and try again'];
  }
  if (step.step !== 'training' && membership[ALREADY[step.step]] !== undefined)
    return [ALREADY_WORDS[step.step]];
  const planned = plan(step, membership, row);
  const parsed =
    planned.kind === 'training'
      ? TrainingFormSchema.safeParse(planned.form)
      : MembershipAccessFormSchema.safeParse(planned.access);
  return parsed.success ? [] : issuesOf(parsed.error).map((issue) => issue.message);
}

/**
 * Records `step` for each member of `rows` (memberships of `projectId`), all in one transaction with one
 * audit event per record; refuses every row (RefusedError naming each member and what is wrong) if any is bad.
 */
export async function recordStepForMembers(
  ctx: WriteContext,
  projectId: string,
  stepInput: MemberStep,
  rowsInput: readonly MemberStepRow[],
): Promise<number> {
  const step = validated(MemberStepSchema, stepInput);
  const rows = rowsInput.map((row) => validated(MemberStepRowSchema, row));
  if (rows.length === 0) throw new RefusedError(['Choose at least one member.'], 'Nothing was saved.');
  const { db } = ctx;
  const tables = [db.memberships, db.trainingRecords, db.people, db.projects, db.auditEvents, db.meta];
  return db.transaction('rw', tables, async () => {
    const memberships = await db.memberships.bulkGet(rows.map((row) => row.membershipId));
    const people = await db.people.bulkGet(memberships.map((m) => m?.personId ?? ''));
    const refused: string[] = [];
    const planned: Planned[] = [];
    rows.forEach((row, i) => {
      const membership = memberships[i];
      if (!membership || membership.projectId !== projectId) {
        refused.push('A chosen member is no longer on this project: reload the page.');
        return;
      }
      const problems = problemsOf(step, membership, row);
      const name = people[i]?.name ?? 'A member with no person record';
      if (problems.length > 0) refused.push(`${name}: ${problems.map(sentence).join(' ')}`);
      else planned.push(plan(step, membership, row));
    });
    if (refused.length > 0) throw new RefusedError(refused, 'Nothing was saved.');
    for (const item of planned) {
      if (item.kind === 'training') {
        await addTrainingRecord(ctx, item.form);
        continue;
      }
      const { id, revision } = item.membership;
      const { accessForm, accessGranted, accessRevoked } = item.access;
      if (step.step === 'access-form') await recordAccessForm(ctx, id, revision, accessForm!);
      else if (step.step === 'access-granted') await grantAccess(ctx, id, revision, accessGranted!);
      else await revokeAccess(ctx, id, revision, accessRevoked!);
    }
    return planned.length;
  });
}

/** Marks several set-up tasks done in one transaction, one audit event each; a task already done refuses all. */
export async function markSetupTasksDone(
  ctx: WriteContext,
  projectId: string,
  input: SetupTasksDone,
): Promise<number> {
  const { kinds, doneBy, doneOn } = validated(SetupTasksDoneSchema, input);
  const { db } = ctx;
  return db.transaction('rw', [db.setupTasks, db.projects, db.auditEvents, db.meta], async () => {
    for (const kind of new Set(kinds)) await markSetupTaskDone(ctx, projectId, { kind, doneBy, doneOn });
    return new Set(kinds).size;
  });
}

/**
 * The version of the user access form recorded last, on any project (from the newest `record-access-form`
 * event, through the action index): what the next signed form most likely is.
 */
export async function lastAccessFormVersion(db: DshDatabase): Promise<string | undefined> {
  const event = await db.auditEvents
    .where('[action+seq]')
    .between(['record-access-form', Dexie.minKey], ['record-access-form', Dexie.maxKey])
    .last();
  const after = event?.changes.accessForm?.after as { formVersion?: unknown } | undefined;
  return typeof after?.formVersion === 'string' ? after.formVersion : undefined;
}
