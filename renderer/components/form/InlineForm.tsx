/**
 * A small form shown in place, under the row or button that opened it: a heading, the fields, why the last
 * save failed (if it did), then Save and Cancel. Used for every add / edit / record step of a screen. It
 * takes the keyboard focus when it opens.
 */
import { useEffect, useId, useRef, type FormEventHandler, type ReactNode } from 'react';
import { StoredValuesContext, type StoredValues } from './stored-values';
import './forms.css';

interface InlineFormProps {
  title: string;
  /** One line under the heading: what saving does. */
  description?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Why the last save failed: the repository's words, or a record form's notice (`useRecordForm`). */
  failure?: ReactNode;
  /** The stored values to show beside typed ones, after "Keep what I typed". */
  stored?: StoredValues | undefined;
  submitLabel: string;
  submitting?: boolean;
  onCancel?: () => void;
  children: ReactNode;
  /** Heading level: 3 inside a panel (the default), 2 directly under the page's heading. */
  level?: 2 | 3 | 4;
}

/** The form, labelled by its heading. */
export function InlineForm({
  title,
  description,
  onSubmit,
  failure,
  stored,
  submitLabel,
  submitting = false,
  onCancel,
  children,
  level = 3,
}: InlineFormProps) {
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  // The button that opened the form is gone: keyboard focus goes to the form's first field.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
  }, []);
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2]!;
  return (
    <form ref={form} className="inline-form" onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
      <Heading id={headingId} className="inline-form-title">
        {title}
      </Heading>
      {description && <p className="inline-form-description">{description}</p>}
      <StoredValuesContext.Provider value={stored}>{children}</StoredValuesContext.Provider>
      {typeof failure === 'string'
        ? failure && (
            <p role="alert" className="form-failure">
              {failure}
            </p>
          )
        : failure}
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
