/** Saves a small diagnostics file (no project data) to hand to whoever supports the installation. */
import { useState } from 'react';
import type { AppInfo, SaveFileResult } from '../../../shared/contract/payloads';
import { nowInstant } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import type { PersistenceState } from '../../db/persistent-storage';
import { faultMessage } from '../../db/errors';

interface Props {
  info: AppInfo;
  persistence: PersistenceState;
  schema: number;
}

/** "Save diagnostics…" and what became of it. */
export function SaveDiagnostics({ info, persistence, schema }: Props) {
  const { host } = useApp();
  const [result, setResult] = useState<SaveFileResult | { status: 'failed'; message: string } | null>(null);

  async function save() {
    try {
      // The desktop app's recent main-process log (errors and warnings); a browser has none.
      const { text: mainProcessLog } = await host.readMainLog();
      const report = { ...info, persistence, databaseSchema: schema, savedAt: nowInstant(), mainProcessLog };
      const bytes = new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
      setResult(await host.saveFile({ suggestedName: 'DSH Desk diagnostics.json', kind: 'json', bytes }));
    } catch (error) {
      setResult({ status: 'failed', message: faultMessage(error) });
    }
  }

  return (
    <div className="diagnostics">
      <p>
        A diagnostics file holds the details above and, from the desktop version, its recent error log, which
        can name files it saved or could not save. Nothing from the database goes into it.
      </p>
      <button type="button" className="button" onClick={save}>
        Save diagnostics…
      </button>
      <div role="status" className="status-line">
        {result?.status === 'saved' && (
          <>
            Saved to <span className="path">{result.path}</span>{' '}
            {host.kind === 'electron' && (
              <button
                type="button"
                className="button-link"
                onClick={() => host.showInFolder({ path: result.path })}
              >
                Show in folder
              </button>
            )}
          </>
        )}
        {result?.status === 'cancelled' && 'Not saved: the save was cancelled.'}
        {result?.status === 'failed' && `Not saved: ${result.message}`}
      </div>
    </div>
  );
}
