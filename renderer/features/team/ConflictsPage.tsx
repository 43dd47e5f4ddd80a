/**
 * The Conflicts page: every record this workstation and the team server changed differently, newest first;
 * choosing one shows both versions side by side with a choice per field.
 */
import { useState } from 'react';
import { formatInstant } from '../../../shared/dates';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useOptionalTeamSync } from '../../sync/context';
import type { ConflictRow } from '../../sync/types';
import { countOf } from '../../components/calendar-dates';
import { ConflictResolver } from './ConflictResolver';
import './team.css';

/** The Conflicts page. */
export function ConflictsPage() {
  const sync = useOptionalTeamSync();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const conflicts = sync?.conflicts ?? [];
  const chosen = conflicts.find((row) => row.docId === chosenId);

  return (
    <>
      <PageHeader
        title="Conflicts"
        description="Records that this workstation and the team server changed differently."
      />
      <div role="status">{saved && <p className="saved-note">{saved}</p>}</div>
      {!sync && <p className="muted">Team sync is not available in this version of DSH Desk.</p>}
      {sync && conflicts.length === 0 && (
        <EmptyState title="No conflicts">
          Every change made here and on the team server has been merged. A record changed differently on both
          sides will be listed here for you to choose.
        </EmptyState>
      )}
      {conflicts.length > 0 && (
        <section className="panel" aria-labelledby="conflict-list-heading">
          <h2 id="conflict-list-heading">{countOf(conflicts.length, 'record')} to choose</h2>
          <ul className="conflict-rows">
            {conflicts.map((row) => (
              <ConflictListItem
                key={row.docId}
                row={row}
                current={row.docId === chosenId}
                onChoose={() => {
                  setSaved(null);
                  setChosenId(row.docId);
                }}
              />
            ))}
          </ul>
        </section>
      )}
      {sync && chosen && (
        <ConflictResolver
          key={chosen.docId}
          row={chosen}
          resolve={(docId, choices) => sync.resolveConflict(docId, choices)}
          onResolved={(message) => {
            setSaved(message);
            setChosenId(null);
          }}
        />
      )}
    </>
  );
}

/** A row of the list: the record's title as the button that opens it, when found, and how many fields. */
function ConflictListItem({
  row,
  current,
  onChoose,
}: {
  row: ConflictRow;
  current: boolean;
  onChoose: () => void;
}) {
  return (
    <li className={current ? 'current' : undefined}>
      <button
        type="button"
        className="button-link"
        aria-current={current ? 'true' : undefined}
        onClick={onChoose}
      >
        {row.title}
      </button>
      <span className="muted small">
        {' '}
        · found {formatInstant(row.foundAt)} · {countOf(row.fields.length, 'field')} to choose
      </span>
    </li>
  );
}
