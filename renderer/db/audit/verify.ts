/**
 * Checking the audit log end to end: page by page in `seq` order through the hash chain (never the whole
 * log in memory), then against the recorded head, so a removed tail is caught as well as an edited,
 * removed, inserted or reordered event.
 */
import { ChainVerifier, GENESIS_HASH } from '../../../shared/audit/chain';
import type { DshDatabase } from '../database';
import { readAuditHead } from './append';

/** The outcome of a check, with a sentence for the officer. */
export type AuditLogVerdict =
  | { intact: true; checked: number; message: string }
  | { intact: false; checked: number; brokenAtSeq: number; problem: string; message: string };

const COUNT = new Intl.NumberFormat('en-GB');

function plural(count: number): string {
  return `${COUNT.format(count)} event${count === 1 ? '' : 's'}`;
}

function broken(checked: number, brokenAtSeq: number, problem: string): AuditLogVerdict {
  const intactBefore = brokenAtSeq > 1 ? ` Events 1 to ${brokenAtSeq - 1} are intact.` : '';
  const message = `The audit log has been tampered with: ${problem}.${intactBefore}`;
  return { intact: false, checked, brokenAtSeq, problem, message };
}

/** Verifies the whole audit log, `pageSize` events at a time; names the first broken link in plain words. */
export async function verifyAuditLog(
  db: DshDatabase,
  { pageSize = 1000 }: { pageSize?: number } = {},
): Promise<AuditLogVerdict> {
  // The head and the last event are read together, so events written while we check are not counted.
  const { head, lastSeq } = await db.transaction('r', [db.auditEvents, db.meta], async () => ({
    head: await readAuditHead(db),
    lastSeq: (await db.auditEvents.orderBy('seq').lastKey()) as number | undefined,
  }));
  const verifier = new ChainVerifier();
  let after = 0;
  while (lastSeq !== undefined && after < lastSeq) {
    const page = await db.auditEvents
      .where('seq')
      .between(after, lastSeq, false, true)
      .limit(pageSize)
      .toArray();
    if (page.length === 0 || !verifier.feed(page)) break;
    after = page[page.length - 1]!.seq;
  }
  const verdict = verifier.verdict();
  if (!verdict.intact) return broken(verdict.checked, verdict.brokenAtSeq, verdict.problem);

  const end = head ?? { seq: 0, hash: GENESIS_HASH };
  const lastFound = lastSeq ?? 0;
  if (!head && lastFound > 0) {
    return broken(verdict.checked, lastFound, 'the record of where the log ends is missing');
  }
  if (lastFound < end.seq) {
    const missing =
      end.seq - lastFound === 1
        ? `the last event (event ${end.seq}) is missing`
        : `the last ${plural(end.seq - lastFound)} (events ${lastFound + 1} to ${end.seq}) are missing`;
    return broken(verdict.checked, lastFound + 1, missing);
  }
  if (lastFound > end.seq || verdict.lastHash !== end.hash) {
    return broken(
      verdict.checked,
      Math.min(lastFound, end.seq + 1),
      `the log does not end where it was last written (event ${end.seq})`,
    );
  }
  return {
    intact: true,
    checked: verdict.checked,
    message: `The audit log is intact: ${plural(verdict.checked)} checked.`,
  };
}
