/**
 * The fields of the certificate form, in the certificate's own order: the project, its agreements, the
 * datasets and storage locations, the destruction, who performed and witnessed it, and the outputs kept.
 */
import type { ReactNode } from 'react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { DESTRUCTION_METHODS, STORAGE_KINDS } from '../../../shared/domain';
import { storageKindLabel } from '../../../shared/documents/labels';
import { Field } from '../../components/form/Field';
import type { CertificateFormValues, ParsedCertificateForm } from './certificate-draft';
import { DateInput } from '../../components/form/DateInput';

/** What every part of the form receives. */
export interface FormParts {
  register: UseFormRegister<CertificateFormValues>;
  control: Control<CertificateFormValues, unknown, ParsedCertificateForm>;
  errors: FieldErrors<CertificateFormValues>;
}

type ListName = 'agreementReferences' | 'datasets' | 'storageLocations' | 'outputsRetained';

/** A column of a repeating list: which key of the row, its label, and how it is entered. */
interface ListColumn {
  key: string;
  label: string;
  input?: 'text' | 'date' | 'storage-kind';
  /** A short value (a date, a kind): a narrow column. */
  narrow?: boolean;
}

/** The message of the error at `path` ("datasets.0.name"), if any. */
function errorAt(errors: FieldErrors<CertificateFormValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** A panel of the form with a numbered heading that matches the certificate's section. */
export function FormSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section className="panel cert-form-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p className="panel-intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A repeating list (agreements, datasets, storage locations, outputs): one row, a fieldset, per item. */
export function ListFields({
  parts,
  name,
  noun,
  columns,
  blank,
  empty,
}: {
  parts: FormParts;
  name: ListName;
  /** The row in words: "dataset" (for "Dataset 2", "Add a dataset", "Remove dataset 2"). */
  noun: string;
  columns: ListColumn[];
  blank: Record<string, string>;
  empty: string;
}) {
  const { register, control, errors } = parts;
  const { fields, append, remove } = useFieldArray({ control, name });
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  const listError = errorAt(errors, `${name}.root`) ?? errorAt(errors, name);
  return (
    <>
      {fields.length === 0 && <p className="muted">{empty}</p>}
      {fields.map((field, i) => (
        <fieldset key={field.id} className="cert-row">
          <legend className="visually-hidden">
            {Noun} {i + 1}
          </legend>
          <span className="cert-row-number" aria-hidden="true">
            {i + 1}
          </span>
          <div className="cert-row-fields">
            {columns.map((column) => {
              const path = `${name}.${i}.${column.key}` as const;
              const registered = register(path as never);
              return (
                <div key={column.key} className={`cert-cell${column.narrow ? ' is-narrow' : ''}`}>
                  <Field label={column.label} error={errorAt(errors, path)} required>
                    {column.input === 'storage-kind' ? (
                      <select {...registered}>
                        <option value="">Choose</option>
                        {STORAGE_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {storageKindLabel(kind)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input type={column.input === 'date' ? 'date' : 'text'} {...registered} />
                    )}
                  </Field>
                </div>
              );
            })}
          </div>
          <button type="button" className="button-link cert-row-remove" onClick={() => remove(i)}>
            Remove
            <span className="visually-hidden">
              {' '}
              {noun} {i + 1}
            </span>
          </button>
        </fieldset>
      ))}
      {listError && <p className="field-error">{listError}</p>}
      <p>
        <button type="button" className="button secondary small" onClick={() => append(blank as never)}>
          Add {/^[aeiou]/i.test(noun) ? 'an' : 'a'} {noun}
        </button>
      </p>
    </>
  );
}

/** A single-line text field bound to `path`. */
export function TextField({
  parts,
  path,
  label,
  hint,
  multiline = false,
  type = 'text',
  optional = false,
}: {
  parts: FormParts;
  path: Parameters<UseFormRegister<CertificateFormValues>>[0];
  label: string;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  /** Not marked "(required)": the certificate leaves it out when blank. */
  optional?: boolean;
}) {
  const registered = parts.register(path);
  return (
    <Field label={label} hint={hint} error={errorAt(parts.errors, path)} required={!optional}>
      {multiline ? (
        <textarea rows={3} {...registered} />
      ) : type === 'date' ? (
        <DateInput {...registered} />
      ) : (
        <input type={type} {...registered} />
      )}
    </Field>
  );
}

/** The method of destruction, per NIST SP 800-88. */
export function MethodField({ parts }: { parts: FormParts }) {
  return (
    <Field label="Method (NIST SP 800-88)" error={errorAt(parts.errors, 'method')} required>
      <select {...parts.register('method')}>
        <option value="">Choose</option>
        {DESTRUCTION_METHODS.map((method) => (
          <option key={method} value={method}>
            {method}
          </option>
        ))}
      </select>
    </Field>
  );
}
