/**
 * Field builders shared by every schema, so that each field of each form refuses bad input with the same
 * kind of plain message a DSH officer understands ("Title is required.", "Title must be at most 200 characters.").
 */
import { z } from 'zod';
import { isIsoDate } from '../../dates';

/** Longest values a text field accepts. */
export const MAX = {
  name: 120,
  title: 200,
  organisation: 200,
  reference: 100,
  short: 50,
  email: 254,
  reason: 1000,
  description: 4000,
  notes: 4000,
  /** A reminder's id: a kind, a record id, a date and a window. */
  reminderId: 500,
} as const;

/** The message for a value of the wrong type, or "is required" when it is missing. */
function missingOr(required: string, wrong: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? required : wrong;
}

/** Trimmed text that must not be empty. */
export function requiredText(label: string, max: number, required = `${label} is required.`) {
  return z
    .string({ error: missingOr(required, `${label} must be text.`) })
    .trim()
    .min(1, { error: required, abort: true })
    .max(max, `${label} must be at most ${max} characters.`);
}

/** Trimmed text that may be left empty or out. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional();
}

/** A calendar day written `yyyy-MM-dd` (what a date input gives). */
export function isoDateField(label: string, required = `${label} is required.`) {
  return z
    .string({ error: missingOr(required, `${label} must be a date.`) })
    .min(1, { error: required, abort: true })
    .refine(isIsoDate, `${label} must be a real calendar date.`);
}

/** A UTC instant written as an ISO timestamp ending in `Z`. */
export function instantField(label: string) {
  return z.iso.datetime({
    error: missingOr(`${label} is required.`, `${label} must be a UTC date and time.`),
  });
}

/** A record id (`crypto.randomUUID()`); `required` is the message shown when nothing was chosen. */
export function idField(label: string, required = `${label} is required.`) {
  return z.uuid({ error: missingOr(required, `${label} is not a valid record id.`) });
}

/** An e-mail address, trimmed and lower-cased so that uniqueness ignores letter case. */
export function emailField(label = 'E-mail address') {
  const required = `${label} is required.`;
  return z
    .string({ error: missingOr(required, `${label} must be text.`) })
    .trim()
    .toLowerCase()
    .min(1, { error: required, abort: true })
    .max(MAX.email, `${label} must be at most ${MAX.email} characters.`)
    .regex(z.regexes.email, `${label} must look like name@example.ac.uk.`);
}

/** One of a fixed set of values, each with the words the officer sees. */
export function choiceField<const T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
  required = `Choose ${label.toLowerCase()}.`,
) {
  const listed = values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values[0];
  return z.enum(values, { error: missingOr(required, `${label} must be ${listed}.`) });
}

/** A whole number within bounds. */
export function wholeNumberField(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${min} to ${max}.`;
  return z
    .int({ error: missingOr(`${label} is required.`, message) })
    .min(min, message)
    .max(max, message);
}

/** A yes/no answer. */
export function yesNoField(label: string) {
  return z.boolean({ error: missingOr(`${label} is required.`, `${label} must be yes or no.`) });
}

/**
 * An object that refuses fields it does not know (including `__proto__` from a parsed import);
 * `required` is the message when the whole object is missing.
 */
export function strictForm<T extends z.core.$ZodLooseShape>(
  shape: T,
  required = 'This section is required.',
) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`
        : issue.input === undefined
          ? required
          : undefined,
  });
}

/** Fields every stored, editable record carries. */
export const recordFields = {
  id: idField('Record id'),
  revision: wholeNumberField('Revision', 1, Number.MAX_SAFE_INTEGER),
  createdAt: instantField('Created at'),
  updatedAt: instantField('Updated at'),
};

/**
 * True when the form's schema refuses the field left empty: what a form marks "(required)" is read from the
 * schema the gate checks, so the two cannot disagree.
 */
export function isRequiredField(schema: { shape: Record<string, z.ZodType> }, key: string): boolean {
  const field = schema.shape[key];
  return field !== undefined && !field.safeParse(undefined).success;
}

/**
 * A hybrid logical clock (shared/audit/clock.ts): an audit event's, and the one a synced row keeps of the event
 * written with it (which of two rows made apart came first).
 */
export function causalClockField() {
  return strictForm({
    ms: wholeNumberField('Clock time', 0, Number.MAX_SAFE_INTEGER),
    n: wholeNumberField('Clock counter', 0, Number.MAX_SAFE_INTEGER),
  });
}
