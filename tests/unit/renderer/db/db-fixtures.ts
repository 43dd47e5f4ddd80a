/**
 * A fresh database per test (fake-indexeddb, its own factory), the write context of a fixed officer and
 * clock, forms built from the domain fixtures, and raw IndexedDB access that bypasses the app's Dexie
 * (as someone tampering with the files would).
 */
import { IDBFactory } from 'fake-indexeddb';
import type {
  ApplicationForm,
  ConnectionTypeForm,
  EnquiryForm,
  PersonForm,
  SessionTemplateForm,
  StaffMemberForm,
} from '../../../../shared/domain';
import { DshDatabase } from '../../../../renderer/db/database';
import { openDatabase } from '../../../../renderer/db/open-database';
import type { WriteContext } from '../../../../renderer/db/write/context';
import {
  IDS,
  aPerson,
  aProject,
  aStaffMember,
  anApplication,
  theCoreConnection,
} from '../../../helpers/domain-fixtures';

/** The instant every write happens at (25 Nov 2026, 10:00 UTC). */
export const NOW = new Date('2026-11-25T10:00:00.000Z');

/** The officer making every write. */
export const ACTOR = { staffId: IDS.officer, staffName: 'Sam Officer', osUser: 'sam' };

/** A test's database, its factory (for raw access), and a write context. */
export interface TestDb {
  db: DshDatabase;
  factory: IDBFactory;
  name: string;
  ctx: WriteContext;
}

let opened = 0;

/** A new, empty database opened as the app opens it. */
export async function freshDb(): Promise<TestDb> {
  const factory = new IDBFactory();
  const name = `dsh-test-${(opened += 1)}`;
  const db = await openDatabase(new DshDatabase(name, { indexedDB: factory, IDBKeyRange }), factory);
  return { db, factory, name, ctx: { db, actor: ACTOR, now: () => NOW } };
}

function withoutBase<T extends { id: string; revision: number; createdAt: string; updatedAt: string }>(
  record: T,
): Omit<T, 'id' | 'revision' | 'createdAt' | 'updatedAt'> {
  const { id: _id, revision: _revision, createdAt: _created, updatedAt: _updated, ...body } = record;
  return body;
}

/** The person form of Dr A Smith (or with overrides). */
export function personForm(overrides: Partial<PersonForm> = {}): PersonForm {
  return { ...withoutBase(aPerson()), ...overrides };
}

/** The enquiry form of the standard project. */
export function enquiryForm(overrides: Partial<EnquiryForm> = {}): EnquiryForm {
  const project = aProject();
  return { title: project.title, ...project.enquiry, ...overrides };
}

/** A staff member form. */
export function staffForm(overrides: Partial<StaffMemberForm> = {}): StaffMemberForm {
  return { ...withoutBase(aStaffMember()), ...overrides };
}

/** An application form. */
export function applicationForm(overrides: Partial<ApplicationForm> = {}): ApplicationForm {
  return { ...withoutBase(anApplication()), ...overrides };
}

/** The core connection's form. */
export function connectionForm(overrides: Partial<ConnectionTypeForm> = {}): ConnectionTypeForm {
  return { ...withoutBase(theCoreConnection()), ...overrides };
}

/** Monday morning, six seats. */
export function sessionForm(overrides: Partial<SessionTemplateForm> = {}): SessionTemplateForm {
  return { weekday: 1, start: '09:00', end: '13:00', seats: 6, label: 'Morning', active: true, ...overrides };
}

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Runs `change` on one store through raw IndexedDB, bypassing Dexie and its middleware. */
export async function rawChange(
  { factory, name }: Pick<TestDb, 'factory' | 'name'>,
  store: string,
  change: (objectStore: IDBObjectStore) => void,
): Promise<void> {
  const idb = await request(() => factory.open(name));
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(store, 'readwrite');
    change(tx.objectStore(store));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

/** One record read through raw IndexedDB. */
export async function rawGet<T>(
  { factory, name }: Pick<TestDb, 'factory' | 'name'>,
  store: string,
  key: IDBValidKey,
): Promise<T> {
  const idb = await request(() => factory.open(name));
  const value = await request(() => idb.transaction(store).objectStore(store).get(key));
  idb.close();
  return value as T;
}
