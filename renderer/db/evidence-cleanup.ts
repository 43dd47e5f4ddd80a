/**
 * Letting go of evidence files no record names: main removes them (electron/services/evidence-sweep.ts), but
 * only the renderer knows which files the rows name, so every call sends them all. A cancelled proposal's
 * file goes at once; at start, main sweeps what has gone unnamed for its grace period.
 */
import type { DshBridge } from '../../shared/contract/bridge';
import type { DshDatabase } from './database';

/** The host operation that removes unused evidence files. */
export type EvidenceCleanupHost = Pick<DshBridge, 'removeUnusedEvidence'>;

/** Every SHA-256 a row of the evidence files names, each once (read through the index, not the rows). */
export async function referencedEvidence(db: DshDatabase): Promise<string[]> {
  return (await db.evidenceFiles.orderBy('sha256').uniqueKeys()) as string[];
}

/** Asks main to remove the files of `cancelled` (unless a row names them) and anything long unnamed. */
export async function letGoOfEvidence(
  db: DshDatabase,
  host: EvidenceCleanupHost,
  cancelled: readonly string[] = [],
): Promise<number> {
  const referenced = await referencedEvidence(db);
  const { removed } = await host.removeUnusedEvidence({ referenced, cancelled: [...cancelled] });
  return removed;
}

/** The sweep at start: a failure is logged, never shown; it is tried again at the next start. */
export async function sweepUnusedEvidence(db: DshDatabase, host: EvidenceCleanupHost): Promise<void> {
  try {
    await letGoOfEvidence(db, host);
  } catch (error) {
    console.error('DSH Desk: the sweep of unused evidence files failed', error);
  }
}
