/**
 * One step recorded for several members of a project at once: what is shared (the course and its dates, the
 * form's date and version, the date and who granted or revoked access). Each member's own record is then
 * checked by its usual schema (TrainingFormSchema, MembershipAccessFormSchema) before anything is written.
 */
import { z } from 'zod';
import { MAX, choiceField, idField, isoDateField, requiredText, strictForm } from './fields';
import { SETUP_TASK_KINDS } from './setup-task';
import { TRAINING_KINDS } from './training';

/** The steps that can be recorded for several members at once. */
export const MEMBER_STEPS = ['training', 'access-form', 'access-granted', 'access-revoked'] as const;
/** A step recorded for several members at once. */
export type MemberStepKind = (typeof MEMBER_STEPS)[number];

/** The shared fields of each step. */
export const MemberStepSchema = z.discriminatedUnion('step', [
  strictForm({
    step: z.literal('training'),
    kind: choiceField('Training', TRAINING_KINDS, 'Choose the training.'),
    completedOn: isoDateField('Completion date'),
    expiresOn: isoDateField('Expiry date').optional(),
  }),
  strictForm({
    step: z.literal('access-form'),
    signedOn: isoDateField('Date signed'),
    formVersion: requiredText('Form version', MAX.short),
  }),
  strictForm({
    step: z.literal('access-granted'),
    on: isoDateField('Date granted'),
    by: idField('Granted by', 'Choose who granted access.'),
  }),
  strictForm({
    step: z.literal('access-revoked'),
    on: isoDateField('Date revoked'),
    by: idField('Revoked by', 'Choose who revoked access.'),
  }),
]);
/** A step recorded for several members at once, with its shared fields. */
export type MemberStep = z.infer<typeof MemberStepSchema>;

/** One member's row of a step: the membership as the officer saw it, and what is theirs alone. */
export const MemberStepRowSchema = strictForm({
  membershipId: idField('Member'),
  expectedRevision: z.int().min(1),
  /** For training: the certificate or evidence reference of this member's course. */
  evidenceReference: z.string().optional(),
});
/** One member's row of a step. */
export type MemberStepRow = z.infer<typeof MemberStepRowSchema>;

/** Several set-up tasks marked done at once, by one staff member on one day. */
export const SetupTasksDoneSchema = strictForm({
  kinds: z
    .array(choiceField('Task', SETUP_TASK_KINDS, 'Choose the task.'))
    .min(1, 'Choose at least one task to mark done.'),
  doneBy: idField('Done by', 'Choose who did it.'),
  doneOn: isoDateField('Date done'),
});
/** Several set-up tasks marked done at once. */
export type SetupTasksDone = z.infer<typeof SetupTasksDoneSchema>;
