/**
 * Step 2 of an import: which column fills which field. The first guess comes from the headers (or the
 * mapping remembered from the last import); columns no field uses are listed, since they are not imported.
 */
import { useId, useState } from 'react';
import { mappingProblems, unusedColumns, type ColumnMapping } from '../../../shared/import/mapping';
import { SHAPE_FIELDS, SHAPE_LABELS, type ImportShape } from '../../../shared/import/shapes';
import { columnLetters } from '../../../shared/import/sheet';
import type { ChosenFile } from './import-session';

interface MappingStepProps {
  shape: ImportShape;
  file: ChosenFile;
  mapping: ColumnMapping;
  onBack: () => void;
  /** Called with the mapping once it has no problems. */
  onPreview: (mapping: ColumnMapping) => void;
  busy: boolean;
}

/** The mapping form: one labelled list per field. */
export function MappingStep({ shape, file, mapping: guessed, onBack, onPreview, busy }: MappingStepProps) {
  const id = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(guessed);
  const [problems, setProblems] = useState<string[]>([]);
  const { headers } = file.sheet;
  const unused = unusedColumns(headers, mapping);

  function preview() {
    const found = mappingProblems(shape, headers, mapping);
    setProblems(found);
    if (found.length === 0) onPreview(mapping);
  }

  return (
    <section className="panel import-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>2. Match the columns</h2>
      <p>
        {file.name}: {file.sheet.rows.length.toLocaleString('en-GB')} rows of{' '}
        {SHAPE_LABELS[shape].toLowerCase()}. Choose the column that holds each field; DSH Desk remembers your
        choice for the next file.
      </p>
      <div className="import-mapping">
        {SHAPE_FIELDS[shape].map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`${id}-${field.key}`}>
              {field.label}
              {field.required && <span className="required-mark"> (required)</span>}
            </label>
            <select
              id={`${id}-${field.key}`}
              value={mapping[field.key] ?? ''}
              onChange={(event) =>
                setMapping({
                  ...mapping,
                  [field.key]: event.target.value === '' ? undefined : Number(event.target.value),
                })
              }
            >
              <option value="">{field.required ? 'Choose a column' : 'Not imported'}</option>
              {headers.map((header, index) => (
                <option key={index} value={index}>
                  {columnLetters(index)}: {header || '(no name)'}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p className="muted">
        {unused.length === 0
          ? 'Every column of the file is used.'
          : `Not imported (no field uses them): ${unused.join(', ')}.`}
      </p>
      {problems.length > 0 && (
        <div role="alert" className="form-failure">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onBack}>
          Choose another file
        </button>
        <button type="button" className="button" onClick={preview} disabled={busy}>
          {busy ? 'Checking every row…' : 'Preview the import'}
        </button>
      </div>
    </section>
  );
}
