/**
 * The register table, virtualised over the page's scroll: only the rows on screen (and a few either side)
 * are in the document, and only their records are read — in chunks of CHUNK rows, so scrolling a little
 * reads nothing new. A list that is not `complete` knows only its first chunk's ids: a later chunk's ids are
 * read with its rows, from the key of the row before it when an earlier read saw it (register-pages.ts). It stays a real table (header cells, aria-rowcount/rowindex) so screen readers and the
 * keyboard (Tab through each row's reference link) work as with any table.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatShortDate, londonToday } from '../../../../shared/dates';
import { stageLabel, statusLabel } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import {
  registerRows,
  type RegisterQuery,
  type RegisterRow,
} from '../../../db/repositories/project-register';
import type { RegisterKey } from '../../../db/repositories/register-order';
import { registerLaterPage, type RegisterList } from '../../../db/repositories/register-pages';
import { ReadinessSummary } from './ReadinessSummary';

/** Rows read at a time (the first chunk comes with the list itself). */
export const REGISTER_CHUNK = 50;
const CHUNK = REGISTER_CHUNK;
const COLUMNS = 7;

/** Where the sortable columns stand, for aria-sort and the header buttons. */
export interface ColumnSort {
  /** The column sorted by, if it is one of the table's. */
  column: 'reference' | 'title' | 'plannedStart' | 'plannedEnd' | undefined;
  descending: boolean;
  onSort: (column: 'reference' | 'title' | 'plannedStart') => void;
}

function ariaSort(sort: ColumnSort, ...columns: ColumnSort['column'][]) {
  if (!columns.includes(sort.column)) return undefined;
  return sort.descending ? 'descending' : 'ascending';
}

function SortButton({
  sort,
  column,
  children,
}: {
  sort: ColumnSort;
  column: 'reference' | 'title' | 'plannedStart';
  children: string;
}) {
  const active = sort.column === column || (column === 'plannedStart' && sort.column === 'plannedEnd');
  const arrow = active ? (sort.descending ? ' ↓' : ' ↑') : '';
  return (
    <button type="button" className="sort-button" onClick={() => sort.onSort(column)}>
      {children}
      <span aria-hidden="true">{arrow}</span>
    </button>
  );
}

/** The projects of `list` (read for `query`), in its order; its first chunk's rows come with it. */
export function ProjectsTable({
  list,
  query,
  sort,
}: {
  list: RegisterList;
  query: RegisterQuery;
  sort: ColumnSort;
}) {
  const { db } = useApp();
  const navigate = useNavigate();
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the table body starts on the page (the virtualiser counts rows from there); what is above it
  // changes with the list (the count line) and with the window's width (the filters wrap).
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((body.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [list]);
  // The key of the row before each chunk, where a read has seen it: the chunk is then read from it.
  const anchors = useMemo(() => {
    const map = new Map<number, RegisterKey>();
    const last = list.keys.at(-1);
    if (last) map.set(list.ids.length, last);
    return map;
  }, [list]);

  const virtualizer = useWindowVirtualizer({
    count: list.count,
    estimateSize: () => 56,
    overscan: 10,
    scrollMargin,
    getItemKey: (index) => list.ids[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const start = Math.floor(first / CHUNK) * CHUNK;
  const end = Math.min(list.count, (Math.floor(last / CHUNK) + 1) * CHUNK);
  // The first chunk's rows come with the list (and stay live with it): read only the chunks beyond it.
  const windowKey = start === 0 && end <= CHUNK ? '' : `${start}-${end}`;
  const windowRows = useLiveQuery(async () => {
    if (!windowKey) return null;
    if (list.complete || end <= list.ids.length) {
      const ids = list.ids.slice(start, end);
      return { start, ids, rows: await registerRows(db, ids, londonToday()) };
    }
    const page = await registerLaterPage(db, query, start, end - start, anchors.get(start), londonToday());
    page.keys.forEach((key, i) => key && anchors.set(start + i + 1, key));
    return { start, ...page };
  }, [db, list, windowKey]);
  // While a new chunk is read, rows already known (the first chunk, the last window) stay on screen.
  const idAt = (index: number): string | undefined =>
    list.ids[index] ?? (windowRows ? windowRows.ids[index - windowRows.start] : undefined);
  const rowOf = (id: string | undefined) =>
    id === undefined ? undefined : (windowRows?.rows.get(id) ?? list.rows.get(id));

  const paddingTop = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;

  return (
    <table className="data-table register-table" aria-rowcount={list.count + 1}>
      <caption className="visually-hidden">Projects</caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className="col-reference" aria-sort={ariaSort(sort, 'reference')}>
            <SortButton sort={sort} column="reference">
              Reference
            </SortButton>
          </th>
          <th scope="col" className="col-title" aria-sort={ariaSort(sort, 'title')}>
            <SortButton sort={sort} column="title">
              Title
            </SortButton>
          </th>
          <th scope="col" className="col-lead">
            Lead researcher
          </th>
          <th scope="col" className="col-stage">
            Stage and status
          </th>
          <th scope="col" className="col-connection">
            Connection
          </th>
          <th scope="col" className="col-dates" aria-sort={ariaSort(sort, 'plannedStart', 'plannedEnd')}>
            <SortButton sort={sort} column="plannedStart">
              Planned start – end
            </SortButton>
          </th>
          <th scope="col" className="col-readiness">
            Members’ readiness
          </th>
        </tr>
      </thead>
      <tbody ref={body}>
        {paddingTop > 0 && (
          <tr aria-hidden="true" className="spacer-row">
            <td colSpan={COLUMNS} style={{ height: paddingTop }} />
          </tr>
        )}
        {items.map((item) => {
          const id = idAt(item.index);
          const row = rowOf(id);
          return (
            <tr
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-rowindex={item.index + 2}
              className="register-row"
              onClick={(event) => {
                if (id && !(event.target as HTMLElement).closest('a')) navigate(`/projects/${id}`);
              }}
            >
              {row ? <RowCells row={row} /> : <LoadingCells />}
            </tr>
          );
        })}
        {paddingBottom > 0 && (
          <tr aria-hidden="true" className="spacer-row">
            <td colSpan={COLUMNS} style={{ height: paddingBottom }} />
          </tr>
        )}
      </tbody>
    </table>
  );
}

function LoadingCells() {
  return (
    <>
      <td className="muted">Loading…</td>
      {Array.from({ length: COLUMNS - 1 }, (_, i) => (
        <td key={i} />
      ))}
    </>
  );
}

function RowCells({ row }: { row: RegisterRow }) {
  const { project, lead, connectionType } = row;
  const { plannedStart, plannedEnd } = project.onboarding;
  return (
    <>
      <td className="nowrap">
        <Link to={`/projects/${project.id}`} className="reference-link">
          {project.reference}
        </Link>
      </td>
      <td>{project.title}</td>
      <td>
        {lead ? (
          lead.name
        ) : (
          <span className="muted">
            <span className="small">Contact:</span> {project.enquiry.contact.name}
          </span>
        )}
      </td>
      <td>
        {stageLabel(project.stage)}
        {project.status !== 'open' && (
          <>
            {' '}
            <span className={`chip status-chip status-chip-${project.status}`}>
              {statusLabel(project.status)}
            </span>
          </>
        )}
      </td>
      <td>{connectionType?.name ?? <span className="muted">Not chosen</span>}</td>
      <td className="nowrap">
        {plannedStart || plannedEnd ? (
          <>
            {plannedStart ? formatShortDate(plannedStart) : '—'}
            <br />
            <span className="muted small">to</span> {plannedEnd ? formatShortDate(plannedEnd) : '—'}
          </>
        ) : (
          <span className="muted">Not planned</span>
        )}
      </td>
      <td>
        {project.status === 'open' ? (
          <ReadinessSummary members={row.members} readiness={row.readiness} />
        ) : (
          <span className="muted small">Ended</span>
        )}
      </td>
    </>
  );
}
