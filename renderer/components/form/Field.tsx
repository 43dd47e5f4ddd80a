/** A labelled form field with its hint and its error message, wired for screen readers. */
import { useId, type ReactElement, type ReactNode } from 'react';
import { cloneElement } from 'react';
import { StoredNote, useStoredValue } from './stored-values';

interface FieldProps {
  label: string;
  /** The field's message from validation, shown under it. */
  error?: string | undefined;
  hint?: ReactNode;
  /** The input, select or textarea; it receives id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>;
  required?: boolean;
}

/**
 * Wraps one control with a visible label, a hint and an error; while the officer compares typed values with
 * a newer stored version, the stored value too (found by the name the control is registered as).
 */
export function Field({ label, error, hint, children, required }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const name = children.props.name;
  const stored = useStoredValue(typeof name === 'string' ? name : undefined);
  const storedId = stored.differs ? `${id}-stored` : undefined;
  const describedBy = [hintId, errorId, storedId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required-mark"> (required)</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {storedId && <StoredNote id={storedId} control={children} value={stored.value} />}
    </div>
  );
}
