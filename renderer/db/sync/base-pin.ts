/**
 * Keeping the merge base only where it is needed. A `syncRevs` row with no `base` means "the row as stored is
 * the server's version at `rev`": true of every record pulled and never changed here, which is most of them, so
 * a first sync writes no second copy of each record. The first local change of such a row (a put or a delete
 * outside a transaction applying the server's changes) copies the row as it was into `base` first, in the same
 * transaction, so a later three-way merge still starts from exactly the server's version.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable } from 'dexie';
import type { SyncRevision } from './rows';

/** The revisions store's name. */
export const REVISIONS_TABLE = 'syncRevs';

/** The merge base of a record: its pinned copy, or the row as stored when none was pinned. */
export function mergeBaseOf(
  revision: Pick<SyncRevision, 'base'> | undefined,
  stored: Record<string, unknown> | undefined,
): Record<string, unknown> | null {
  if (!revision) return null;
  return revision.base ?? stored ?? null;
}

/** The primary keys a put or delete is about to change (a range delete, an add: none, see below). */
function keysAbout(table: DBCoreTable, request: DBCoreMutateRequest): unknown[] {
  if (request.type === 'delete') return [...request.keys];
  if (request.type !== 'put') return [];
  // An add never replaces a row, so there is nothing to keep. A range delete (a table cleared, e.g. by a
  // restore that brings its own revisions) is not pinned: the merge then treats the record as new on both
  // sides, which lists differences as conflicts rather than losing any.
  return request.keys
    ? [...request.keys]
    : request.values.map((value) => table.schema.primaryKey.extractKey?.(value));
}

/**
 * Before `request` changes rows of `table`, stores each changed row's current content as the base of its
 * revision when that revision has none yet (inside the request's transaction). Chained with Dexie's promises,
 * not awaited: the hooks below this middleware need Dexie's transaction zone, which a native await loses.
 */
export function pinBases(down: DBCore, table: DBCoreTable, request: DBCoreMutateRequest): Promise<void> {
  // An upgrade from before the revisions store existed has no revisions to keep a base for.
  const stores = (request.trans as Partial<IDBTransaction>).objectStoreNames;
  if (stores && !stores.contains(REVISIONS_TABLE)) return Dexie.Promise.resolve();
  const keys = keysAbout(table, request).filter((key) => key !== undefined && key !== null);
  if (keys.length === 0) return Dexie.Promise.resolve();
  const revisions = down.table(REVISIONS_TABLE);
  const trans = request.trans;
  return Dexie.Promise.resolve(
    revisions.getMany({ trans, keys: keys.map((key) => `${table.name}/${String(key)}`) }),
  ).then((found: (SyncRevision | undefined)[]) => {
    const bare = keys.flatMap((key, index) => {
      const revision = found[index];
      return revision && revision.base === undefined ? [{ key, revision }] : [];
    });
    if (bare.length === 0) return undefined;
    return Dexie.Promise.resolve(table.getMany({ trans, keys: bare.map(({ key }) => key) })).then(
      (rows: (Record<string, unknown> | undefined)[]) => {
        const pinned = bare.flatMap(({ revision }, index) => {
          const row = rows[index];
          return row ? [{ ...revision, base: row }] : [];
        });
        if (pinned.length === 0) return undefined;
        return Dexie.Promise.resolve(revisions.mutate({ type: 'put', trans, values: pinned })).then(
          () => undefined,
        );
      },
    );
  });
}
