/** The audit log: every change, who made it and when, newest first, with filters and a check of the chain. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useApp } from '../../app/app-context';
import { countAuditEvents, type AuditFilter } from '../../db/audit/queries';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyAuditLog } from './VerifyAuditLog';

const COUNT = new Intl.NumberFormat('en-GB');

/** The Audit page. */
export function AuditPage() {
  const { db } = useApp();
  const [filter, setFilter] = useState<AuditFilter>({});
  const count = useLiveQuery(() => countAuditEvents(db, filter), [db, filter]);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, who made it and when. Events cannot be edited or deleted."
      />
      <VerifyAuditLog />
      <section className="panel" aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        <AuditFilters onChange={setFilter} />
        <p role="status" className="muted">
          {count === undefined ? 'Counting…' : `${COUNT.format(count)} event${count === 1 ? '' : 's'} match.`}
        </p>
        <AuditTable key={JSON.stringify(filter)} filter={filter} />
      </section>
    </>
  );
}
