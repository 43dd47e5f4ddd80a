/**
 * "Download CSV": saves a table as a CSV file through the host (a save dialog in the desktop app), and
 * records the export in the audit log once it is saved.
 */
import { useState } from 'react';
import { londonToday } from '../../../../shared/dates';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { saveExport } from '../../../components/documents/document-files';
import { faultMessage } from '../../../db/errors';

interface CsvButtonProps {
  /** What the table is, for the button's accessible name and the file name ("Enquiries per month"). */
  name: string;
  build: () => Uint8Array;
}

/** The button and a status line saying where the file went. */
export function CsvButton({ name, build }: CsvButtonProps) {
  const { host } = useApp();
  const ctx = useWriteContext();
  const [status, setStatus] = useState('');
  async function save() {
    setStatus('Saving…');
    try {
      const result = await saveExport(
        ctx,
        host,
        { suggestedName: `${name} ${londonToday()}.csv`, kind: 'csv', bytes: build() },
        { entity: 'database', entityId: 'reports', document: `report table “${name}”` },
      );
      setStatus(result.status === 'saved' ? `Saved to ${result.path}` : 'Not saved: the save was cancelled.');
    } catch (error) {
      setStatus(`Not saved: ${faultMessage(error)}`);
    }
  }
  return (
    <span className="csv-download">
      <button
        type="button"
        className="button secondary small-button"
        aria-label={`Download CSV: ${name}`}
        onClick={() => void save()}
      >
        Download CSV
      </button>
      <span role="status" className="csv-status small">
        {status}
      </span>
    </span>
  );
}
