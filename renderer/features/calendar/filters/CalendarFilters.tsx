/**
 * Showing one project's or one person's bookings. The choices are the projects that may book and their
 * members (the chosen project's only, once one is chosen); the filter lives in the address, so it stays
 * as the officer moves between weeks, months and days. A chosen person's upcoming bookings can be saved
 * as one calendar file.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/form/Field';
import type { DshDatabase } from '../../../db/database';
import { bookableProjects, membersOfProjects } from '../../../db/repositories/booking-calendar';
import { ExportOutcome } from '../../../components/documents/ExportOutcome';
import { useCalendarFiles } from '../export/calendar-files';
import type { CalendarFilter } from '../model/calendar-filter';
import { ProjectSelect } from './ProjectSelect';

/** The names of what the filter shows ("DSH-2026-014", "Dr A Smith"), once read. */
export type FilterNames = { project?: string; person?: string };

/** Reads the names of the filtered project and person. */
export async function filterNames(db: DshDatabase, filter: CalendarFilter): Promise<FilterNames> {
  const project = filter.projectId ? await db.projects.get(filter.projectId) : undefined;
  const person = filter.personId ? await db.people.get(filter.personId) : undefined;
  return {
    ...(project ? { project: project.reference } : {}),
    ...(person ? { person: person.name } : {}),
  };
}

interface CalendarFiltersProps {
  filter: CalendarFilter;
  names: FilterNames;
  onChange: (filter: CalendarFilter) => void;
}

/** The filter bar. */
export function CalendarFilters({ filter, names, onChange }: CalendarFiltersProps) {
  const { db } = useApp();
  const files = useCalendarFiles();
  const projects = useLiveQuery(() => bookableProjects(db), [db]);
  const people = useLiveQuery(
    async () =>
      membersOfProjects(
        db,
        filter.projectId ? [filter.projectId] : (await bookableProjects(db)).map((project) => project.id),
      ),
    [db, filter.projectId],
  );
  const projectListed = !filter.projectId || projects?.some((p) => p.id === filter.projectId);
  const personListed = !filter.personId || people?.some((p) => p.id === filter.personId);

  return (
    <div className="calendar-filters">
      <form className="filter-bar" aria-label="Filter bookings" onSubmit={(event) => event.preventDefault()}>
        <ProjectSelect
          value={filter.projectId ?? ''}
          projects={projects}
          blank="All projects"
          onChange={(projectId) => onChange({ ...filter, projectId: projectId || undefined })}
        >
          {!projectListed && (
            <option value={filter.projectId}>{names.project ?? 'The chosen project'}</option>
          )}
        </ProjectSelect>
        <Field label="Person">
          <select
            value={filter.personId ?? ''}
            onChange={(event) => onChange({ ...filter, personId: event.target.value || undefined })}
          >
            <option value="">Anyone</option>
            {!personListed && <option value={filter.personId}>{names.person ?? 'The chosen person'}</option>}
            {people?.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </Field>
        {(filter.projectId || filter.personId) && (
          <div className="filter-actions">
            <button type="button" className="button secondary" onClick={() => onChange({})}>
              Show everyone
            </button>
          </div>
        )}
        {filter.personId && names.person && (
          <div className="filter-actions">
            <button
              type="button"
              className="button secondary"
              onClick={() => void files.exportUpcoming(filter.personId!, names.person!)}
            >
              Calendar file of {names.person}’s upcoming bookings
            </button>
          </div>
        )}
      </form>
      <ExportOutcome outcome={files.outcome} what="Calendar file" compact />
    </div>
  );
}
