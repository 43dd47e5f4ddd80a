/**
 * The onboarding form, completed with the lead researcher. `OnboardingDraft` is what may be saved half-done;
 * `OnboardingFormSchema` is the complete form the onboarding gate asks for.
 */
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../../dates';
import {
  MAX,
  choiceField,
  idField,
  isoDateField,
  optionalText,
  requiredText,
  strictForm,
  wholeNumberField,
} from './fields';

/** How identifiable the data in a dataset is. */
export const DATASET_CLASSIFICATIONS = ['identifiable', 'pseudonymised', 'anonymised'] as const;
/** How identifiable the data in a dataset is. */
export type DatasetClassification = (typeof DATASET_CLASSIFICATIONS)[number];

/** The information-governance references the form asks about, with the names the team uses. */
export const IG_REFERENCE_LABELS = {
  ethics: 'Ethics approval',
  irasHra: 'IRAS / HRA approval',
  cag: 'CAG approval',
  nhsEnglandDars: 'NHS England DARS / DSA',
  dspt: 'DSPT of the organisation',
} as const;
/** One of the information-governance references. */
export type IgReferenceKey = keyof typeof IG_REFERENCE_LABELS;
const IG_KEYS = Object.keys(IG_REFERENCE_LABELS) as IgReferenceKey[];

const datasetFields = {
  name: requiredText('Name', MAX.title),
  provider: requiredText('Provider', MAX.organisation),
  classification: choiceField('Classification', DATASET_CLASSIFICATIONS),
  tier: wholeNumberField('Tier', 0, 4),
  approxSize: requiredText('Approximate size', MAX.short),
};

/** One dataset the project will bring into the DSH. */
export const DatasetSchema = strictForm(datasetFields);
/** One dataset the project will bring into the DSH. */
export type Dataset = z.infer<typeof DatasetSchema>;

/** A new application the researcher asks the team to add to the catalogue. */
export const RequestedApplicationSchema = strictForm({
  name: requiredText('Application name', MAX.name),
  note: optionalText('Note', MAX.notes),
});
/** A new application the researcher asks the team to add to the catalogue. */
export type RequestedApplication = z.infer<typeof RequestedApplicationSchema>;

function igEntry(label: string) {
  const choose = `Say whether ${label} applies.`;
  return z.discriminatedUnion(
    'applicable',
    [
      strictForm({
        applicable: z.literal(true),
        reference: requiredText(`${label} reference`, MAX.reference),
      }),
      strictForm({
        applicable: z.literal(false),
        reason: requiredText('Reason', MAX.reason, `Say why ${label} is not applicable.`),
      }),
    ],
    { error: choose },
  );
}

function igDraftEntry(label: string) {
  return z.discriminatedUnion('applicable', [
    strictForm({ applicable: z.literal(true), reference: optionalText(`${label} reference`, MAX.reference) }),
    strictForm({ applicable: z.literal(false), reason: optionalText('Reason', MAX.reason) }),
  ]);
}

function igShape<T>(entry: (label: string) => T): Record<IgReferenceKey, T> {
  return Object.fromEntries(IG_KEYS.map((key) => [key, entry(IG_REFERENCE_LABELS[key])])) as Record<
    IgReferenceKey,
    T
  >;
}

/** Each reference is given, or marked "not applicable" with a reason. */
export const IgReferencesSchema = strictForm(
  igShape(igEntry),
  'Give the information-governance references, or say why each is not applicable.',
);
/** The information-governance references of a project. */
export type IgReferences = z.infer<typeof IgReferencesSchema>;
/** One information-governance reference: given, or not applicable with a reason. */
export type IgReference = IgReferences[IgReferenceKey];

const onboardingFields = {
  leadResearcherId: idField('Lead researcher', 'Choose the lead researcher.'),
  dataController: requiredText('Data controller', MAX.organisation),
  datasets: z
    .array(DatasetSchema, { error: 'Add at least one dataset.' })
    .min(1, 'Add at least one dataset.')
    .max(100),
  igReferences: IgReferencesSchema,
  plannedStart: isoDateField('Planned start'),
  plannedEnd: isoDateField('Planned end'),
  applicationIds: z.array(idField('Application')).max(100).default([]),
  requestedApplications: z.array(RequestedApplicationSchema).max(50).default([]),
  connectionTypeId: idField('Connection type', 'Choose a connection type.'),
  costCode: optionalText('Cost code', MAX.short),
};

/** An optional date or id that a form may also leave as an empty string. */
function draftValue(label: string, valid: (value: string) => boolean, message: string) {
  return z
    .string({ error: `${label} must be text.` })
    .refine((value) => value === '' || valid(value), message)
    .optional();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const draftId = (label: string) =>
  draftValue(label, (v) => UUID.test(v), `${label} is not a valid record id.`);
const draftDate = (label: string) => draftValue(label, isIsoDate, `${label} must be a real calendar date.`);

/** The onboarding form as saved before it is complete: every field optional, each still well-formed. */
export const OnboardingDraftSchema = strictForm({
  leadResearcherId: draftId('Lead researcher'),
  dataController: optionalText('Data controller', MAX.organisation),
  datasets: z
    .array(
      strictForm({
        name: optionalText('Name', MAX.title),
        provider: optionalText('Provider', MAX.organisation),
        classification: choiceField('Classification', DATASET_CLASSIFICATIONS).optional(),
        tier: wholeNumberField('Tier', 0, 4).optional(),
        approxSize: optionalText('Approximate size', MAX.short),
      }),
    )
    .max(100)
    .optional(),
  igReferences: strictForm(igShape((label) => igDraftEntry(label).optional())).optional(),
  plannedStart: draftDate('Planned start'),
  plannedEnd: draftDate('Planned end'),
  applicationIds: z.array(idField('Application')).max(100).optional(),
  requestedApplications: z.array(RequestedApplicationSchema).max(50).optional(),
  connectionTypeId: draftId('Connection type'),
  costCode: optionalText('Cost code', MAX.short),
});
/** The onboarding form as saved, possibly incomplete. */
export type OnboardingDraft = z.infer<typeof OnboardingDraftSchema>;

/** A problem with one field of a form, with the path of that field (`datasets.0.name`). */
export type FieldIssue = { path: string; message: string };

/** Checks between fields that need no catalogue: dates in order, at least one application. */
export function crossFieldIssues(form: OnboardingDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const start: IsoDate | undefined = form.plannedStart;
  const end: IsoDate | undefined = form.plannedEnd;
  if (start && end && isIsoDate(start) && isIsoDate(end) && end <= start) {
    issues.push({ path: 'plannedEnd', message: 'Planned end must be after planned start.' });
  }
  if ((form.applicationIds?.length ?? 0) + (form.requestedApplications?.length ?? 0) === 0) {
    issues.push({
      path: 'applicationIds',
      message: 'Add at least one application, from the catalogue or as a request for a new one.',
    });
  }
  return issues;
}

/** The complete onboarding form (cost code rules need the catalogue: see `onboardingFormSchema`). */
export const OnboardingFormSchema = strictForm(onboardingFields).superRefine((form, ctx) => {
  for (const issue of crossFieldIssues(form)) {
    ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
  }
});
/** The complete onboarding form. */
export type OnboardingForm = z.infer<typeof OnboardingFormSchema>;
