/**
 * The project: its enquiry, the initial discussion and suitability outcome, the onboarding form, the start of
 * its closure, and where it stands (stage and status).
 */
import { z } from 'zod';
import { ANY_PROJECT_REFERENCE_PATTERN } from '../references';
import { PROJECT_STATUSES, STAGES, type Stage } from '../stages';
import {
  MAX,
  choiceField,
  emailField,
  idField,
  isoDateField,
  optionalText,
  recordFields,
  requiredText,
  strictForm,
} from './fields';
import { OnboardingDraftSchema } from './onboarding';

const enquiryFields = {
  receivedOn: isoDateField('Date received'),
  contact: strictForm({
    name: requiredText('Contact name', MAX.name),
    email: emailField('Contact e-mail address'),
    organisation: requiredText('Organisation', MAX.organisation),
    department: optionalText('Department', MAX.organisation),
  }),
  description: requiredText('Brief description', MAX.description),
  dataSourcesHinted: optionalText('Data sources', MAX.description),
};

/** What an enquiry records, besides the working title. */
export const EnquiryDetailsSchema = strictForm(enquiryFields);
/** What an enquiry records, besides the working title. */
export type EnquiryDetails = z.infer<typeof EnquiryDetailsSchema>;

/** Recording a new enquiry (or correcting it). */
export const EnquiryFormSchema = strictForm({ title: requiredText('Title', MAX.title), ...enquiryFields });
/** What the enquiry form holds. */
export type EnquiryForm = z.infer<typeof EnquiryFormSchema>;

/** The initial discussion with the DSH team. */
export const DiscussionFormSchema = strictForm({
  heldOn: isoDateField('Date of the discussion'),
  staffIds: z
    .array(idField('Staff member'), { error: 'Choose who from the DSH team took part.' })
    .min(1, 'Choose who from the DSH team took part.')
    .max(20, 'At most 20 staff members can be recorded.'),
  notes: optionalText('Notes', MAX.notes),
});
/** The initial discussion with the DSH team. */
export type DiscussionForm = z.infer<typeof DiscussionFormSchema>;

/** What the initial discussion concluded. */
export const SUITABILITY_OUTCOMES = ['suitable', 'not-suitable', 'more-information-needed'] as const;
/** What the initial discussion concluded. */
export type SuitabilityOutcome = (typeof SUITABILITY_OUTCOMES)[number];
const OUTCOME_LABELS: Record<SuitabilityOutcome, string> = {
  suitable: 'suitable',
  'not-suitable': 'not suitable',
  'more-information-needed': 'more information needed',
};
/** The outcome in the team's words ("more information needed"). */
export function suitabilityLabel(outcome: SuitabilityOutcome): string {
  return OUTCOME_LABELS[outcome];
}

/** The suitability outcome, with its reason. */
export const SuitabilityFormSchema = strictForm({
  outcome: choiceField('Suitability outcome', SUITABILITY_OUTCOMES, 'Choose the suitability outcome.'),
  reason: requiredText('Reason', MAX.reason, 'Give the reason for this outcome.'),
  decidedOn: isoDateField('Date of the decision'),
});
/** The suitability outcome, with its reason. */
export type SuitabilityForm = z.infer<typeof SuitabilityFormSchema>;

/** Why a project is closing. */
export const CLOSURE_REASONS = ['end-date-reached', 'early-end', 'other'] as const;
/** Why a project is closing. */
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Starting the closure of an active project; "other" needs a note saying why. */
export const ClosureStartFormSchema = strictForm({
  startedOn: isoDateField('Closure start date'),
  reason: choiceField('Reason for closure', CLOSURE_REASONS, 'Choose why the project is closing.'),
  note: optionalText('Note', MAX.notes),
}).superRefine((form, ctx) => {
  if (form.reason === 'other' && !form.note) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say why the project is closing.' });
  }
});
/** Starting the closure of an active project. */
export type ClosureStartForm = z.infer<typeof ClosureStartFormSchema>;

/** The day the project last entered each stage (for reports of time spent in a stage). */
export const StageEnteredAtSchema = strictForm(
  Object.fromEntries(STAGES.map((stage) => [stage, isoDateField('Date entered').optional()])) as Record<
    Stage,
    z.ZodOptional<ReturnType<typeof isoDateField>>
  >,
);

/** A research project taken through the six stages. */
export const ProjectSchema = strictForm({
  ...recordFields,
  // Provisional (DSH-2026-P-7F3K9Q) until the team server confirms a number (team mode, offline).
  reference: z
    .string()
    .regex(ANY_PROJECT_REFERENCE_PATTERN, 'Project reference must look like DSH-2026-014.'),
  title: requiredText('Title', MAX.title),
  status: choiceField('Status', PROJECT_STATUSES),
  stage: choiceField('Stage', STAGES),
  stageEnteredAt: StageEnteredAtSchema,
  enquiry: EnquiryDetailsSchema,
  discussion: DiscussionFormSchema.optional(),
  suitability: SuitabilityFormSchema.optional(),
  onboarding: OnboardingDraftSchema,
  closureStart: ClosureStartFormSchema.optional(),
  /** The DSH staff member who looks after the project day to day (optional: older records have none). */
  caseOfficerId: idField('Case officer').optional(),
  /** When and why the project was declined, withdrawn or closed. */
  ended: strictForm({ on: isoDateField('End date'), reason: optionalText('Reason', MAX.reason) }).optional(),
}).superRefine((project, ctx) => {
  if (project.status === 'open' && project.ended) {
    ctx.addIssue({ code: 'custom', path: ['ended'], message: 'A project in progress cannot have ended.' });
  }
  if (project.status !== 'open' && !project.ended) {
    ctx.addIssue({ code: 'custom', path: ['ended'], message: 'Record when the project ended.' });
  }
  if (project.status === 'declined' && project.stage !== 'enquiry') {
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'Only an enquiry can be declined.' });
  }
  if (project.status === 'closed' && project.stage !== 'closure') {
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'Only a project in closure can be closed.' });
  }
});
/** A research project taken through the six stages. */
export type Project = z.infer<typeof ProjectSchema>;
