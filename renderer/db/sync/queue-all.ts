/**
 * Joining a team: from now on every write is queued (outbox-middleware.ts), and every record this
 * workstation already holds is queued once, so the team receives it. Done in bounded chunks, each in its
 * own transaction, so a large database never sits in memory at once; it can run again safely (a row
 * already queued is queued again, which sends it once).
 */
import { rebuildStaleAggregates } from '../aggregates/deferred';
import type { DshDatabase } from '../database';
import { rowsAfterKey } from '../key-pages';
import { setOutboxQueuing } from './outbox-middleware';
import { rowKey } from './local-rows';
import { SYNCED_TABLES } from './synced-tables';

/** Whether this workstation is in a team (local only; read when the database opens). */
export const TEAM_MODE_KEY = 'sync:team';
const CHUNK = 2_000;

/** Turns team mode on for this database and queues every record it holds; answers how many. */
export async function joinTeam(db: DshDatabase): Promise<number> {
  await db.meta.put({ key: TEAM_MODE_KEY, value: 'on' });
  setOutboxQueuing(db.name, true);
  let queued = 0;
  for (const table of db.tables.filter((candidate) => SYNCED_TABLES.has(candidate.name))) {
    let after: unknown = undefined;
    for (;;) {
      const keys = await rowsAfterKey(table, after).limit(CHUNK).primaryKeys();
      if (keys.length === 0) break;
      const queuedAt = Date.now();
      await db.outbox.bulkPut(
        keys.map((pk) => ({
          key: rowKey(table.name, pk),
          table: table.name,
          pk: pk as string | number,
          queuedAt,
          stamp: `join.${queuedAt}`,
        })),
      );
      queued += keys.length;
      after = keys.at(-1);
      if (keys.length < CHUNK) break;
    }
  }
  return queued;
}

/**
 * Turns team mode off: nothing more is queued; the outbox, revisions and records stay as they are. Counts a
 * first sync left to its end (it stopped before) are summed now: no more of its batches will come.
 */
export async function leaveTeam(db: DshDatabase): Promise<void> {
  setOutboxQueuing(db.name, false);
  await db.meta.delete(TEAM_MODE_KEY);
  await rebuildStaleAggregates(db);
}

/** Restores queuing when a database of a workstation in a team opens. */
export async function resumeTeamMode(db: DshDatabase): Promise<boolean> {
  const on = (await db.meta.get(TEAM_MODE_KEY))?.value === 'on';
  setOutboxQueuing(db.name, on);
  return on;
}
