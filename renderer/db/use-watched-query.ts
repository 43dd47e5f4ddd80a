/**
 * A query kept live by the TABLES it reads, for the screens that read thousands of rows (the dashboard and
 * the reminders at DSH scale). useLiveQuery records every primary key a query returns, so that only a change
 * to one of those rows runs it again; over tens of thousands of rows that bookkeeping costs more than the
 * reads themselves (measured in bench/RESULTS.md). This hook reads, and reads again after any committed
 * write to one of the tables, in this window or another (Dexie's `storagemutated` event, which liveQuery
 * itself is built on): coarser, and far cheaper for such screens. `tables` must name every table read.
 */
import Dexie, { type ObservabilitySet, type Table } from 'dexie';
import { useEffect, useState } from 'react';
import type { DshDatabase } from './database';
import { touches } from './storage-mutations';

/**
 * The result of `query` over `tables`, read again after every write to them; undefined until first read.
 * With `enabled` false nothing is read (yet): a panel that may wait lets the screen's first reads go first.
 * `query` is given a signal that is aborted when the screen no longer needs it (closed, or asking for
 * something else): a long query may stop between its reads instead of keeping the database busy.
 */
export function useWatchedQuery<T>(
  db: DshDatabase,
  tables: (db: DshDatabase) => Table[],
  query: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
  enabled = true,
): T | undefined {
  const [state, setState] = useState<{ value: T } | { error: unknown } | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const abandoned = new AbortController();
    let running = false;
    let again = false;
    const watched = tables(db);
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          // Each read runs in its own transaction (thousands of parallel reads in one explicit transaction
          // end it early in Dexie); a write that lands between them fires the listener, which reads again.
          const value = await query(abandoned.signal);
          if (!stopped) setState({ value });
        } while (again && !stopped);
      } catch (error) {
        if (!stopped) setState({ error });
      } finally {
        running = false;
      }
    };
    const listener = (parts: ObservabilitySet) => {
      if (touches(db, watched, parts)) void run();
    };
    Dexie.on('storagemutated', listener);
    void run();
    return () => {
      stopped = true;
      abandoned.abort();
      Dexie.on('storagemutated').unsubscribe(listener);
    };
    // The caller's deps stand for `query` and `tables`, as with useLiveQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, enabled, ...deps]);
  if (state && 'error' in state) throw state.error;
  return state?.value;
}
