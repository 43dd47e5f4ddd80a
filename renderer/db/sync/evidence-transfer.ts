/**
 * The bytes of evidence files in a team. A row (`evidence-file`) travels like any record; its file travels as
 * the attachment of the row's document, moved by the main process (the transport's `uploadEvidence` and
 * `fetchEvidence`). Which files are still to send or to fetch is noted (evidence-due.ts) in the same
 * transaction as the push or pull that made them due, and cleared only once moved: so a transfer cut off is
 * tried again next round, and nothing is forgotten by a crash. A file the server holds wrongly is refused, with why, and tried
 * again only when its document changes.
 */
import type { DshDatabase, EvidenceFileRow } from '../database';
import { fromServerTransaction } from './apply';
import {
  EVIDENCE_TO_FETCH_KEY,
  EVIDENCE_TO_SEND_KEY,
  changeEvidenceIds,
  evidenceIds,
  setEvidenceRefused,
} from './evidence-due';
import { rowKey } from './local-rows';
import type { TeamTransport } from './transport';

/** Files moved per round at most, so a round (and the next push) is never held up long. */
export const EVIDENCE_PER_ROUND = 10;

const TABLE = 'evidenceFiles';

/** The row and what the server knows of it, or null when it is gone (or never reached the server). */
async function rowAndRevision(db: DshDatabase, id: string) {
  const row = await db.evidenceFiles.get(id);
  const revision = await db.syncRevs.get(rowKey(TABLE, id));
  return row ? { row, revision } : null;
}

const fileOf = (row: EvidenceFileRow) => ({ sha256: row.sha256, mediaType: row.mediaType, size: row.size });

/** Sends the files of rows the server holds without them (bounded); a failure throws and is retried later. */
export async function sendEvidence(db: DshDatabase, transport: TeamTransport): Promise<void> {
  if (!transport.uploadEvidence) return;
  for (const id of (await evidenceIds(db, EVIDENCE_TO_SEND_KEY)).slice(0, EVIDENCE_PER_ROUND)) {
    const found = await rowAndRevision(db, id);
    const revision = found?.revision;
    const outcome =
      found && revision
        ? await transport.uploadEvidence({ docId: revision.docId, rev: revision.rev, ...fileOf(found.row) })
        : null;
    // Changed on the server since: the pull brings its revision, and the file is sent on it next round.
    if (outcome?.status === 'moved') continue;
    await fromServerTransaction(db, async () => {
      const current = await db.syncRevs.get(rowKey(TABLE, id));
      // The attachment made a new revision: the next push of this row is based on it, so it does not conflict.
      if (outcome?.status === 'uploaded' && current && current.rev === revision?.rev)
        await db.syncRevs.put({ ...current, rev: outcome.rev });
      await changeEvidenceIds(db, EVIDENCE_TO_SEND_KEY, [], [id]);
    });
  }
}

/** Fetches the files of received rows that are not on this computer (bounded); a failure throws, retried later. */
export async function receiveEvidence(db: DshDatabase, transport: TeamTransport): Promise<void> {
  if (!transport.fetchEvidence) return;
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
    if (outcome?.status === 'not-yet') continue;
    await fromServerTransaction(db, async () => {
      await changeEvidenceIds(db, EVIDENCE_TO_FETCH_KEY, [], [id]);
      await setEvidenceRefused(db, id, outcome?.status === 'refused' ? outcome.message : null);
    });
  }
}
