/** The projects register: every project, searchable and filterable, each row leading to its project page. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { londonToday } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { useCurrentStaff } from '../../app/current-staff';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ExportRegisterCsvButton } from '../certificates/ExportRegisterCsvButton';
import { listConnectionTypes } from '../../db/repositories/catalogues';
import { registerFirstPage } from '../../db/repositories/register-pages';
import { RegisterFilters, SortSelect, type FilterValues } from './register/RegisterFilters';
import { ProjectsTable, REGISTER_CHUNK, type ColumnSort } from './register/ProjectsTable';
import { isNarrowed, queryFromParams, sortValueOf } from './register/register-params';
import '../../components/form/forms.css';
import './projects.css';
import { DensitySwitch, useDensity } from '../../components/density';

const COUNT = new Intl.NumberFormat('en-GB');

function projects(count: number): string {
  return `${COUNT.format(count)} project${count === 1 ? '' : 's'}`;
}

function keepOnlySort(params: URLSearchParams): URLSearchParams {
  const sort = params.get('sort');
  return new URLSearchParams(sort ? { sort } : {});
}

/** The Projects section. */
export function ProjectsPage() {
  const { db } = useApp();
  const [params, setParams] = useSearchParams();
  const me = useCurrentStaff().staffMember.id;
  const [density, setDensity] = useDensity();
  const query = useMemo(() => queryFromParams(params, me), [params, me]);
  const queryKey = JSON.stringify(query);
  const result = useLiveQuery(
    async () => ({ ...(await registerFirstPage(db, query, REGISTER_CHUNK, londonToday())), queryKey, query }),
    // queryKey stands for query.
    [db, queryKey],
  );
  const connectionTypes = useLiveQuery(() => listConnectionTypes(db), [db]) ?? [];

  const values: FilterValues = {
    q: params.get('q') ?? '',
    stage: query.stage ?? '',
    status: query.status ?? '',
    connection: query.connectionTypeId ?? '',
    mine: query.caseOfficerId ? '1' : '',
    sort: sortValueOf(query),
  };
  const change = useCallback(
    (changes: Partial<FilterValues>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          if (next.get('sort') === 'updated-desc') next.delete('sort');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const sort: ColumnSort = {
    column: query.sort === 'updated' ? undefined : query.sort,
    descending: query.descending,
    onSort: (column) => {
      const same = query.sort === column || (column === 'plannedStart' && query.sort === 'plannedEnd');
      const descending = same ? !query.descending : column === 'reference';
      change({ sort: `${column}-${descending ? 'desc' : 'asc'}` });
    },
  };

  const newEnquiry = (
    <Link to="/projects/new" className="button">
      New enquiry
    </Link>
  );
  const header = (
    <PageHeader
      title="Projects"
      description="Every research project, from enquiry to closure."
      actions={
        <>
          {result && result.total > 0 && <ExportRegisterCsvButton filter={query} />}
          {newEnquiry}
        </>
      }
    />
  );

  if (result && result.total === 0) {
    return (
      <>
        {header}
        <EmptyState title="No projects yet">
          <p>
            A project starts as an enquiry: record the research team’s first contact, and DSH Desk gives it a
            reference and takes it through Onboarding, Set Up, Access, Active and Closure.
          </p>
          <p className="empty-state-action">{newEnquiry}</p>
        </EmptyState>
      </>
    );
  }

  const narrowed = isNarrowed(query);
  const searching = result !== undefined && result.queryKey !== queryKey;
  return (
    <>
      {header}
      <section className="panel register-panel" aria-label="Projects register">
        <RegisterFilters values={values} connectionTypes={connectionTypes} onChange={change} />
        <div className="register-status">
          <p role="status" className="register-count">
            {result === undefined
              ? 'Loading projects…'
              : searching
                ? 'Searching…'
                : narrowed
                  ? `${COUNT.format(result.count)} of ${projects(result.total)} match`
                  : projects(result.total)}
          </p>
          {narrowed && (
            <button
              type="button"
              className="button-link"
              onClick={() => setParams(keepOnlySort(params), { replace: true })}
            >
              Clear search and filters
            </button>
          )}
          <SortSelect value={values.sort} onChange={(sort) => change({ sort })} />
          <DensitySwitch density={density} onChange={setDensity} />
        </div>
        {result && result.count === 0 ? (
          <p className="register-none">No projects match this search and these filters.</p>
        ) : (
          result && (
            <div className="register-wrap" data-density={density}>
              <ProjectsTable list={result} query={result.query} sort={sort} />
            </div>
          )
        )}
      </section>
    </>
  );
}
