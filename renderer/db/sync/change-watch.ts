/**
 * Learning of the team's changes as they happen: between sync rounds a workstation keeps one request open
 * that the server answers as soon as it has a change after this workstation's checkpoint (CouchDB's
 * `_changes?feed=longpoll`, bounded by `waitMs`), with the changes and their documents. When it answers
 * "changed", `onChange` gets them (the engine applies them as a pulled batch, moving the checkpoint in the
 * same transaction, or runs a round). While the server does not answer, the watch rests `restMs` between
 * tries; the rounds on their interval say "offline".
 */
import type { WaitedChanges } from '../../../shared/sync/couch-client';
import type { DshDatabase } from '../database';
import { CHECKPOINT_KEY } from './apply';
import type { TeamTransport } from './transport';

/** How often the watch looks for the first checkpoint while the first round runs. */
const FIRST_CHECKPOINT_LOOK_MS = 250;

/** What the watch needs: where the checkpoint is, how to wait, and what to do when something changed. */
export interface ChangeWatchOptions {
  db: DshDatabase;
  transport: Pick<TeamTransport, 'waitForChanges'>;
  /** Takes the changes a wait from checkpoint `since` brought (resolves when they are applied). */
  onChange: (since: string, changes: WaitedChanges) => Promise<void>;
  /** Whether syncing is paused now (no wait is held open then). */
  paused: () => boolean;
  /** How long the server may hold one wait open. */
  waitMs: number;
  /** The most changes one wait brings. */
  limit: number;
  /** The rest between tries after a failure, before the first sync, while paused, or when a round moved nothing. */
  restMs: number;
}

/** Starts watching; answers the function that stops it (and cancels the wait under way, where it can). */
export function watchChanges(options: ChangeWatchOptions): () => void {
  const stop = new AbortController();
  void (async () => {
    while (!stop.signal.aborted) {
      const since = (await options.db.meta.get(CHECKPOINT_KEY))?.value;
      // Paused, nothing is waited for. Before the first round has a checkpoint the rounds pull everything;
      // the watch looks again soon (a read of this workstation's own database) to start right after it.
      if (since === undefined || options.paused()) {
        await rest(
          since === undefined ? Math.min(options.restMs, FIRST_CHECKPOINT_LOOK_MS) : options.restMs,
          stop.signal,
        );
        continue;
      }
      let waited: WaitedChanges;
      try {
        waited = await options.transport.waitForChanges(
          { since, waitMs: options.waitMs, limit: options.limit },
          stop.signal,
        );
      } catch {
        // Not reachable (or stopped): the rounds report the state; try again after a rest.
        await rest(options.restMs, stop.signal);
        continue;
      }
      if (stop.signal.aborted || !waited.changed) continue;
      await options.onChange(since, waited);
      // A round that could not move the checkpoint (a failure, or paused) would wake this watch at once
      // again: rest instead, so a stuck round is retried at the interval, never in a tight loop.
      if ((await options.db.meta.get(CHECKPOINT_KEY))?.value === since)
        await rest(options.restMs, stop.signal);
    }
  })().catch((error: unknown) => {
    // The database closed under it (the app is closing): nothing left to watch.
    if (!stop.signal.aborted) console.warn('DSH Desk: watching the team server for changes stopped', error);
  });
  return () => stop.abort();
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function rest(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
