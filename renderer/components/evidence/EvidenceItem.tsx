/** One evidence file in a record's list: what it is, who added it and when, and Open and Remove…. */
import { useState } from 'react';
import { formatInstant } from '../../../shared/dates';
import { useWriteContext } from '../../app/current-staff';
import { faultMessage } from '../../db/errors';
import type { EvidenceFileRow } from '../../db/database';
import { removeEvidence } from '../../db/repositories/evidence-files';
import { getHost } from '../../host';
import { evidenceTypeWords, sizeWords } from './evidence-words';

/** How a file whose bytes are still on their way from the team reads. */
const ARRIVING = 'is held by the team server, not yet on this computer';
const capitalised = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** A file of the list, with its actions. */
export function EvidenceItem({
  row,
  arriving = false,
  refused,
  readOnly,
  onDone,
}: {
  row: EvidenceFileRow;
  /** Its row came from the team and its bytes are still on their way to this computer. */
  arriving?: boolean;
  /** Why the team server's copy of its bytes was refused here, if it was. */
  refused?: string | undefined;
  readOnly: boolean;
  /** Told what happened (for the list's status line), or what went wrong. */
  onDone: (outcome: { note: string } | { problem: string }) => void;
}) {
  const ctx = useWriteContext();
  const [confirming, setConfirming] = useState(false);

  async function open() {
    if (arriving) {
      onDone({ note: `${row.fileName} ${ARRIVING}; it opens once it has arrived.` });
      return;
    }
    try {
      await getHost().openEvidenceFile({ sha256: row.sha256, mediaType: row.mediaType });
      onDone({ note: `Opened ${row.fileName}.` });
    } catch (error) {
      onDone({ problem: `Could not open ${row.fileName}: ${faultMessage(error)}` });
    }
  }

  async function remove() {
    try {
      await removeEvidence(ctx, row.id);
      onDone({ note: `Removed ${row.fileName}.` });
    } catch (error) {
      setConfirming(false);
      onDone({ problem: `${row.fileName} was not removed: ${faultMessage(error)}` });
    }
  }

  return (
    <li className="evidence-item">
      <span className="evidence-text">
        <span className="evidence-name">{row.fileName}</span>
        <span className="evidence-detail">
          {evidenceTypeWords(row.mediaType)} · {sizeWords(row.size)} · added by {row.staffName},{' '}
          {formatInstant(row.at)}
        </span>
        {arriving && <span className="evidence-detail">{capitalised(ARRIVING)}.</span>}
        {refused && <span className="evidence-detail form-failure">{refused}</span>}
      </span>
      {confirming ? (
        <span className="confirm-box evidence-confirm" role="group" aria-label={`Remove ${row.fileName}?`}>
          <span>Remove {row.fileName} from this record? The removal is recorded in the audit log.</span>
          <button type="button" className="button danger small" onClick={() => void remove()}>
            Remove
          </button>
          {/* Focus lands on the safe choice. */}
          <button
            type="button"
            className="button secondary small"
            autoFocus
            onClick={() => setConfirming(false)}
          >
            Keep it
          </button>
        </span>
      ) : (
        <span className="row-actions">
          <button
            type="button"
            className="button secondary small"
            aria-label={`Open ${row.fileName}`}
            onClick={() => void open()}
          >
            Open
          </button>
          {!readOnly && (
            <button
              type="button"
              className="button secondary small"
              aria-label={`Remove ${row.fileName}…`}
              onClick={() => setConfirming(true)}
            >
              Remove…
            </button>
          )}
        </span>
      )}
    </li>
  );
}
