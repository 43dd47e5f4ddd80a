/**
 * The team sync loop of one window: send the outbox, then pull the server's changes since the checkpoint,
 * again on an interval, soon after each local change, and (with a watch, change-watch.ts) as soon as the
 * server has a change: the changes the watch brings are applied at once, with no second request. It never
 * runs two rounds (or a round and an apply) at once; asked while one runs, exactly one more round follows
 * it at once. A failure
 * leaves everything as it was and says what happened: the server not answering is "offline" (it retries and
 * the officer keeps working), a refused sign-in or permission "needs attention".
 */
import { MAX_TEAM_BATCH } from '../../../shared/contract/team-payloads';
import { SyncError } from '../../../shared/sync/errors';
import type { ChangesPage } from '../../../shared/sync/couch-client';
import { batchOf, pullChanges } from '../../../shared/sync/pull';
import type { SyncStatus } from '../../sync/types';
import type { DshDatabase } from '../database';
import type { WriteContext } from '../write/context';
import { aggregatesStale, rebuildStaleAggregates } from '../aggregates/deferred';
import { clockAheadNotes } from '../audit/clock-ahead';
import { CHECKPOINT_KEY, applyPullBatch, quarantinedDocuments } from './apply';
import { watchChanges } from './change-watch';
import { evidenceCounts } from './evidence-due';
import { receiveEvidence, sendEvidence } from './evidence-transfer';
import { pushOutbox } from './push-outbox';
import { confirmProvisionalReferences } from './team-numbers';
import type { TeamTransport } from './transport';

/**
 * Batch sizes. A pulled page is one request, of the most the desktop bridge's payload allows (500); a batch is
 * one transaction: one page, or ten in a first sync (a first sync spends much of its time asking and
 * committing). A pull runs until caught up or paused, the next pages asked for while a batch is stored
 * (pull.ts), with progress shown after every batch; it stops between batches when paused.
 */
export const SYNC_LIMITS = {
  batchSize: 200,
  pushBatches: 10,
  pullBatchSize: MAX_TEAM_BATCH,
  /**
   * Pages applied in one transaction by a first sync (5,000 changes): each commit costs about as much as
   * writing hundreds of rows, and a first sync writes every record of the team.
   */
  firstSyncPages: 10,
};

/** Failure kinds that mean "the server is not there now": retry later, keep working. */
const OFFLINE_KINDS = new Set(['unreachable', 'timeout', 'server', 'cancelled']);

/** One team sync loop; `onStatus` hears every change of state. */
export class SyncEngine {
  private running: Promise<void> | null = null;
  private again = false;
  private paused = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private stopWatching: (() => void) | null = null;
  status: SyncStatus = { phase: 'synced', pending: 0, conflicts: 0, quarantined: 0 };

  constructor(
    private readonly db: DshDatabase,
    private readonly transport: TeamTransport,
    private readonly onStatus: (status: SyncStatus) => void = () => undefined,
    private readonly now: () => Date = () => new Date(),
    /** Who is working here: conflicts found are recorded as their audit events. */
    private readonly context: () => WriteContext | undefined = () => undefined,
  ) {}

  /**
   * Starts syncing at once and every `intervalMs`; with `watchMs`, also as soon as the server has a change
   * (a wait of at most `watchMs` held open between rounds).
   */
  start(intervalMs: number, options: { watchMs?: number } = {}): void {
    this.stop();
    this.timer = setInterval(() => void this.syncNow(), intervalMs);
    if (options.watchMs)
      this.stopWatching = watchChanges({
        db: this.db,
        transport: this.transport,
        onChange: (since, changes) => this.receive(since, changes),
        paused: () => this.paused,
        waitMs: options.watchMs,
        limit: SYNC_LIMITS.pullBatchSize,
        restMs: intervalMs,
      });
    void this.syncNow();
  }

  /** Stops the timer and the watch (a round under way finishes). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** Resolves once the rounds under way (if any) have finished. */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Pauses or resumes; a paused engine runs no round until resumed. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    this.publish({ paused });
    if (!paused) void this.syncNow();
    else void this.refresh();
  }

  /** Runs a round now; when one is running, another follows it. Resolves when the rounds are done. */
  async syncNow(): Promise<void> {
    if (this.paused) return this.refresh();
    return this.exclusive(() => this.round());
  }

  /**
   * Applies the changes a wait from checkpoint `since` brought, with their documents (change-watch.ts), as a
   * round's pull would, without asking the server again. While a round runs, or once the checkpoint has moved
   * on, a round pulls them instead. Resolves when they are applied (and any round that follows is done).
   */
  async receive(since: string, changes: ChangesPage): Promise<void> {
    if (this.paused) return this.refresh();
    return this.exclusive(async () => {
      if ((await this.db.meta.get(CHECKPOINT_KEY))?.value !== since) return this.round();
      try {
        const batch = batchOf(changes);
        await applyPullBatch(this.db, batch, this.context());
        // A merge to send, or a file to fetch: a round follows at once (it pulls nothing new, the
        // checkpoint has moved). Anything more on the server is brought by the watch's next wait.
        const files = batch.records.some((record) => record.type === 'evidence-file');
        if (files || (await this.db.outbox.count()) > 0) this.again = true;
        await this.refresh(this.status.phase === 'synced' ? { lastSyncedAt: this.now().toISOString() } : {});
      } catch (error) {
        await this.refresh(this.failure(error));
      }
    });
  }

  /**
   * Runs `first`, then a round while one was asked for meanwhile; when a round (or an apply) is under way,
   * asks for one more round after it and resolves when it is done.
   */
  private exclusive(first: () => Promise<void>): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      this.again = false;
      await first();
      while (this.again && !this.paused) {
        this.again = false;
        await this.round();
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** One round: push everything (bounded), then pull everything (bounded). */
  private async round(): Promise<void> {
    const pending = await this.db.outbox.count();
    const first = (await this.db.meta.get(CHECKPOINT_KEY)) === undefined;
    this.publish({
      phase: 'syncing',
      pending,
      ...(first ? { firstSync: { received: 0, paused: false } } : {}),
    });
    try {
      const pushed = await pushOutbox(
        this.db,
        this.transport,
        {
          batchSize: SYNC_LIMITS.batchSize,
          maxBatches: SYNC_LIMITS.pushBatches,
        },
        this.context(),
      );
      // The files of evidence rows now on the server, before anything else is pulled over their revisions.
      const sent = await sendEvidence(this.db, this.transport);
      // A first sync (or one that stopped before its end) sums its records once, when its pull stops.
      const deferAggregates = first || (await aggregatesStale(this.db));
      let received = 0;
      let more = true;
      try {
        while (more && !this.paused) {
          const since = (await this.db.meta.get(CHECKPOINT_KEY))?.value ?? '0';
          const pulled = await pullChanges(
            { changes: (query) => this.transport.changes(query) },
            since,
            async (batch) => {
              await applyPullBatch(this.db, batch, this.context(), { deferAggregates });
              received += batch.records.length + batch.deletions.length;
              if (first) this.publish({ firstSync: { received, paused: false } });
            },
            {
              batchSize: SYNC_LIMITS.pullBatchSize,
              pagesPerBatch: deferAggregates ? SYNC_LIMITS.firstSyncPages : 1,
              maxBatches: Number.MAX_SAFE_INTEGER,
              keepGoing: () => !this.paused,
            },
          );
          if (pulled.status === 'failed') throw pulled.error;
          more = pulled.status === 'more';
        }
      } finally {
        // Paused or failed part way, the counts are made true for now and stay stale for the rest.
        if (deferAggregates && (received > 0 || !more))
          await rebuildStaleAggregates(this.db, { keepStale: more });
      }
      const fetched = await receiveEvidence(this.db, this.transport);
      // More files than a round moves, and this one moved some: another round follows at once.
      if ([sent, fetched].some((files) => files.settled > 0 && files.due > 0)) this.again = true;
      // After the pull, so each number asked for is above every reference pulled; sent in the next round.
      const confirmed = await confirmProvisionalReferences(this.context(), (request) =>
        this.transport.allocate(request),
      );
      if (confirmed > 0) this.again = true;
      const problem = pushed.refused[0];
      await this.refresh(
        problem
          ? { phase: 'attention', problem: `${problem.reason} (${problem.docId})` }
          : {
              phase: pushed.more || this.paused ? 'syncing' : 'synced',
              lastSyncedAt: this.now().toISOString(),
            },
      );
      if (pushed.more && !problem) this.again = true;
    } catch (error) {
      await this.refresh(this.failure(error));
    }
  }

  /** The status after a failed round. */
  private failure(error: unknown): Partial<SyncStatus> {
    const kind =
      error instanceof SyncError || (error instanceof Error && 'kind' in error)
        ? String((error as { kind: unknown }).kind)
        : 'bad-response';
    const message = error instanceof Error ? error.message : String(error);
    if (OFFLINE_KINDS.has(kind))
      return {
        phase: 'offline',
        offlineSince: this.status.offlineSince ?? this.now().toISOString(),
        problem: message,
      };
    return { phase: 'attention', problem: message };
  }

  /** Recounts what is pending, in conflict, quarantined and the files due, reads the clocks ahead; publishes `change`. */
  async refresh(change: Partial<SyncStatus> = {}): Promise<void> {
    const [pending, conflicts] = await Promise.all([this.db.outbox.count(), this.db.syncConflicts.count()]);
    const quarantined = (await quarantinedDocuments(this.db)).length;
    const clocksAhead = await clockAheadNotes(this.db);
    const files = await evidenceCounts(this.db);
    this.publish({ pending, conflicts, quarantined, clocksAhead, files, ...change });
  }

  private publish(change: Partial<SyncStatus>): void {
    const next: SyncStatus = { ...this.status, ...change };
    if (next.phase !== 'offline') delete next.offlineSince;
    if (next.phase !== 'attention' && next.phase !== 'offline') delete next.problem;
    if (change.phase && change.phase !== 'syncing' && !change.firstSync) delete next.firstSync;
    if (this.paused && next.firstSync) next.firstSync = { ...next.firstSync, paused: true };
    this.status = next;
    this.onStatus(next);
  }
}
