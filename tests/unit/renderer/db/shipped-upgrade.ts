/**
 * The scaffold of every schema upgrade test: a database as an earlier version of the app left it (its
 * shipped stores, written with plain Dexie), then opened by today's app, which upgrades it.
 */
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { DshDatabase } from '../../../../renderer/db/database';
import { openDatabase } from '../../../../renderer/db/open-database';
import {
  SHIPPED_V2_STORES,
  SHIPPED_V3_STORES,
  SHIPPED_V4_STORES,
  SHIPPED_V5_STORES,
  SHIPPED_V6_STORES,
} from './shipped-schemas';

/** What each shipped version declared, from version 1 (the meta table alone) on. */
const SHIPPED_STORES: Record<string, string>[] = [
  { meta: 'key' },
  SHIPPED_V2_STORES,
  SHIPPED_V3_STORES,
  SHIPPED_V4_STORES,
  SHIPPED_V5_STORES,
  SHIPPED_V6_STORES,
];

/** A shipped schema version a database can be upgraded from. */
export type ShippedVersion = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Makes database `name` as version `version` left it, lets `fill` write its rows, closes it, and answers it
 * opened (and so upgraded) as the app opens it. The caller closes it.
 */
export async function upgradedFrom(
  version: ShippedVersion,
  name: string,
  fill: (old: Dexie) => Promise<unknown>,
): Promise<DshDatabase> {
  const factory = new IDBFactory();
  const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  SHIPPED_STORES.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  await fill(old);
  old.close();
  return openDatabase(new DshDatabase(name, { indexedDB: factory, IDBKeyRange }), factory);
}
