/** Settings → Demo data: fills an empty database with a realistic year of a DSH team, for training and trying. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { generateDemoData, STANDARD_DEMO, withExistingStaff } from '../../../shared/demo';
import { londonToday } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { holdsNoRecords, loadDataSet } from '../../db/data-set-loader';
import { listStaff } from '../../db/repositories/staff';
import { faultMessage } from '../../db/errors';

type State =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'loading'; done: number; total: number }
  | { step: 'done'; records: number }
  | { step: 'failed'; message: string };

/** The demo data panel. */
export function DemoDataPanel() {
  const { db } = useApp();
  const ctx = useWriteContext();
  const empty = useLiveQuery(() => holdsNoRecords(db), [db]);
  const [state, setState] = useState<State>({ step: 'idle' });

  async function load() {
    setState({ step: 'loading', done: 0, total: 1 });
    try {
      const data = withExistingStaff(generateDemoData({ today: londonToday() }), await listStaff(db));
      const result = await loadDataSet(ctx, data, {
        onProgress: (done, total) => setState({ step: 'loading', done, total }),
      });
      setState({ step: 'done', records: result.records });
    } catch (error) {
      setState({ step: 'failed', message: faultMessage(error) });
    }
  }

  return (
    <section className="panel" aria-labelledby="demo-heading">
      <h2 id="demo-heading">Demo data</h2>
      <p>
        Fill an empty database with a realistic year of a DSH team — {STANDARD_DEMO.projects} projects at
        every stage, {STANDARD_DEMO.people} researchers with their training, bookings and certificates — to
        learn DSH Desk or show it to others. Every demo record is written to the audit log as demo data.
      </p>
      {empty === false && state.step !== 'done' && (
        <p className="muted">
          This database already holds projects or people, so demo data cannot be loaded into it.
        </p>
      )}
      {state.step === 'idle' && (
        <button
          type="button"
          className="button secondary"
          disabled={empty !== true}
          onClick={() => setState({ step: 'confirm' })}
        >
          Load demo data…
        </button>
      )}
      {state.step === 'confirm' && (
        <div className="confirm-box" role="group" aria-labelledby="demo-confirm">
          <p id="demo-confirm">
            <strong>Load demo data into this database?</strong> Use a database with demo data for training
            only, never alongside real project records.
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={load}>
              Load demo data
            </button>
            <button type="button" className="button secondary" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div role="status" className="status-line">
        {state.step === 'loading' && (
          <>
            <label htmlFor="demo-progress">Loading demo data…</label>{' '}
            <progress id="demo-progress" max={state.total} value={state.done} />
          </>
        )}
        {state.step === 'done' && `Demo data loaded: ${state.records.toLocaleString('en-GB')} records.`}
        {state.step === 'failed' && (
          <span className="form-failure">Demo data was not loaded: {state.message}</span>
        )}
      </div>
    </section>
  );
}
