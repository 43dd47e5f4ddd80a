/** A group of radios or checkboxes under one legend, with its hint and its error, wired for screen readers. */
import { useId, type ReactNode } from 'react';
import './choice-fieldset.css';

interface ChoiceFieldsetProps {
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** The radios or checkboxes, each with its own label. */
  children: ReactNode;
  className?: string;
}

/** A fieldset whose legend names the question and whose error is read with it. */
export function ChoiceFieldset({ legend, hint, error, required, children, className }: ChoiceFieldsetProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`choice-fieldset${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy}
    >
      <legend>
        {legend}
        {required && <span className="required-mark"> (required)</span>}
      </legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="choices">{children}</div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
