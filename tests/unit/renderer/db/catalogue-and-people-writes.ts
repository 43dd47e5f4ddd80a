/** The writes of the staff, settings, catalogue, people and training repositories, with their audit events. */
import { DEFAULT_SETTINGS } from '../../../../shared/domain';
import * as catalogues from '../../../../renderer/db/repositories/catalogues';
import { addPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import { getSettings, updateSettings } from '../../../../renderer/db/repositories/settings';
import { addStaffMember, updateStaffMember } from '../../../../renderer/db/repositories/staff';
import * as training from '../../../../renderer/db/repositories/training';
import { applicationForm, connectionForm, personForm, sessionForm, staffForm } from './db-fixtures';
import { id, type WriteRow } from './write-row';

/** Each write, by what the officer does. */
export const CATALOGUE_AND_PEOPLE_WRITES: Record<string, WriteRow> = {
  'add a staff member': {
    act: (w) => id(addStaffMember(w.t.ctx, staffForm())),
    entity: 'staff-member',
    action: 'create',
    changes: { name: { after: 'Sam Officer' }, role: { after: 'officer' } },
  },
  'edit a staff member': {
    arrange: (w) => w.staff(),
    act: async (w) =>
      id(
        updateStaffMember(
          w.t.ctx,
          (await w.staff()).id,
          1,
          staffForm({ email: 'pat@dsh.example.ac.uk', active: false }),
        ),
      ),
    entity: 'staff-member',
    action: 'update',
    changes: { active: { before: true, after: false } },
  },
  'save the settings for the first time': {
    act: (w) => id(updateSettings(w.t.ctx, 0, DEFAULT_SETTINGS)),
    entity: 'settings',
    action: 'create',
    changes: { dsaValidityMonths: { after: 12 } },
  },
  'save the settings again': {
    arrange: (w) => updateSettings(w.t.ctx, 0, DEFAULT_SETTINGS),
    act: async (w) =>
      id(
        updateSettings(w.t.ctx, (await getSettings(w.t.db)).revision, {
          ...DEFAULT_SETTINGS,
          bookingHorizonDays: 60,
        }),
      ),
    entity: 'settings',
    action: 'update',
    changes: { bookingHorizonDays: { before: 90, after: 60 } },
  },
  'add an application': {
    act: (w) => id(catalogues.addApplication(w.t.ctx, applicationForm())),
    entity: 'application',
    action: 'create',
    changes: { name: { after: 'RStudio' } },
  },
  'edit an application': {
    arrange: (w) => w.application(),
    act: async (w) =>
      id(
        catalogues.updateApplication(
          w.t.ctx,
          (await w.application()).id,
          1,
          applicationForm({ version: '2027.01' }),
        ),
      ),
    entity: 'application',
    action: 'update',
    changes: { version: { before: '2026.09', after: '2027.01' } },
  },
  'delete an application': {
    arrange: (w) => w.application(),
    act: async (w) => {
      const { id: appId } = await w.application();
      await catalogues.deleteApplication(w.t.ctx, appId, 1);
      return appId;
    },
    entity: 'application',
    action: 'delete',
    changes: { name: { before: 'RStudio' } },
  },
  'add a connection type': {
    act: (w) => id(catalogues.addConnectionType(w.t.ctx, connectionForm())),
    entity: 'connection-type',
    action: 'create',
    changes: { unit: { after: 'free' } },
  },
  'edit a connection type': {
    arrange: (w) => w.connectionType(),
    act: async (w) =>
      id(
        catalogues.updateConnectionType(
          w.t.ctx,
          (await w.connectionType()).id,
          1,
          connectionForm({ needsBooking: false }),
        ),
      ),
    entity: 'connection-type',
    action: 'update',
    changes: { needsBooking: { before: true, after: false } },
  },
  'delete a connection type': {
    arrange: (w) => w.connectionType(),
    act: async (w) => {
      const { id: typeId } = await w.connectionType();
      await catalogues.deleteConnectionType(w.t.ctx, typeId, 1);
      return typeId;
    },
    entity: 'connection-type',
    action: 'delete',
    changes: { name: { before: 'Core connection' } },
  },
  'add a session': {
    act: (w) => id(catalogues.addSessionTemplate(w.t.ctx, sessionForm())),
    entity: 'session-template',
    action: 'create',
    changes: { seats: { after: 6 } },
  },
  'edit a session': {
    arrange: (w) => w.session(),
    act: async (w) =>
      id(catalogues.updateSessionTemplate(w.t.ctx, (await w.session()).id, 1, sessionForm({ seats: 8 }))),
    entity: 'session-template',
    action: 'update',
    changes: { seats: { before: 6, after: 8 } },
  },
  'delete a session': {
    arrange: (w) => w.session(),
    act: async (w) => {
      const { id: sessionId } = await w.session();
      await catalogues.deleteSessionTemplate(w.t.ctx, sessionId, 1);
      return sessionId;
    },
    entity: 'session-template',
    action: 'delete',
    changes: { weekday: { before: 1 } },
  },
  'add a blackout date': {
    act: (w) => id(w.blackout()),
    entity: 'blackout-date',
    action: 'create',
    changes: { date: { after: '2026-12-25' } },
  },
  'edit a blackout date': {
    arrange: (w) => w.blackout(),
    act: async (w) =>
      id(
        catalogues.updateBlackoutDate(w.t.ctx, (await w.blackout()).id, 1, {
          date: '2026-12-25',
          reason: 'Closed',
        }),
      ),
    entity: 'blackout-date',
    action: 'update',
    changes: { reason: { before: 'Christmas Day', after: 'Closed' } },
  },
  'delete a blackout date': {
    arrange: (w) => w.blackout(),
    act: async (w) => {
      const { id: blackoutId } = await w.blackout();
      await catalogues.deleteBlackoutDate(w.t.ctx, blackoutId, 1);
      return blackoutId;
    },
    entity: 'blackout-date',
    action: 'delete',
    changes: { date: { before: '2026-12-25' } },
  },
  'add a person': {
    act: (w) => id(addPerson(w.t.ctx, personForm())),
    entity: 'person',
    action: 'create',
    changes: { email: { after: 'a.smith@example.ac.uk' } },
  },
  'edit a person': {
    arrange: (w) => w.person(),
    act: async (w) =>
      id(updatePerson(w.t.ctx, (await w.person()).id, 1, personForm({ name: 'Prof A Smith' }))),
    entity: 'person',
    action: 'update',
    changes: { name: { before: 'Dr A Smith', after: 'Prof A Smith' } },
  },
  'add a training record': {
    arrange: (w) => w.person(),
    act: (w) => id(w.training()),
    entity: 'training-record',
    action: 'create',
    changes: { kind: { after: 'dsh-environment' } },
  },
  'correct a training record': {
    arrange: (w) => w.training(),
    act: async (w) =>
      id(
        training.updateTrainingRecord(w.t.ctx, (await w.training()).id, 1, {
          kind: 'dsh-environment',
          completedOn: '2026-06-02',
        }),
      ),
    entity: 'training-record',
    action: 'update',
    changes: { completedOn: { before: '2026-06-01', after: '2026-06-02' } },
  },
  'delete a training record': {
    arrange: (w) => w.training(),
    act: async (w) => {
      const { id: recordId } = await w.training();
      await training.deleteTrainingRecord(w.t.ctx, recordId, 1);
      return recordId;
    },
    entity: 'training-record',
    action: 'delete',
    changes: { completedOn: { before: '2026-06-01' } },
  },
};
