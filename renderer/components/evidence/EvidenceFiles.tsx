/**
 * The evidence files of one record (a training record, a membership, the closure, a certificate): the list,
 * and Attach (choose or drop a file). The desktop app's main process checks and keeps the bytes; this list
 * keeps which file proves which record, audited.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { faultMessage } from '../../db/errors';
import { attachEvidence, evidenceOf, type EvidenceTarget } from '../../db/repositories/evidence-files';
import { evidenceArrivals } from '../../db/sync/evidence-due';
import { getHost } from '../../host';
import { bytesOf } from './evidence-words';
import { EvidenceItem } from './EvidenceItem';
import { FileDropZone } from './FileDropZone';
import './evidence.css';

/** The list and the attach area of one record. */
export function EvidenceFiles({
  target,
  what,
  readOnly = false,
}: {
  target: EvidenceTarget;
  /** The record in words, for labels: "NHS DSA Level 1 training completed 01/12/2026". */
  what: string;
  readOnly?: boolean;
}) {
  const { db } = useApp();
  const ctx = useWriteContext();
  // With, in a team, the files whose row arrived before their bytes and the bytes refused (evidence-due.ts):
  // read in one transaction, so a row that has just arrived is never shown without its state.
  const listed = useLiveQuery(
    () =>
      db.transaction('r', [db.evidenceFiles, db.meta], async () => ({
        rows: await evidenceOf(db, target),
        arrivals: await evidenceArrivals(db),
      })),
    [db, target.entity, target.entityId],
  );
  const rows = listed?.rows;
  const arrivals = listed?.arrivals;
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function attach(file: File) {
    setBusy(true);
    setNote(null);
    setProblem(null);
    try {
      const stored = await getHost().storeEvidenceFile({ fileName: file.name, bytes: await bytesOf(file) });
      if (stored.status === 'refused') {
        setProblem(`Not attached: ${stored.message}`);
        return;
      }
      await attachEvidence(ctx, target, { fileName: file.name, ...stored });
      setNote(`Attached ${file.name}.`);
    } catch (error) {
      setProblem(`Not attached: ${faultMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="evidence-files">
      {rows && rows.length > 0 ? (
        <ul className="evidence-list" aria-label={`Evidence files of ${what}`}>
          {rows.map((row) => (
            <EvidenceItem
              key={row.id}
              row={row}
              arriving={arrivals?.arriving.has(row.id) ?? false}
              refused={arrivals?.refused[row.id]}
              readOnly={readOnly}
              onDone={(outcome) => {
                setNote('note' in outcome ? outcome.note : null);
                setProblem('problem' in outcome ? outcome.problem : null);
              }}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">No evidence files.</p>
      )}
      {!readOnly && (
        <FileDropZone
          label={`Attach a file to ${what}`}
          hint="A PDF, PNG or JPEG of up to 20 MB; choose it, or drop it here."
          busy={busy}
          onFile={(file) => void attach(file)}
        />
      )}
      {problem && (
        <p role="alert" className="form-failure">
          {problem}
        </p>
      )}
      <p role="status" className="saved-note">
        {busy ? 'Checking and keeping the file…' : note}
      </p>
    </div>
  );
}
