/**
 * Record ↔ CouchDB document. A document is the record's fields plus `_id` (`<type>:<key>`), `type` and
 * `_rev`. Incoming documents are untrusted: `documentToRecord` checks them and answers the record or a
 * quarantine reason, and never throws, so one bad document cannot stop a batch.
 */
import type { CouchDocument } from './couch-client';
import { SYNCED_TYPES, type SyncedTypeName, isSyncedType } from './synced-types';

/** A checked incoming document: the record to store in `table`, at CouchDB revision `rev`. */
export interface IncomingRecord {
  ok: true;
  docId: string;
  type: SyncedTypeName;
  table: string;
  rev: string;
  record: Record<string, unknown>;
  /** Revisions the server holds in conflict with this one (`_conflicts`), for the Conflicts list. */
  conflicts: string[];
}

/** A document that must not be applied, with why, in words an officer (or the log) can read. */
export interface Quarantined {
  ok: false;
  docId: string;
  reason: string;
}

/** The document id of a record, e.g. `project:<uuid>`; throws when the record lacks what its key needs. */
export function documentId(type: SyncedTypeName, record: Record<string, unknown>): string {
  const key = SYNCED_TYPES[type].key(record);
  if (key === null) throw new TypeError(`This ${type} record lacks the fields its document id is made of.`);
  return `${type}:${key}`;
}

/** The document for a record; `rev` is the revision the change was based on (none for a new record). */
export function recordToDocument(
  type: SyncedTypeName,
  record: Record<string, unknown>,
  rev?: string,
): CouchDocument {
  return { ...record, _id: documentId(type, record), type, ...(rev ? { _rev: rev } : {}) };
}

/** The document that deletes a record at revision `rev` (CouchDB keeps a small tombstone); `docId` if known. */
export function deletionDocument(
  type: SyncedTypeName,
  record: Record<string, unknown>,
  rev: string,
  docId?: string,
): CouchDocument {
  return { _id: docId ?? documentId(type, record), _rev: rev, _deleted: true, type };
}

/** The type named by a document id (`project:…` → `project`), or null when it names no synced type. */
export function typeOfDocumentId(docId: string): SyncedTypeName | null {
  const prefix = docId.slice(0, Math.max(0, docId.indexOf(':')));
  return isSyncedType(prefix) ? prefix : null;
}

/** Checks an incoming document; answers the record, or why it is quarantined. Never throws. */
export function documentToRecord(doc: unknown): IncomingRecord | Quarantined {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return { ok: false, docId: '', reason: 'The server sent something that is not a document.' };
  const fields = doc as Record<string, unknown>;
  const docId = typeof fields._id === 'string' ? fields._id : '';
  const quarantine = (reason: string): Quarantined => ({ ok: false, docId, reason });
  if (!docId) return quarantine('The document has no id.');
  if (typeof fields._rev !== 'string' || !fields._rev)
    return quarantine(`The document ${docId} has no revision.`);
  const type = fields.type;
  if (typeof type !== 'string' || !type)
    return quarantine(`The document ${docId} does not say what kind of record it is.`);
  if (!isSyncedType(type))
    return quarantine(`The document ${docId} is a kind of record DSH Desk does not know: “${type}”.`);
  if (!docId.startsWith(`${type}:`))
    return quarantine(
      `The document ${docId} says it is a ${type}, but its id does not start with “${type}:”.`,
    );

  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields))
    if (!name.startsWith('_') && name !== 'type') record[name] = value;
  const parsed = SYNCED_TYPES[type].schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return quarantine(`The ${type} in ${docId} is not valid: ${where}${issue?.message ?? 'unknown problem'}`);
  }
  const key = SYNCED_TYPES[type].key(parsed.data);
  if (key === null || `${type}:${key}` !== docId)
    return quarantine(`The ${type} in ${docId} does not match its id (expected ${type}:${key ?? '…'}).`);
  const conflicts = Array.isArray(fields._conflicts)
    ? fields._conflicts.filter((rev): rev is string => typeof rev === 'string')
    : [];
  return {
    ok: true,
    docId,
    type,
    table: SYNCED_TYPES[type].table,
    rev: fields._rev,
    record: parsed.data,
    conflicts,
  };
}
