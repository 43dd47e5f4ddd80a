/** Training a person has done: per person, not per project, so one course counts for every project. */
import type { z } from 'zod';
import { MAX, choiceField, idField, isoDateField, optionalText, recordFields, strictForm } from './fields';

/** The two courses the DSH requires. */
export const TRAINING_KINDS = ['dsh-environment', 'nhs-dsa-level-1'] as const;
/** The two courses the DSH requires. */
export type TrainingKind = (typeof TRAINING_KINDS)[number];

const TRAINING_LABELS: Record<TrainingKind, string> = {
  'dsh-environment': 'DSH environment training',
  'nhs-dsa-level-1': 'NHS DSA Level 1 training',
};
/** The course as the team names it. */
export function trainingLabel(kind: TrainingKind): string {
  return TRAINING_LABELS[kind];
}

const trainingFields = {
  personId: idField('Person', 'Choose a person.'),
  kind: choiceField('Training', TRAINING_KINDS, 'Choose the training.'),
  completedOn: isoDateField('Completion date'),
  /** Left out for NHS DSA training, it expires after the validity months of the settings. */
  expiresOn: isoDateField('Expiry date').optional(),
  evidenceReference: optionalText('Evidence reference', MAX.reference),
};

type TrainingValue = {
  kind: TrainingKind;
  completedOn: string;
  expiresOn?: string | undefined;
  evidenceReference?: string | undefined;
};

function checkTraining(value: TrainingValue, ctx: z.RefinementCtx): void {
  if (value.expiresOn !== undefined && value.expiresOn <= value.completedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['expiresOn'],
      message: 'Expiry date must be after the completion date.',
    });
  }
  if (value.kind === 'nhs-dsa-level-1' && !value.evidenceReference) {
    ctx.addIssue({
      code: 'custom',
      path: ['evidenceReference'],
      message: 'Enter the certificate reference of the NHS DSA training.',
    });
  }
}

/** Recording a completed course. */
export const TrainingFormSchema = strictForm(trainingFields).superRefine(checkTraining);
/** What the training form holds. */
export type TrainingForm = z.infer<typeof TrainingFormSchema>;

/** A completed course: when, until when, and the evidence (e.g. the certificate reference). */
export const TrainingRecordSchema = strictForm({ ...recordFields, ...trainingFields }).superRefine(
  checkTraining,
);
/** A completed course. */
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;
