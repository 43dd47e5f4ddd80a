/**
 * The Audit page's filter lives in its address (`/audit?project=…&person=…&from=2026-12-01`), so a filtered
 * log can be linked to, reloaded and gone back to; this is the one translation between the two.
 */
import { addDaysIso, isIsoDate, londonDayStart } from '../../../shared/dates';
import { AUDITED_ENTITIES, type AuditedEntity } from '../../../shared/domain';
import type { TimelineFilter } from '../../db/audit/timeline';

/** What the filter form holds (record ids for the project and the person; London days for the dates). */
export interface FilterDraft {
  entity: string;
  staffId: string;
  from: string;
  to: string;
  projectId: string;
  personId: string;
}

const PARAMS: Record<keyof FilterDraft, string> = {
  entity: 'type',
  staffId: 'staff',
  from: 'from',
  to: 'to',
  projectId: 'project',
  personId: 'person',
};

/** The form's values in the address (absent ones empty). */
export function draftFromParams(params: URLSearchParams): FilterDraft {
  const read = (key: keyof FilterDraft) => params.get(PARAMS[key]) ?? '';
  return {
    entity: read('entity'),
    staffId: read('staffId'),
    from: read('from'),
    to: read('to'),
    projectId: read('projectId'),
    personId: read('personId'),
  };
}

/** The address's parameters for the form's values (empty ones left out). */
export function paramsOf(draft: FilterDraft): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of Object.keys(PARAMS) as (keyof FilterDraft)[])
    if (draft[key]) params[PARAMS[key]] = draft[key];
  return params;
}

/** Why the dates cannot be used, or undefined when they can. */
export function dateProblem(draft: Pick<FilterDraft, 'from' | 'to'>): string | undefined {
  if ((draft.from && !isIsoDate(draft.from)) || (draft.to && !isIsoDate(draft.to)))
    return 'Enter real dates.';
  if (draft.from && draft.to && draft.to < draft.from)
    return 'The “to” date must not be before the “from” date.';
  return undefined;
}

/** The filter the timeline reads (values the address got wrong are left out, never guessed). */
export function filterOf(draft: FilterDraft): TimelineFilter {
  const entity = (AUDITED_ENTITIES as readonly string[]).includes(draft.entity)
    ? (draft.entity as AuditedEntity)
    : undefined;
  const dates = dateProblem(draft) ? { from: '', to: '' } : draft;
  return {
    ...(entity ? { entity } : {}),
    ...(draft.staffId ? { staffId: draft.staffId } : {}),
    ...(dates.from ? { from: londonDayStart(dates.from) } : {}),
    ...(dates.to ? { to: londonDayStart(addDaysIso(dates.to, 1)) } : {}),
    ...(draft.projectId ? { projectId: draft.projectId } : {}),
    ...(draft.personId ? { personId: draft.personId } : {}),
  };
}
