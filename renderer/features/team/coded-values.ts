/**
 * Coded values in the team's words, as the rest of the app prints them ("early-end" → "Early end",
 * "setup" → "Set Up"), found by the field that holds them; a code the field does not know stays as it is.
 */
import { closureReasonLabel, roleLabel } from '../../../shared/documents/labels';
import {
  CLOSURE_REASONS,
  MEMBERSHIP_ROLES,
  STAFF_ROLES,
  STAGES,
  SUITABILITY_OUTCOMES,
  stageLabel,
  suitabilityLabel,
} from '../../../shared/domain';

const isOneOf = <T extends string>(codes: readonly T[], value: string): value is T =>
  (codes as readonly string[]).includes(value);

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

const BY_FIELD: Record<string, (value: string) => string | undefined> = {
  stage: (value) => (isOneOf(STAGES, value) ? stageLabel(value) : undefined),
  outcome: (value) =>
    isOneOf(SUITABILITY_OUTCOMES, value) ? capitalised(suitabilityLabel(value)) : undefined,
  reason: (value) => (isOneOf(CLOSURE_REASONS, value) ? closureReasonLabel(value) : undefined),
  // A member's role on a project, or a staff member's role in the team.
  role: (value) =>
    isOneOf(MEMBERSHIP_ROLES, value)
      ? roleLabel(value)
      : isOneOf(STAFF_ROLES, value)
        ? capitalised(value)
        : undefined,
};

/** The words for `value` in `field`, or undefined when it is not a code of that field. */
export function codedWords(field: string, value: string): string | undefined {
  return Object.hasOwn(BY_FIELD, field) ? BY_FIELD[field]!(value) : undefined;
}
