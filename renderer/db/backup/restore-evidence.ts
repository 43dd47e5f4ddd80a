/**
 * With a restore, the evidence files the backup's rows name are put back by main from the backup (each
 * checked against the SHA-256 its row holds), just before the records, so the restore's audit event can say
 * what became of them (a file put back for records that then fail to restore is unused, and swept later). The records are restored whatever becomes of a file: a backup exists to get the
 * team's records back, and refusing them all because one scan is missing would leave the officer with none.
 * No other file can pass as a record's evidence (a file is known by its SHA-256), so a file missing or damaged
 * is named plainly, by its name and record, and its record lists it as not on this computer until it is
 * attached again.
 */
import type { DshBridge } from '../../../shared/contract/bridge';
import type { EvidenceFileRow } from '../database';
import { faultMessage } from '../errors';

/** The host operation that puts evidence back. */
export type EvidenceRestoreHost = Pick<DshBridge, 'restoreEvidenceFiles'>;

/** What became of the evidence files of a restore, in words for the officer. */
export interface EvidenceRestored {
  /** Files put back from the backup, and files that were already on this computer. */
  restored: number;
  alreadyHere: number;
  /** One sentence for each file (or fault) the officer must know about; empty when all is well. */
  problems: string[];
  /** The files neither in the backup nor here, and those damaged in the backup, as the officer knows them. */
  missing: string[];
  damaged: string[];
}

const OWNER_WORDS: Record<string, string> = {
  'training-record': 'a training record',
  membership: 'a membership',
  'closure-record': 'a closure record',
  certificate: 'a certificate',
};

/** "dsa.pdf" (a training record): the file as the officer knows it. */
function named(rows: readonly EvidenceFileRow[]): string {
  const first = rows[0];
  if (!first) return 'An evidence file';
  const more = rows.length > 1 ? `, and ${rows.length - 1} more record${rows.length > 2 ? 's' : ''}` : '';
  return `"${first.fileName}" (${OWNER_WORDS[first.entity] ?? 'a record'}${more})`;
}

/** Asks main to put back every evidence file `rows` (the backup's) name, from the backup `readerId` read. */
export async function restoreEvidenceOf(
  rows: readonly EvidenceFileRow[],
  host: EvidenceRestoreHost,
  readerId: string,
): Promise<EvidenceRestored> {
  const bySha = new Map<string, EvidenceFileRow[]>();
  for (const row of rows) bySha.set(row.sha256, [...(bySha.get(row.sha256) ?? []), row]);
  if (bySha.size === 0) return { restored: 0, alreadyHere: 0, problems: [], missing: [], damaged: [] };
  try {
    const result = await host.restoreEvidenceFiles({ readerId, sha256s: [...bySha.keys()] });
    const missing = result.missing.map((sha) => named(bySha.get(sha) ?? []));
    const damaged = result.damaged.map((sha) => named(bySha.get(sha) ?? []));
    const problems = [
      ...missing.map((file) => `${file} is not in this backup and not on this computer: attach it again.`),
      ...damaged.map(
        (file) =>
          `${file} is damaged in this backup (it does not match the SHA-256 its record holds), so it was not put back: attach the original again.`,
      ),
    ];
    return { restored: result.restored, alreadyHere: result.alreadyHere, problems, missing, damaged };
  } catch (error) {
    return {
      restored: 0,
      alreadyHere: 0,
      missing: [],
      damaged: [],
      problems: [
        `The records were restored, but their evidence files could not be put back: ${faultMessage(error, 'restore the backup again')}`,
      ],
    };
  }
}
