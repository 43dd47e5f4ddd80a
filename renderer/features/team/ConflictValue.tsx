/**
 * One side's value of a conflicting field, as the app shows values elsewhere: dates in UK form, instants in
 * London time, Yes/No, pounds for pence, codes in words, "(empty)" for nothing; a part of a record (the enquiry, the
 * onboarding form) as its own labelled list, so both versions can be read line by line.
 */
import { formatInstant, formatShortDate, isIsoDate } from '../../../shared/dates';
import { formatPounds } from '../../../shared/domain';
import { codedWords } from './coded-values';
import { fieldLabel } from './field-labels';

/** Shown where a side has no value. */
export const EMPTY_VALUE = '(empty)';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value that is not a list or a part of a record, as text. */
export function plainValue(value: unknown, field = ''): string {
  if (value === undefined || value === null || value === '') return EMPTY_VALUE;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    return field.endsWith('Pence') ? formatPounds(value) : value.toLocaleString('en-GB');
  }
  if (typeof value === 'string') {
    if (isIsoDate(value)) return formatShortDate(value);
    if (INSTANT.test(value)) return formatInstant(value);
    return codedWords(field, value) ?? value;
  }
  return JSON.stringify(value);
}

const isPart = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value, nested parts as definition lists and lists as lists (at most a few levels deep). */
export function ConflictValue({
  value,
  field = '',
  depth = 0,
}: {
  value: unknown;
  field?: string;
  depth?: number;
}) {
  if (Array.isArray(value) && value.length > 0 && depth < 4) {
    return (
      <ol className="conflict-list">
        {value.map((item, i) => (
          <li key={i}>
            <ConflictValue value={item} field={field} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (isPart(value) && Object.keys(value).length > 0 && depth < 4) {
    return (
      <dl className="conflict-part">
        {Object.entries(value).map(([key, item]) => (
          <div key={key}>
            <dt>{fieldLabel(undefined, key)}:</dt>{' '}
            <dd>
              <ConflictValue value={item} field={key} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  const nothing =
    (Array.isArray(value) && value.length === 0) || (isPart(value) && Object.keys(value).length === 0);
  const text = nothing ? EMPTY_VALUE : plainValue(value, field);
  return <span className={text === EMPTY_VALUE ? 'muted' : undefined}>{text}</span>;
}
