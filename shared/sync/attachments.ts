/**
 * Attachments of a CouchDB document over its documented API (`PUT` and `GET /{db}/{docid}/{attname}`): an
 * evidence file's bytes travel as the one attachment of its row's document, named by their SHA-256, so the
 * name says what the bytes must hash to. Storing one makes a new revision of the document.
 */
import { z } from 'zod';
import type { CallOptions, CouchClient, CouchDocument } from './couch-client';
import { type CouchConnection, couchRequest, parseAnswer } from './http';

const PutAnswer = z.looseObject({ ok: z.literal(true), rev: z.string().min(1) });
const Stub = z.looseObject({ length: z.number().int().min(0).optional() });

/** The attachment `name` of a document as the server lists it (`_attachments`), or null when it has none. */
export function attachmentOf(doc: unknown, name: string): { length: number | undefined } | null {
  if (!doc || typeof doc !== 'object') return null;
  const attachments = (doc as { _attachments?: unknown })._attachments;
  if (!attachments || typeof attachments !== 'object') return null;
  if (!Object.prototype.hasOwnProperty.call(attachments, name)) return null;
  const stub = Stub.safeParse((attachments as Record<string, unknown>)[name]);
  return stub.success ? { length: stub.data.length } : null;
}

/** The attachment calls of one database (`db`: its name, encoded, ending in `/`). */
export function attachmentMethods(connection: CouchConnection, db: string) {
  const pathOf = (docId: string, name: string) =>
    `${db}${encodeURIComponent(docId)}/${encodeURIComponent(name)}`;
  const signalOf = (call: CallOptions) => (call.signal ? { signal: call.signal } : {});
  return {
    /**
     * Stores `bytes` as the attachment `name` of the document at revision `rev`; answers the document's new
     * revision. A document changed since `rev` is a `conflict` SyncError (nothing is stored).
     */
    async putAttachment(
      file: { docId: string; name: string; rev: string; bytes: Uint8Array<ArrayBuffer>; contentType: string },
      call: CallOptions = {},
    ): Promise<string> {
      const what = 'sending an evidence file';
      const { json } = await couchRequest(connection, {
        method: 'PUT',
        path: pathOf(file.docId, file.name),
        query: { rev: file.rev },
        bytes: { data: file.bytes, contentType: file.contentType },
        what,
        ...signalOf(call),
      });
      return parseAnswer(PutAnswer, json, what).rev;
    },

    /** The bytes of the attachment `name` of a document, or null when the server has no such attachment. */
    async getAttachment(
      file: { docId: string; name: string },
      call: CallOptions = {},
    ): Promise<Uint8Array<ArrayBuffer> | null> {
      const { status, bytes } = await couchRequest(connection, {
        method: 'GET',
        path: pathOf(file.docId, file.name),
        what: 'receiving an evidence file',
        binary: true,
        expect: [404],
        ...signalOf(call),
      });
      return status === 404 || !bytes ? null : bytes;
    },
  };
}

/**
 * Evidence rows sent again over a revision whose document carries their file (a workstation joining the team
 * again, a restore): CouchDB drops every attachment a new revision does not name, so the file the server holds
 * is named by its stub (kept as it is). Only documents based on the server's current revision are touched: any
 * other meets a conflict anyway. One read per such row; new rows and deletions need none.
 */
export async function withKeptAttachments(
  client: Pick<CouchClient, 'getDoc'>,
  docs: readonly CouchDocument[],
  call: CallOptions = {},
): Promise<CouchDocument[]> {
  const kept: CouchDocument[] = [];
  for (const doc of docs) {
    if (doc.type !== 'evidence-file' || !doc._rev || doc._deleted) {
      kept.push(doc);
      continue;
    }
    const current = await client.getDoc(doc._id, {}, call);
    const files = current?._rev === doc._rev ? current._attachments : undefined;
    // The stubs as the server gave them (its digest included: PouchDB finds a kept file by it, CouchDB by name).
    const stubs =
      files && typeof files === 'object' && Object.keys(files).length > 0
        ? Object.fromEntries(
            Object.entries(files as Record<string, object>).map(([name, stub]) => [
              name,
              { ...stub, stub: true },
            ]),
          )
        : null;
    kept.push(stubs ? { ...doc, _attachments: stubs } : doc);
  }
  return kept;
}
