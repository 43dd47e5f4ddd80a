/**
 * Settings → Import: bring a team's spreadsheets of people, training, projects and bookings in — choose the file, match its
 * columns, check every row, import the good ones in one step (undoable) — and export the same shapes.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useWriteContext } from '../../app/current-staff';
import { faultMessage } from '../../db/errors';
import { planImport } from '../../db/imports/plan';
import { runImport } from '../../db/imports/run';
import { mappingToSave, type ColumnMapping } from '../../../shared/import/mapping';
import { checkRows } from '../../../shared/import/row-forms';
import { ChooseFileStep } from './ChooseFileStep';
import { ExportPanel } from './ExportPanel';
import { ImportHistory } from './ImportHistory';
import { rememberMapping, type ImportStep } from './import-session';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import './import.css';

/** The Import page. */
export function ImportPage() {
  const ctx = useWriteContext();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function preview(mapping: ColumnMapping) {
    if (state.step !== 'map') return;
    setBusy(true);
    // Let "Checking every row…" show before the rows are checked (synchronous work on a large file).
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      rememberMapping(state.shape, mappingToSave(state.file.sheet.headers, mapping));
      const plan = await planImport(ctx.db, state.shape, checkRows(state.shape, state.file.sheet, mapping));
      setProblem(null);
      setState({ ...state, step: 'preview', mapping, plan });
    } finally {
      setBusy(false);
    }
  }

  async function importRows() {
    if (state.step !== 'preview') return;
    setProblem(null);
    setProgress({ done: 0, total: 0 });
    try {
      const outcome = await runImport(ctx, state.plan, state.file, (done, total) =>
        setProgress({ done, total }),
      );
      setState({ step: 'done', file: state.file, outcome });
    } catch (error) {
      setProblem(
        `Nothing was imported. ${faultMessage(error, 'import again')} Preview the file again to see why.`,
      );
    } finally {
      setProgress(null);
    }
  }

  return (
    <>
      <PageHeader
        title="Import from a spreadsheet"
        description="Bring the team’s existing people, training records, projects and bookings in from CSV or Excel files."
      />
      {state.step === 'choose' && <ChooseFileStep onRead={setState} />}
      {state.step === 'map' && (
        <MappingStep
          shape={state.shape}
          file={state.file}
          mapping={state.mapping}
          busy={busy}
          onBack={() => setState({ step: 'choose' })}
          onPreview={(mapping) => void preview(mapping)}
        />
      )}
      {state.step === 'preview' && (
        <PreviewStep
          fileName={state.file.name}
          plan={state.plan}
          progress={progress}
          problem={problem}
          onBack={() =>
            setState({ step: 'map', shape: state.shape, file: state.file, mapping: state.mapping })
          }
          onImport={() => void importRows()}
        />
      )}
      {state.step === 'done' && (
        <section className="panel import-step" aria-labelledby="import-done-heading">
          <h2 id="import-done-heading">Imported</h2>
          <p role="status">
            {state.file.name}: {state.outcome.created} new, {state.outcome.updated} updated,{' '}
            {state.outcome.unchanged} already recorded, {state.outcome.refused} refused. The import can be
            undone below while nobody has changed its records.
          </p>
          <div className="form-actions">
            <Link to="/people">Go to People</Link>
            <button type="button" className="button secondary" onClick={() => setState({ step: 'choose' })}>
              Import another file
            </button>
          </div>
        </section>
      )}
      <ImportHistory />
      <ExportPanel />
    </>
  );
}
