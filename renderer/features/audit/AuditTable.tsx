/** A page of the team's audit timeline, newest first, with Newer / Older paging through the indexes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { changeLines } from '../../../shared/audit/change-lines';
import { clockBehindWords } from '../../../shared/audit/clock';
import { describeAuditEvent, entityName } from '../../../shared/audit/describe';
import type { TimelineCursor } from '../../../shared/audit/timeline';
import { actorWords } from '../../../shared/audit/who';
import type { AuditEvent, StaffMember } from '../../../shared/domain';
import { formatInstant } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { auditNames, recordNamesOf } from '../../db/audit/record-names';
import { listStaff } from '../../db/repositories/staff';
import { pageTeamTimeline, type TimelineEntry, type TimelineFilter } from '../../db/audit/timeline';
import './audit.css';

const PAGE_SIZE = 50;

/** The workstation an event was written on, in words. */
function workstationOf(entry: TimelineEntry): string {
  return entry.own ? 'This workstation' : `Workstation ${entry.device.slice(0, 8)}`;
}

/** The events table for `filter` (give it a `key` per filter, so a new filter starts at the newest page). */
export function AuditTable({ filter }: { filter: TimelineFilter }) {
  const { db } = useApp();
  // The cursors of the pages seen so far: {} is the newest page.
  const [cursors, setCursors] = useState<TimelineCursor[]>([{}]);
  const cursor = cursors.at(-1)!;
  const page = useLiveQuery(async () => {
    const read = await pageTeamTimeline(db, { filter, cursor, limit: PAGE_SIZE });
    const events = read.entries.map((entry) => entry.event);
    return { ...read, names: await recordNamesOf(db, events) };
  }, [db, filter, cursor]);
  const staff = useLiveQuery(() => listStaff(db), [db]);

  if (!page || !staff) return <p className="muted">Loading events…</p>;
  if (page.entries.length === 0) return <p>No events match these filters.</p>;
  const names = auditNames(page.names);
  return (
    <>
      {/* Focusable: on a narrow window the table scrolls sideways, and the keyboard must reach it. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Audit events">
        <table className="data-table">
          <caption className="visually-hidden">Audit events of every workstation, newest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Workstation</th>
              <th scope="col">What</th>
              <th scope="col">Record</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => {
              const { event } = entry;
              const behind = clockBehindWords(event);
              return (
                <tr key={`${entry.device}:${event.seq}`}>
                  <td>{event.seq}</td>
                  <td className="nowrap">
                    {formatInstant(event.at)}
                    {/* Listed by its causal clock: say why its time reads earlier than events below it. */}
                    {behind && <div className="muted small">after events timed {behind} later</div>}
                  </td>
                  <td>
                    <Who event={event} staff={staff} />
                  </td>
                  <td className="nowrap">{workstationOf(entry)}</td>
                  <td>
                    {describeAuditEvent(event, names)}
                    <EventChanges entry={entry} />
                  </td>
                  <td>
                    <span className="muted small">{entityName(event.entity)}</span>{' '}
                    <RecordName event={event} name={names.recordName(event.entity, event.entityId)} />
                  </td>
                  <td>{event.reason ?? ''}</td>
                </tr>
              );
            })}
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
          disabled={page.next === undefined}
          onClick={() => page.next && setCursors([...cursors, page.next])}
        >
          Older
        </button>
      </nav>
    </>
  );
}

/** Who made the event: the staff member of its team account when known, else the account (see who.ts). */
function Who({ event, staff }: { event: AuditEvent; staff: readonly StaffMember[] }) {
  const who = actorWords(event.actor, staff);
  const detail = who.account ? `account ${who.account}` : event.actor.osUser;
  return (
    <>
      {who.name}
      <span className="muted small"> ({detail})</span>
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
function EventChanges({ entry }: { entry: TimelineEntry }) {
  const { event } = entry;
  const lines = changeLines(event.changes);
  if (lines.length === 0) return null;
  const where = entry.own ? '' : ` of workstation ${entry.device.slice(0, 8)}`;
  return (
    <details className="audit-changes">
      <summary>
        {lines.length === 1 ? '1 field' : `${lines.length} fields`}
        <span className="visually-hidden">
          {' '}
          changed by event {event.seq}
          {where}
        </span>
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
