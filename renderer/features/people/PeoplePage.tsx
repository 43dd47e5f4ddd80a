/**
 * The people register: every researcher, by family name, a page at a time; a search by any words of a
 * name or organisation, or an e-mail address; and "Add person".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApp } from '../../app/app-context';
import { UnsavedFormsProvider } from '../../components/form/unsaved-forms';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { countPeople } from '../../db/repositories/people';
import { listPeople, searchPeople } from '../../db/repositories/people-register';
import { DuplicatePeople } from './DuplicatePeople';
import { PeopleTable } from './PeopleTable';
import { PersonForm } from './PersonForm';
import './people.css';
import { Pager } from '../../components/Pager';

const PAGE_SIZE = 50;
const COUNT = new Intl.NumberFormat('en-GB');

/** The People section. */
export function PeoplePage() {
  const { db } = useApp();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  // Kept in the page, not the address: every navigation (even a changed ?q=) moves focus to the heading.
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const searched = useDeferredValue(query.trim());
  const total = useLiveQuery(() => countPeople(db), [db]);
  const listing = useLiveQuery(
    async () =>
      searched
        ? { kind: 'search' as const, ...(await searchPeople(db, searched, PAGE_SIZE)) }
        : {
            kind: 'page' as const,
            people: await listPeople(db, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
          },
    [db, searched, page],
  );
  const pages = Math.max(1, Math.ceil((total ?? 0) / PAGE_SIZE));

  return (
    <UnsavedFormsProvider>
      <PageHeader
        title="People"
        description="Researchers, their training and the projects they are on."
        actions={
          !adding && (
            <>
              <Link className="button secondary" to="/settings/import">
                Import from a spreadsheet
              </Link>
              <button type="button" className="button" onClick={() => setAdding(true)}>
                Add person
              </button>
            </>
          )
        }
      />
      {adding && (
        <PersonForm
          onDone={(saved) => {
            setAdding(false);
            if (saved) void navigate(`/people/${saved.id}`);
          }}
        />
      )}
      <DuplicatePeople />
      {total === 0 && !adding ? (
        <EmptyState title="No people yet">
          <p>
            Add the researchers the DSH works with: their training, forms and access are recorded against
            them. People are also added from a project’s onboarding form and its change requests, or load the
            demo data from Settings to try DSH Desk out.
          </p>
        </EmptyState>
      ) : (
        <section className="panel" aria-labelledby="register-heading">
          <div className="panel-heading-row">
            <h2 id="register-heading">Register</h2>
            <span className="muted">
              {total === undefined ? '' : `${COUNT.format(total)} people recorded`}
            </span>
          </div>
          <form className="filter-bar" role="search" onSubmit={(event) => event.preventDefault()}>
            <div className="field people-search">
              <label htmlFor="people-search">Search</label>
              <p id="people-search-hint" className="field-hint">
                Any words of a name or an organisation, or an e-mail address.
              </p>
              <input
                id="people-search"
                type="search"
                value={query}
                aria-describedby="people-search-hint"
                onChange={(event) => {
                  setQuery(event.target.value);
                  setPage(1);
                }}
              />
            </div>
          </form>
          <p role="status" className="muted people-status">
            {listing?.kind === 'search' &&
              (listing.people.length === 0
                ? `No one matches “${searched}”.`
                : listing.more
                  ? `The first ${PAGE_SIZE} people matching “${searched}”. Type more to narrow the search.`
                  : `${listing.people.length} ${listing.people.length === 1 ? 'person matches' : 'people match'} “${searched}”.`)}
            {listing?.kind === 'page' &&
              total !== undefined &&
              total > 0 &&
              `Page ${page} of ${COUNT.format(pages)}, by family name.`}
          </p>
          {listing && listing.people.length > 0 && (
            <PeopleTable
              people={listing.people}
              caption={listing.kind === 'search' ? `People matching ${searched}` : `People, page ${page}`}
            />
          )}
          {listing?.kind === 'page' && (
            <Pager label="Pages of the register" page={page} pages={pages} onPage={setPage} />
          )}
        </section>
      )}
    </UnsavedFormsProvider>
  );
}
