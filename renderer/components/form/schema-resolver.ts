/**
 * A react-hook-form resolver over a shared zod schema. What a form holds (text from inputs, '' for an empty
 * field) is turned into what the schema reads: '' means "not given", so optional fields drop out and required
 * ones get the schema's own "… is required." message. The schema's issues land on the fields they name.
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** A schema that can check a value (every domain zod schema). */
export type CheckingSchema<T> = Pick<z.ZodType<T>, 'safeParse'>;

/** The value with every empty string (in objects and arrays, at any depth) replaced by `undefined`. */
export function blankAsMissing(value: unknown): unknown {
  if (value === '') return undefined;
  if (Array.isArray(value)) return value.map(blankAsMissing);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, blankAsMissing(item)]));
  }
  return value;
}

/** An issue's place in the form: `datasets.0.name`, or `root` for a problem of the whole form. */
export type FieldPath = string;

/** Puts `message` at `path` in a nested errors object (numeric segments make arrays), unless one is there. */
function place(errors: Record<string, unknown>, path: FieldPath, message: string): void {
  const segments = path === '' ? ['root'] : path.split('.');
  let node: Record<string, unknown> = errors;
  segments.slice(0, -1).forEach((segment, i) => {
    const next = segments[i + 1]!;
    node[segment] ??= /^\d+$/.test(next) ? [] : {};
    node = node[segment] as Record<string, unknown>;
  });
  const last = segments.at(-1)!;
  node[last] ??= { type: 'validate', message };
}

/** Options of `schemaResolver`. */
export interface SchemaResolverOptions<TValues> {
  /** Turns the form's values into what the schema reads (default: the values as they are). */
  toInput?: (values: TValues) => unknown;
  /** The form field an issue of the schema belongs to (default: the issue's own path). */
  fieldOf?: (path: FieldPath) => FieldPath;
  /**
   * Issues the schema cannot see, in the form's terms (text that is read before the schema checks it, such
   * as a price typed in pounds); each comes before the schema's issue on the same field.
   */
  issuesOf?: (values: TValues) => { path: FieldPath; message: string }[];
}

/** Nested react-hook-form errors from issues (first message per field wins). */
export function errorsFromIssues<TValues extends FieldValues>(
  issues: readonly { path: FieldPath; message: string }[],
  fieldOf: (path: FieldPath) => FieldPath = (path) => path,
): FieldErrors<TValues> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) place(errors, fieldOf(issue.path), issue.message);
  return errors as FieldErrors<TValues>;
}

/** The resolver: validates with `schema` and hands the parsed (trimmed, typed) values to `handleSubmit`. */
export function schemaResolver<TValues extends FieldValues, TOutput>(
  schema: CheckingSchema<TOutput>,
  { toInput = (values) => values, fieldOf = (path) => path, issuesOf }: SchemaResolverOptions<TValues> = {},
): Resolver<TValues, unknown, TOutput> {
  return (values) => {
    const parsed = schema.safeParse(blankAsMissing(toInput(values)));
    const own = issuesOf?.(values) ?? [];
    if (parsed.success && own.length === 0) return { values: parsed.data, errors: {} };
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          path: fieldOf(issue.path.map(String).join('.')),
          message: issue.message,
        }));
    return { values: {}, errors: errorsFromIssues<TValues>([...own, ...issues]) };
  };
}
