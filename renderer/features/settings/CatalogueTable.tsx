/**
 * The table of a Settings list (applications, connection types, staff): one row per record with an
 * "Edit…" button, and the record's form opened in a row of its own beneath it.
 */
import { Fragment, type ReactNode } from 'react';
import { DataTable } from '../../components/DataTable';

interface CatalogueTableProps<T extends { id: string; name: string }> {
  caption: string;
  /** The column headings before the actions column; the first column is the row's header cell. */
  headings: readonly string[];
  rows: readonly T[];
  /** The row's cells: a `<th scope="row">` first, then one `<td>` per remaining heading. */
  cells: (row: T) => ReactNode;
  onEdit: (row: T) => void;
  /** Actions beside "Edit…" (e.g. "Mark as left"). */
  moreActions?: (row: T) => ReactNode;
  /** The record being edited, whose form shows under its row (given the row as stored now). */
  editing: T | 'new' | null;
  form: (row: T) => ReactNode;
}

/** A Settings table with an edit form that opens under the row being edited. */
export function CatalogueTable<T extends { id: string; name: string }>({
  caption,
  headings,
  rows,
  cells,
  onEdit,
  moreActions,
  editing,
  form,
}: CatalogueTableProps<T>) {
  const edited = editing !== null && editing !== 'new' ? editing : undefined;
  return (
    <DataTable caption={caption} headings={headings} actions>
      {rows.map((row) => (
        <Fragment key={row.id}>
          <tr>
            {cells(row)}
            <td>
              <div className="row-actions">
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={`Edit ${row.name}`}
                  onClick={() => onEdit(row)}
                >
                  Edit…
                </button>
                {moreActions?.(row)}
              </div>
            </td>
          </tr>
          {edited?.id === row.id && (
            <tr className="edit-row">
              <td colSpan={headings.length + 1}>{form(row)}</td>
            </tr>
          )}
        </Fragment>
      ))}
    </DataTable>
  );
}
