/**
 * Validating the onboarding form against the costing page: the schema alone cannot know which connection
 * types are chargeable, so these functions take the connection types as well.
 */
import type { z } from 'zod';
import { isChargeable, type ConnectionType } from './catalogue';
import {
  OnboardingFormSchema,
  crossFieldIssues,
  type FieldIssue,
  type OnboardingDraft,
  type OnboardingForm,
} from './onboarding';

/** The connection type must exist, and a chargeable one needs a cost code. */
export function connectionIssues(
  form: OnboardingDraft,
  connectionTypes: readonly ConnectionType[],
): FieldIssue[] {
  if (!form.connectionTypeId) return [];
  const chosen = connectionTypes.find((type) => type.id === form.connectionTypeId);
  if (!chosen) {
    return [
      {
        path: 'connectionTypeId',
        message: 'The chosen connection type is not on the costing page: choose another.',
      },
    ];
  }
  if (isChargeable(chosen) && !form.costCode?.trim()) {
    return [{ path: 'costCode', message: `Enter a cost code: ‘${chosen.name}’ is chargeable.` }];
  }
  return [];
}

/** The complete onboarding form, including the cost-code rule for the given connection types. */
export function onboardingFormSchema(connectionTypes: readonly ConnectionType[]): z.ZodType<OnboardingForm> {
  return OnboardingFormSchema.superRefine((form, ctx) => {
    for (const issue of connectionIssues(form, connectionTypes)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  });
}

/**
 * Every problem that keeps a draft from being a complete, valid onboarding form: field by field, plus the
 * checks between fields (which the schema skips while fields are missing).
 */
export function validateOnboarding(
  draft: OnboardingDraft,
  connectionTypes: readonly ConnectionType[],
): FieldIssue[] {
  const parsed = OnboardingFormSchema.safeParse(draft);
  const fieldIssues: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
  const all = [...fieldIssues, ...crossFieldIssues(draft), ...connectionIssues(draft, connectionTypes)];
  const seen = new Set<string>();
  return all.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A field issue as one line of a gate's reasons ("Dataset 2: Provider is required."). */
export function describeOnboardingIssue(issue: FieldIssue): string {
  const [list, index] = issue.path.split('.');
  const position = Number(index) + 1;
  if (list === 'datasets' && Number.isInteger(position)) return `Dataset ${position}: ${issue.message}`;
  if (list === 'requestedApplications' && Number.isInteger(position)) {
    return `Requested application ${position}: ${issue.message}`;
  }
  return issue.message;
}

/**
 * What the onboarding gate lists for the form: one line per problem, each said once. The gate and the form's
 * "Check the form" count both read it, so the two never disagree.
 */
export function onboardingFormReasons(
  draft: OnboardingDraft,
  connectionTypes: readonly ConnectionType[],
): string[] {
  return [...new Set(validateOnboarding(draft, connectionTypes).map(describeOnboardingIssue))];
}
