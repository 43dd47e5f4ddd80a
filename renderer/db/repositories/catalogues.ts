/**
 * The catalogues the team maintains: applications, connection types (the costing page), bookable weekly
 * sessions, and blackout dates. Each is small (tens of rows), so its list is read whole, in order.
 */
import type {
  Application,
  ApplicationForm,
  BlackoutDate,
  BlackoutDateForm,
  ConnectionType,
  ConnectionTypeForm,
  SessionTemplate,
  SessionTemplateForm,
} from '../../../shared/domain';
import type { IsoDate } from '../../../shared/dates';
import type { DshDatabase } from '../database';
import type { WriteContext } from '../write/context';
import { ENTITIES, type EntitySpec, type StoredRecord } from '../write/entities';
import { createRecord, deleteRecord, updateRecord, type RecordBody } from '../write/records';

/** Add, edit and delete for one catalogue. */
function catalogue<T extends StoredRecord, F extends RecordBody<T>>(spec: EntitySpec<T>) {
  return {
    add: (ctx: WriteContext, form: F): Promise<T> => createRecord(ctx, spec, form),
    update: (ctx: WriteContext, id: string, expectedRevision: number, form: F): Promise<T> =>
      updateRecord(ctx, spec, id, expectedRevision, () => form),
    remove: (ctx: WriteContext, id: string, expectedRevision: number): Promise<void> =>
      deleteRecord(ctx, spec, id, expectedRevision),
  };
}

const applications = catalogue<Application, ApplicationForm>(ENTITIES.application);
const connectionTypes = catalogue<ConnectionType, ConnectionTypeForm>(ENTITIES.connectionType);
const sessionTemplates = catalogue<SessionTemplate, SessionTemplateForm>(ENTITIES.sessionTemplate);
const blackoutDates = catalogue<BlackoutDate, BlackoutDateForm>(ENTITIES.blackoutDate);

/** Adds an application to the catalogue. */
export const addApplication = applications.add;
/** Edits an application of the catalogue. */
export const updateApplication = applications.update;
/** Deletes an application from the catalogue (mark it inactive instead when projects use it). */
export const deleteApplication = applications.remove;
/** Every application, by name. */
export function listApplications(db: DshDatabase): Promise<Application[]> {
  return db.applications.orderBy('name').toArray();
}

/** Adds a connection type to the costing page. */
export const addConnectionType = connectionTypes.add;
/** Edits a connection type of the costing page. */
export const updateConnectionType = connectionTypes.update;
/** Deletes a connection type (mark it inactive instead when projects use it). */
export const deleteConnectionType = connectionTypes.remove;
/** Every connection type, by name. */
export function listConnectionTypes(db: DshDatabase): Promise<ConnectionType[]> {
  return db.connectionTypes.orderBy('name').toArray();
}

/** Adds a bookable weekly session. */
export const addSessionTemplate = sessionTemplates.add;
/** Edits a bookable weekly session. */
export const updateSessionTemplate = sessionTemplates.update;
/** Deletes a bookable weekly session. */
export const deleteSessionTemplate = sessionTemplates.remove;
/** Every weekly session, Monday first, then by start time. */
export function listSessionTemplates(db: DshDatabase): Promise<SessionTemplate[]> {
  return db.sessionTemplates.orderBy('[weekday+start]').toArray();
}

/** Adds a day when nothing can be booked. */
export const addBlackoutDate = blackoutDates.add;
/** Edits a blackout date. */
export const updateBlackoutDate = blackoutDates.update;
/** Deletes a blackout date. */
export const deleteBlackoutDate = blackoutDates.remove;
/** The blackout dates from `from` to `to` (both included), in date order. */
export function listBlackoutDates(db: DshDatabase, from: IsoDate, to: IsoDate): Promise<BlackoutDate[]> {
  return db.blackoutDates.where('date').between(from, to, true, true).toArray();
}
