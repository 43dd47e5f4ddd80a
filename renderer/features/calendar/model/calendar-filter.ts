/** Showing one project's or one person's bookings: the filter, as the query string holds it. */
import type { Booking } from '../../../../shared/domain';

/** The project and/or person whose bookings are shown (neither: everyone's). */
export type CalendarFilter = { projectId?: string; personId?: string };

/** The filter a query string holds (`?project=…&person=…`). */
export function filterFromSearch(search: URLSearchParams): CalendarFilter {
  const projectId = search.get('project') ?? '';
  const personId = search.get('person') ?? '';
  return { ...(projectId ? { projectId } : {}), ...(personId ? { personId } : {}) };
}

/** The query string of a filter, with its `?` (empty for no filter). */
export function filterSearch(filter: CalendarFilter): string {
  const search = new URLSearchParams();
  if (filter.projectId) search.set('project', filter.projectId);
  if (filter.personId) search.set('person', filter.personId);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** True when a filter is set. */
export function isFiltered(filter: CalendarFilter): boolean {
  return Boolean(filter.projectId || filter.personId);
}

/** Whether the filter shows this booking. */
export function matchesFilter(
  booking: Pick<Booking, 'projectId' | 'personId'>,
  filter: CalendarFilter,
): boolean {
  return (
    (!filter.projectId || booking.projectId === filter.projectId) &&
    (!filter.personId || booking.personId === filter.personId)
  );
}
