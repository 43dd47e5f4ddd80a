/** Step 1 of an import: what the file holds, and the file itself (CSV or .xlsx). */
import { useId, useState, type FormEvent } from 'react';
import { MAX_IMPORT_ROWS } from '../../../shared/import/sheet';
import { SHAPE_LABELS, type ImportShape } from '../../../shared/import/shapes';
import { ChoiceFieldset } from '../../components/form/ChoiceFieldset';
import { readChosenFile, type ImportStep } from './import-session';
import { faultMessage } from '../../db/errors';

const SHAPES = Object.keys(SHAPE_LABELS) as ImportShape[];

/** The file form; `onRead` receives the file read and its guessed mapping. */
export function ChooseFileStep({ onRead }: { onRead: (next: Extract<ImportStep, { step: 'map' }>) => void }) {
  const id = useId();
  const [shape, setShape] = useState<ImportShape>('people');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  async function read(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setProblem('Choose the spreadsheet file to import.');
      return;
    }
    setReading(true);
    setProblem(null);
    try {
      onRead(await readChosenFile(shape, file));
    } catch (error) {
      setProblem(faultMessage(error));
    } finally {
      setReading(false);
    }
  }

  return (
    <form
      className="panel import-step"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void read(event)}
    >
      <h2 id={`${id}-heading`}>1. Choose the file</h2>
      <ChoiceFieldset
        legend="The file holds"
        hint="Import people first, then their training and projects (both find people by e-mail address), then bookings (they find projects by reference, and every booking rule is checked)."
        required
      >
        {SHAPES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="import-shape"
              value={value}
              checked={shape === value}
              onChange={() => setShape(value)}
            />
            {SHAPE_LABELS[value]}
          </label>
        ))}
      </ChoiceFieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>
          Spreadsheet file<span className="required-mark"> (required)</span>
        </label>
        <p id={`${id}-hint`} className="field-hint">
          CSV or Excel workbook (.xlsx), the first row naming the columns; at most{' '}
          {MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows. The first sheet of a workbook is read.
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={reading}>
          {reading ? 'Reading the file…' : 'Read the file'}
        </button>
      </div>
    </form>
  );
}
