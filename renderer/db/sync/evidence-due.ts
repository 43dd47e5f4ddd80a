/**
 * Which evidence files are still to send to the team server or to fetch from it, and which were refused:
 * local only, kept in `meta` by row id, and noted in the same transaction as the push or pull that made
 * them due (evidence-transfer.ts moves them).
 */
import type { DshDatabase } from '../database';

/** Evidence rows (by id) whose row is on the server and whose bytes may not be yet. */
export const EVIDENCE_TO_SEND_KEY = 'sync:evidence-to-send';
/** Evidence rows (by id) received from the server whose bytes may not be on this computer yet. */
export const EVIDENCE_TO_FETCH_KEY = 'sync:evidence-to-fetch';
/** Evidence rows (by id) whose bytes on the server were refused here, with why. */
export const EVIDENCE_REFUSED_KEY = 'sync:evidence-refused';

function parsed<T>(value: string | undefined, fallback: T): T {
  try {
    return value === undefined ? fallback : (JSON.parse(value) as T);
  } catch {
    return fallback;
  }
}

/** The row ids kept under `key`. */
export async function evidenceIds(db: DshDatabase, key: string): Promise<string[]> {
  const ids = parsed<unknown>((await db.meta.get(key))?.value, []);
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** Why each refused file was refused, by row id. */
export async function refusedEvidence(db: DshDatabase): Promise<Record<string, string>> {
  const refused = parsed<unknown>((await db.meta.get(EVIDENCE_REFUSED_KEY))?.value, {});
  return refused && typeof refused === 'object' ? (refused as Record<string, string>) : {};
}

/** Adds and removes row ids under `key` (inside the caller's transaction). */
export async function changeEvidenceIds(
  db: DshDatabase,
  key: string,
  add: readonly string[],
  remove: readonly string[],
) {
  const ids = new Set(await evidenceIds(db, key));
  for (const id of add) ids.add(id);
  for (const id of remove) ids.delete(id);
  await db.meta.put({ key, value: JSON.stringify([...ids]) });
}

/** Keeps why a file was refused (or, with null, forgets it). */
export async function setEvidenceRefused(db: DshDatabase, id: string, message: string | null) {
  const refused = await refusedEvidence(db);
  if (message === null && !(id in refused)) return;
  if (message === null) delete refused[id];
  else refused[id] = message;
  await db.meta.put({ key: EVIDENCE_REFUSED_KEY, value: JSON.stringify(refused) });
}

/** Notes rows just stored on the server: their files are sent next (inside the caller's transaction). */
export async function noteEvidenceToSend(db: DshDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await changeEvidenceIds(db, EVIDENCE_TO_SEND_KEY, ids, []);
}

/** Notes rows received (a new revision): their files are fetched next, a refusal tried again. */
export async function noteEvidenceToFetch(db: DshDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await changeEvidenceIds(db, EVIDENCE_TO_FETCH_KEY, ids, []);
  for (const id of ids) await setEvidenceRefused(db, id, null);
}

/** Where each evidence file still on its way stands here: the ids still to fetch, and why any was refused. */
export async function evidenceArrivals(
  db: DshDatabase,
): Promise<{ arriving: ReadonlySet<string>; refused: Readonly<Record<string, string>> }> {
  return {
    arriving: new Set(await evidenceIds(db, EVIDENCE_TO_FETCH_KEY)),
    refused: await refusedEvidence(db),
  };
}
