/**
 * Evidence files through the team server, in main: the bytes go from this computer's evidence folder to the
 * attachment of their row's document, and from there into another computer's evidence folder, without ever
 * crossing the bridge. The attachment is named by the file's SHA-256; what arrives is checked against the
 * SHA-256 and size its row names before anything is kept, then kept through the folder's own checks (type by
 * content, a PDF that opens), written atomically: an interrupted transfer keeps nothing and is tried again.
 * No electron import.
 */
import type {
  TeamFetchEvidenceRequest,
  TeamFetchEvidenceResult,
  TeamUploadEvidenceRequest,
  TeamUploadEvidenceResult,
} from '../../shared/contract/team-evidence-payloads';
import { attachmentOf } from '../../shared/sync/attachments';
import { type EvidenceFolder, sha256Of } from './evidence-files';
import type { TeamConnectionService } from './team-connection';

/** How long one file may take to travel (20 MB on a slow office line). */
export const EVIDENCE_TRANSFER_MS = 120_000;

/** The evidence transfers of one workstation. */
export function createTeamEvidence(team: TeamConnectionService, folder: EvidenceFolder) {
  /** Whether this computer holds the file intact. */
  const holds = (request: Pick<TeamUploadEvidenceRequest, 'sha256' | 'mediaType'>) =>
    folder.read({ sha256: request.sha256, mediaType: request.mediaType }).then(
      (bytes) => bytes,
      () => null,
    );

  return {
    /** Sends the file to its document at `rev`, unless the server holds it already. */
    upload: (request: TeamUploadEvidenceRequest): Promise<TeamUploadEvidenceResult> =>
      team.withServer(
        'sending an evidence file',
        async (client, signal) => {
          const doc = await client.getDoc(request.docId, {}, { signal });
          if (!doc) return { status: 'gone' as const };
          if (attachmentOf(doc, request.sha256)?.length === request.size)
            return { status: 'present' as const };
          // Stored on another revision, the attachment would quietly undo a change this workstation has not seen.
          if (doc._rev !== request.rev) return { status: 'moved' as const };
          const bytes = await holds(request);
          if (!bytes) return { status: 'not-here' as const };
          const rev = await client.putAttachment(
            {
              docId: request.docId,
              name: request.sha256,
              rev: request.rev,
              bytes,
              contentType: request.mediaType,
            },
            { signal },
          );
          return { status: 'uploaded' as const, rev };
        },
        EVIDENCE_TRANSFER_MS,
      ),

    /** Fetches the file of a document into the evidence folder, if it is not here, checking every byte. */
    fetch: async (request: TeamFetchEvidenceRequest): Promise<TeamFetchEvidenceResult> => {
      if (await holds(request)) return { ok: true, value: { status: 'here' } };
      return team.withServer(
        'receiving an evidence file',
        async (client, signal) => {
          const bytes = await client.getAttachment(
            { docId: request.docId, name: request.sha256 },
            { signal },
          );
          if (!bytes) return { status: 'not-yet' as const };
          if (bytes.byteLength !== request.size || sha256Of(bytes) !== request.sha256)
            return {
              status: 'refused' as const,
              message: `The team server’s copy of “${request.fileName}” is not the file that was attached (its SHA-256 fingerprint differs), so it was not kept. Ask whoever attached it to attach the original again.`,
            };
          const kept = await folder.store({ fileName: request.fileName, bytes });
          if (kept.status === 'refused') return { status: 'refused' as const, message: kept.message };
          return { status: 'stored' as const };
        },
        EVIDENCE_TRANSFER_MS,
      );
    },
  };
}
