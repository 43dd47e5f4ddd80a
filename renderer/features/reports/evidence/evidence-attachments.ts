/**
 * The evidence files of the records, for the evidence pack: an index of every file (which record it proves,
 * who added it and when, its SHA-256) and the files themselves, read from the data folder through the host.
 * A file this computer does not hold (added on another workstation), or past the pack's size limit, is
 * listed with why it is not in the pack, so nothing is silently left out.
 */
import { entityName } from '../../../../shared/audit/describe';
import type { EvidenceFileRequest } from '../../../../shared/contract/evidence-payloads';
import { formatInstant } from '../../../../shared/dates';
import type { AuditEvent, AuditedEntity } from '../../../../shared/domain';
import type { ReportTable } from '../../../../shared/domain/reports';
import { recordNamesOf } from '../../../db/audit/record-names';
import type { DshDatabase, EvidenceFileRow } from '../../../db/database';
import { evidenceTypeWords } from '../../../components/evidence/evidence-words';

/** The most evidence bytes one pack holds: the pack is built in memory. */
export const MAX_PACK_EVIDENCE_BYTES = 200 * 1024 * 1024;

/** One evidence file of the index. */
export interface AttachedFileRow {
  record: string;
  fileName: string;
  type: string;
  size: number;
  addedBy: string;
  addedAt: string;
  sha256: string;
  inPack: string;
}

const COLUMNS: ReportTable<AttachedFileRow>['columns'] = [
  { key: 'record', label: 'Record', kind: 'text' },
  { key: 'fileName', label: 'File', kind: 'text' },
  { key: 'type', label: 'Type', kind: 'text' },
  { key: 'size', label: 'Bytes', kind: 'count' },
  { key: 'addedBy', label: 'Added by', kind: 'text' },
  { key: 'addedAt', label: 'Added', kind: 'text' },
  { key: 'sha256', label: 'SHA-256', kind: 'text' },
  { key: 'inPack', label: 'In this pack', kind: 'text' },
];

/** The index and the files of the pack. */
export interface PackAttachments {
  table: ReportTable<AttachedFileRow>;
  /** By their path in the zip: `evidence/<first 12 of the SHA-256> <file name>`. */
  files: Record<string, Uint8Array>;
}

/** No evidence files: an empty index. */
export function gatheredNothing(): PackAttachments {
  return { table: { columns: COLUMNS, rows: [] }, files: {} };
}

/** Every evidence file of the database, read through `read` (the host's readEvidenceFile). */
export async function gatherAttachments(
  db: DshDatabase,
  read: (request: EvidenceFileRequest) => Promise<Uint8Array>,
): Promise<PackAttachments> {
  const stored = await db.evidenceFiles.toArray();
  const names = await recordNamesOf(
    db,
    stored.map((row) => ({ entity: row.entity, entityId: row.entityId }) as AuditEvent),
  );
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  const rows: AttachedFileRow[] = [];
  for (const row of [...stored].sort((a, b) => a.at.localeCompare(b.at))) {
    const path = packPath(row);
    let inPack: string;
    if (files[path]) inPack = `yes: ${path}`;
    else if (total + row.size > MAX_PACK_EVIDENCE_BYTES) inPack = 'no: the pack’s 200 MB of files is full';
    else {
      try {
        files[path] = await read({ sha256: row.sha256, mediaType: row.mediaType });
        total += row.size;
        inPack = `yes: ${path}`;
      } catch (error) {
        inPack = `no: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    const entity = row.entity as AuditedEntity;
    const name = names.get(`${entity}:${row.entityId}`);
    rows.push({
      record: `${entityName(entity)}${name ? ` ${name}` : ''}`,
      fileName: row.fileName,
      type: evidenceTypeWords(row.mediaType),
      size: row.size,
      addedBy: row.staffName,
      addedAt: formatInstant(row.at),
      sha256: row.sha256,
      inPack,
    });
  }
  return { table: { columns: COLUMNS, rows }, files };
}

/** Where a file goes in the zip: named by its identity first, so two files of one name never collide. */
function packPath(row: EvidenceFileRow): string {
  const safe = [...row.fileName]
    .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .slice(0, 120);
  return `evidence/${row.sha256.slice(0, 12)} ${safe}`;
}
