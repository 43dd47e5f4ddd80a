/**
 * The audit log: every change on every workstation of the team, who made it and when, newest first, with
 * filters (kept in the page's address) and a check of every chain.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useApp } from '../../app/app-context';
import { countTeamTimeline } from '../../db/audit/timeline';
import { StoredClocksAheadNotice } from '../../components/ClocksAheadNotice';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyAuditLog } from './VerifyAuditLog';
import { draftFromParams, filterOf, paramsOf } from './filter-params';

const COUNT = new Intl.NumberFormat('en-GB');

/** The Audit page. */
export function AuditPage() {
  const { db } = useApp();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // The address is the filter's one source: a new search string is a new filter.
  const draft = useMemo(() => draftFromParams(new URLSearchParams(search)), [search]);
  const filter = useMemo(() => filterOf(draft), [draft]);
  const subjects = useLiveQuery(async () => {
    const project = draft.projectId ? await db.projects.get(draft.projectId) : undefined;
    const person = draft.personId ? await db.people.get(draft.personId) : undefined;
    return { project, person, search };
  }, [db, draft.projectId, draft.personId, search]);
  // While the names of a new address are read, the last ones are not this filter's.
  const current = subjects?.search === search ? subjects : undefined;
  const count = useLiveQuery(() => countTeamTimeline(db, filter), [db, filter]);
  const about = [
    draft.personId && (current?.person?.name ?? 'a person no longer recorded'),
    draft.projectId && (current?.project?.reference ?? 'a project no longer recorded'),
  ]
    .filter(Boolean)
    .join(' on ');
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change on every workstation of the team, who made it and when. Events cannot be edited or deleted."
      />
      <StoredClocksAheadNotice />
      <VerifyAuditLog />
      <section className="panel" aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        {current && (
          <AuditFilters
            key={`filters?${search}`}
            initial={draft}
            projectReference={current.project?.reference ?? ''}
            onApply={(next) => setParams(paramsOf(next))}
          />
        )}
        <p role="status" className="muted">
          {count === undefined || !current
            ? 'Counting…'
            : `${COUNT.format(count)} event${count === 1 ? '' : 's'}${about ? ` about ${about}` : ''} match.`}
        </p>
        <AuditTable key={`table?${search}`} filter={filter} />
      </section>
    </>
  );
}
