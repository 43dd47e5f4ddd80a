/**
 * The bytes of evidence files in a team. A row (`evidence-file`) travels like any record; its file travels as
 * the attachment of the row's document, moved by the main process (the transport's `uploadEvidence` and
 * `fetchEvidence`). Which files are still to send or to fetch is noted (evidence-due.ts) in the same
 * transaction as the push or pull that made them due, and cleared only once moved: so a transfer cut off is
 * tried again next round, and nothing is forgotten by a crash. A file the server holds wrongly is refused,
 * with why, and tried again only when its document changes.
 */
import type { DshDatabase, EvidenceFileRow } from '../database';
import { fromServerTransaction } from './apply';
import {
  type DueList,
  EVIDENCE_TO_FETCH_KEY,
  EVIDENCE_TO_SEND_KEY,
  evidenceIds,
  settleEvidence,
} from './evidence-due';
import { rowKey } from './local-rows';
import type { TeamTransport } from './transport';

/** Files moved per round at most, so a round (and the next push) is never held up long. */
export const EVIDENCE_PER_ROUND = 10;

const TABLE = 'evidenceFiles';

/** How a round of transfers went: files settled (sent, fetched, refused or no longer due), and files still due. */
export interface TransferReport {
  settled: number;
  due: number;
}

/** The row and what the server knows of it, or null when it is gone (or never reached the server). */
async function rowAndRevision(db: DshDatabase, id: string) {
  const row = await db.evidenceFiles.get(id);
  const revision = await db.syncRevs.get(rowKey(TABLE, id));
  return row ? { row, revision } : null;
}

const fileOf = (row: EvidenceFileRow) => ({ sha256: row.sha256, mediaType: row.mediaType, size: row.size });

/** Settles one file in its own transaction (so what moved stays moved if the next one fails). */
function settle(db: DshDatabase, list: DueList, id: string, refused?: string, work?: () => Promise<void>) {
  return fromServerTransaction(db, async () => {
    await work?.();
    await settleEvidence(db, list, {
      settled: [id],
      waiting: [],
      ...(refused === undefined ? {} : { refused: { [id]: refused } }),
    });
  });
}

/** Files still due after a round, with those that wait moved to the end of their list. */
async function reportOf(db: DshDatabase, list: DueList, waiting: string[], settled: number) {
  if (waiting.length > 0)
    await fromServerTransaction(db, () => settleEvidence(db, list, { settled: [], waiting }));
  return { settled, due: (await evidenceIds(db, list)).length };
}

/** Sends the files of rows the server holds without them (bounded); a failure throws and is retried later. */
export async function sendEvidence(db: DshDatabase, transport: TeamTransport): Promise<TransferReport> {
  if (!transport.uploadEvidence) return { settled: 0, due: 0 };
  const waiting: string[] = [];
  let settled = 0;
  for (const id of (await evidenceIds(db, EVIDENCE_TO_SEND_KEY)).slice(0, EVIDENCE_PER_ROUND)) {
    const found = await rowAndRevision(db, id);
    const revision = found?.revision;
    const outcome =
      found && revision
        ? await transport.uploadEvidence({ docId: revision.docId, rev: revision.rev, ...fileOf(found.row) })
        : null;
    // Changed on the server since: the pull brings its revision, and the file is sent on it next round.
    if (outcome?.status === 'moved') {
      waiting.push(id);
      continue;
    }
    settled += 1;
    await settle(db, EVIDENCE_TO_SEND_KEY, id, undefined, async () => {
      const current = await db.syncRevs.get(rowKey(TABLE, id));
      // The attachment made a new revision: the next push of this row is based on it, so it does not conflict.
      if (outcome?.status === 'uploaded' && current && current.rev === revision?.rev)
        await db.syncRevs.put({ ...current, rev: outcome.rev });
    });
  }
  return reportOf(db, EVIDENCE_TO_SEND_KEY, waiting, settled);
}

/** Fetches the files of received rows that are not on this computer (bounded); a failure throws, retried later. */
export async function receiveEvidence(db: DshDatabase, transport: TeamTransport): Promise<TransferReport> {
  if (!transport.fetchEvidence) return { settled: 0, due: 0 };
  const waiting: string[] = [];
  let settled = 0;
  for (const id of (await evidenceIds(db, EVIDENCE_TO_FETCH_KEY)).slice(0, EVIDENCE_PER_ROUND)) {
    const found = await rowAndRevision(db, id);
    const outcome = found
      ? await transport.fetchEvidence({
          docId: found.revision?.docId ?? `evidence-file:${id}`,
          fileName: found.row.fileName,
          ...fileOf(found.row),
        })
      : null;
    // The workstation that attached it has not sent the bytes yet: asked again next round.
    if (outcome?.status === 'not-yet') {
      waiting.push(id);
      continue;
    }
    settled += 1;
    await settle(db, EVIDENCE_TO_FETCH_KEY, id, outcome?.status === 'refused' ? outcome.message : undefined);
  }
  return reportOf(db, EVIDENCE_TO_FETCH_KEY, waiting, settled);
}
