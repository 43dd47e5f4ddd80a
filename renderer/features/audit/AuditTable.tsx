/** A page of audit events, newest first, with Newer / Older paging through the index. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { changeLines } from '../../../shared/audit/change-lines';
import { describeAuditEvent, entityName } from '../../../shared/audit/describe';
import type { AuditEvent } from '../../../shared/domain';
import { formatInstant } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { pageAuditEvents, type AuditFilter } from '../../db/audit/queries';
import { auditNames, recordNamesOf } from '../../db/audit/record-names';
import './audit.css';

const PAGE_SIZE = 50;

/** The events table for `filter` (give it a `key` per filter, so a new filter starts at the newest page). */
export function AuditTable({ filter }: { filter: AuditFilter }) {
  const { db } = useApp();
  // The cursors of the pages seen so far: [undefined] is the newest page.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors.at(-1);
  const page = useLiveQuery(async () => {
    const read = await pageAuditEvents(db, { ...filter, before, limit: PAGE_SIZE });
    return { ...read, names: await recordNamesOf(db, read.events) };
  }, [db, filter, before]);

  if (!page) return <p className="muted">Loading events…</p>;
  if (page.events.length === 0) return <p>No events match these filters.</p>;
  const names = auditNames(page.names);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Audit events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Record</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((event) => (
              <tr key={event.seq}>
                <td>{event.seq}</td>
                <td className="nowrap">{formatInstant(event.at)}</td>
                <td>
                  {event.actor.staffName}
                  <span className="muted small"> ({event.actor.osUser})</span>
                </td>
                <td>
                  {describeAuditEvent(event, names)}
                  <EventChanges event={event} />
                </td>
                <td>
                  <span className="muted small">{entityName(event.entity)}</span>{' '}
                  <RecordName event={event} name={names.recordName(event.entity, event.entityId)} />
                </td>
                <td>{event.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Audit pages">
        <button
          type="button"
          className="button secondary"
          disabled={cursors.length === 1}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          Newer
        </button>
        <span>Page {cursors.length}</span>
        <button
          type="button"
          className="button secondary"
          disabled={page.nextBefore === undefined}
          onClick={() => setCursors([...cursors, page.nextBefore])}
        >
          Older
        </button>
      </nav>
    </>
  );
}

/** The record in the officer's words, linked when it has a page; a record no longer stored says so. */
function RecordName({ event, name }: { event: AuditEvent; name: string | undefined }) {
  // The settings and the database are one of a kind: their type names them.
  if (event.entity === 'settings' || event.entity === 'database') return null;
  if (!name) return <span className="muted small">(no longer recorded)</span>;
  if (event.entity === 'project') return <Link to={`/projects/${event.entityId}`}>{name}</Link>;
  if (event.entity === 'person') return <Link to={`/people/${event.entityId}`}>{name}</Link>;
  return <span>{name}</span>;
}

/** The event's changed fields, before and after, behind a disclosure (nothing when it changed none). */
function EventChanges({ event }: { event: AuditEvent }) {
  const lines = changeLines(event.changes);
  if (lines.length === 0) return null;
  return (
    <details className="audit-changes">
      <summary>
        {lines.length === 1 ? '1 field' : `${lines.length} fields`}
        <span className="visually-hidden"> changed by event {event.seq}</span>
      </summary>
      <dl>
        {lines.map((line) => (
          <div key={line.field}>
            <dt>{line.label}</dt>
            <dd>
              <span className="audit-before">{line.before}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> became </span>
              <span className="audit-after">{line.after}</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
