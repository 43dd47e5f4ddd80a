/**
 * Which evidence files are still to send to the team server or to fetch from it, and which were refused:
 * local only, kept in `meta` by row id, and noted in the same transaction as the push or pull that made
 * them due (evidence-transfer.ts moves them). Every change is one read and one write of the three lists, so
 * it can run inside any transaction over `meta` without a pause that would let it commit early.
 */
import type { EvidenceFileCounts } from '../../sync/types';
import type { DshDatabase } from '../database';

/** Evidence rows (by id) whose row is on the server and whose bytes may not be yet. */
export const EVIDENCE_TO_SEND_KEY = 'sync:evidence-to-send';
/** Evidence rows (by id) received from the server whose bytes may not be on this computer yet. */
export const EVIDENCE_TO_FETCH_KEY = 'sync:evidence-to-fetch';
/** Evidence rows (by id) whose bytes on the server were refused here, with why. */
export const EVIDENCE_REFUSED_KEY = 'sync:evidence-refused';

/** The lists, as kept. */
interface Due {
  [EVIDENCE_TO_SEND_KEY]: string[];
  [EVIDENCE_TO_FETCH_KEY]: string[];
  refused: Record<string, string>;
}
/** The key of one of the two lists of row ids. */
export type DueList = typeof EVIDENCE_TO_SEND_KEY | typeof EVIDENCE_TO_FETCH_KEY;

function parsed(value: string | undefined): unknown {
  try {
    return value === undefined ? undefined : (JSON.parse(value) as unknown);
  } catch {
    return undefined;
  }
}

const idsOf = (value: string | undefined): string[] => {
  const ids = parsed(value);
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
};

async function readDue(db: DshDatabase): Promise<Due> {
  const [send, fetch, refused] = await db.meta.bulkGet([
    EVIDENCE_TO_SEND_KEY,
    EVIDENCE_TO_FETCH_KEY,
    EVIDENCE_REFUSED_KEY,
  ]);
  const why = parsed(refused?.value);
  return {
    [EVIDENCE_TO_SEND_KEY]: idsOf(send?.value),
    [EVIDENCE_TO_FETCH_KEY]: idsOf(fetch?.value),
    refused: why && typeof why === 'object' && !Array.isArray(why) ? (why as Record<string, string>) : {},
  };
}

/** Changes the lists in one read and one write (inside the caller's transaction, or its own). */
async function changeDue(db: DshDatabase, change: (due: Due) => void): Promise<void> {
  const due = await readDue(db);
  change(due);
  await db.meta.bulkPut([
    { key: EVIDENCE_TO_SEND_KEY, value: JSON.stringify(due[EVIDENCE_TO_SEND_KEY]) },
    { key: EVIDENCE_TO_FETCH_KEY, value: JSON.stringify(due[EVIDENCE_TO_FETCH_KEY]) },
    { key: EVIDENCE_REFUSED_KEY, value: JSON.stringify(due.refused) },
  ]);
}

/** `ids` added at the end of `list`, once each (ones already there are moved to the end). */
const appended = (list: string[], ids: readonly string[]) => [
  ...list.filter((id) => !ids.includes(id)),
  ...new Set(ids),
];

/** The row ids due in `list`, first due first. */
export async function evidenceIds(db: DshDatabase, list: DueList): Promise<string[]> {
  return (await readDue(db))[list];
}

/** Why each refused file was refused, by row id. */
export async function refusedEvidence(db: DshDatabase): Promise<Record<string, string>> {
  return (await readDue(db)).refused;
}

/** Where each evidence file still on its way stands here: the ids still to fetch, and why any was refused. */
export async function evidenceArrivals(
  db: DshDatabase,
): Promise<{ arriving: ReadonlySet<string>; refused: Readonly<Record<string, string>> }> {
  const due = await readDue(db);
  return { arriving: new Set(due[EVIDENCE_TO_FETCH_KEY]), refused: due.refused };
}

/** How many evidence files are still to send, still to fetch, and refused here (for the header). */
export async function evidenceCounts(db: DshDatabase): Promise<EvidenceFileCounts> {
  const due = await readDue(db);
  return {
    sending: due[EVIDENCE_TO_SEND_KEY].length,
    fetching: due[EVIDENCE_TO_FETCH_KEY].length,
    refused: Object.keys(due.refused).length,
  };
}

/** Notes rows just stored on the server: their files are sent next (inside the caller's transaction). */
export async function noteEvidenceToSend(db: DshDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await changeDue(db, (due) => {
    due[EVIDENCE_TO_SEND_KEY] = appended(due[EVIDENCE_TO_SEND_KEY], ids);
  });
}

/** Notes rows received (a new revision): their files are fetched next, a refusal tried again. */
export async function noteEvidenceToFetch(db: DshDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await changeDue(db, (due) => {
    due[EVIDENCE_TO_FETCH_KEY] = appended(due[EVIDENCE_TO_FETCH_KEY], ids);
    for (const id of ids) delete due.refused[id];
  });
}

/**
 * After a round: `settled` leave `list` (a file fetched, sent or no longer due; with a reason in `refused`,
 * kept as why it was refused, or that reason forgotten when it came through), and `waiting` move to its end,
 * so a file still waiting never holds up those behind it.
 */
export async function settleEvidence(
  db: DshDatabase,
  list: DueList,
  outcome: { settled: readonly string[]; waiting: readonly string[]; refused?: Record<string, string> },
): Promise<void> {
  await changeDue(db, (due) => {
    const gone = new Set(outcome.settled);
    due[list] = appended(
      due[list].filter((id) => !gone.has(id)),
      outcome.waiting,
    );
    if (list !== EVIDENCE_TO_FETCH_KEY) return;
    for (const id of outcome.settled) delete due.refused[id];
    Object.assign(due.refused, outcome.refused ?? {});
  });
}
