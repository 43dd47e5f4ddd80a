/**
 * Names each workstation of the team whose clock runs too far ahead of this one's (renderer/db/audit/
 * clock-ahead.ts): in Settings → Team from the sync status, and on the Audit page from the database, so
 * someone sets that computer's clock right. Nothing shows while every clock is within the limit.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../app/app-context';
import { type ClockAheadNote, clockAheadNotes, clockAheadWords } from '../db/audit/clock-ahead';

/** One paragraph per workstation, or nothing. */
export function ClocksAheadNotice({ notes }: { notes: readonly ClockAheadNote[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <div className="clocks-ahead" role="note" aria-label="Workstation clocks ahead">
      {notes.map((note) => (
        <p key={note.device} className="form-failure">
          {clockAheadWords(note)}
        </p>
      ))}
    </div>
  );
}

/** The notice as this workstation's database holds it (the Audit page). */
export function StoredClocksAheadNotice() {
  const { db } = useApp();
  return <ClocksAheadNotice notes={useLiveQuery(() => clockAheadNotes(db), [db])} />;
}
