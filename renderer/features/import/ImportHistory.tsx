/** The latest imports, each with who made it and what it did, and "Undo this import" while it can be undone. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatInstant } from '../../../shared/dates';
import { SHAPE_LABELS, type ImportShape } from '../../../shared/import/shapes';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { faultMessage } from '../../db/errors';
import { recentImports } from '../../db/imports/history';
import { undoImport } from '../../db/imports/undo';
import { DataTable } from '../../components/DataTable';

/** The history panel. */
export function ImportHistory() {
  const { db } = useApp();
  const ctx = useWriteContext();
  const imports = useLiveQuery(() => recentImports(db), [db]);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function undo(importId: string, file: string) {
    setBusy(true);
    setMessage(null);
    try {
      const { removed, restored } = await undoImport(ctx, importId);
      setMessage({
        text: `The import of ${file} is undone: ${removed} ${removed === 1 ? 'record' : 'records'} removed, ${restored} restored.`,
        failed: false,
      });
    } catch (error) {
      setMessage({ text: faultMessage(error), failed: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="import-history-heading">
      <h2 id="import-history-heading">Recent imports</h2>
      {imports?.length === 0 && <p className="muted">Nothing has been imported yet.</p>}
      {imports && imports.length > 0 && (
        <DataTable
          caption="The latest imports, newest first"
          headings={['When', 'File', 'Records', 'What it did', 'Undo']}
        >
          {imports.map((item) => (
            <tr key={item.importId}>
              <td>
                {formatInstant(item.at)}, {item.by}
              </td>
              <td>{item.file}</td>
              <td>{SHAPE_LABELS[item.records as ImportShape] ?? item.records}</td>
              <td>
                {item.created} new, {item.updated} updated, {item.refused} refused
              </td>
              <td>
                {item.undone ? (
                  'Undone'
                ) : (
                  <button
                    type="button"
                    className="button secondary"
                    disabled={busy}
                    aria-label={`Undo the import of ${item.file}`}
                    onClick={() => void undo(item.importId, item.file)}
                  >
                    Undo
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <div role="status" className="status-line">
        {message && <span className={message.failed ? 'form-failure' : undefined}>{message.text}</span>}
      </div>
    </section>
  );
}
