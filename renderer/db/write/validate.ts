/** Checking a record against its zod schema before it is stored. */
import type { z } from 'zod';
import { withoutUndefined } from '../../../shared/audit/diff';
import { ValidationError, type FieldIssue } from '../errors';

/** Anything that checks a value and returns the record to store (every domain zod schema). */
export type RecordSchema<T> = Pick<z.ZodType<T>, 'safeParse'>;

/** The issues of a failed parse, each with its field path (`datasets.0.name`) and message. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** The value as the schema stores it (trimmed, e-mail lower-cased, no `undefined` members), or a ValidationError. */
export function validated<T>(schema: RecordSchema<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  return withoutUndefined(parsed.data);
}
