/**
 * The evidence folder (`evidence/` in the data folder): files kept as evidence for records, each named by the
 * SHA-256 of its bytes, so the same file is stored once and a row in the database names it by its identity
 * (as a CouchDB attachment will, with team sync). Checks happen here, in main, before anything is written:
 * the size limit, the type by content, and for a PDF that it opens and is not encrypted. The renderer never
 * learns a path. No electron import: opening in the system viewer is passed in.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  MAX_EVIDENCE_BYTES,
  type EvidenceFileRequest,
  type StoreEvidenceRequest,
  type StoreEvidenceResult,
} from '../../shared/contract/evidence-payloads';
import { writeFileAtomically } from './atomic-write';
import { extensionOf, mediaTypeOf } from './evidence-type';
import { readPdf } from './pdf-text';
import { UserFacingError } from './user-facing-error';

/** What the evidence folder needs from outside. */
export interface EvidenceFolderDeps {
  /** `evidence` in the data folder. */
  folder: string;
  /** Opens a file in the system's viewer (Electron's shell.openPath); resolves to an error text or ''. */
  openPath(filePath: string): Promise<string>;
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
  /** A clock in ms that never jumps (default `performance.now()`), for `storedWithin`. */
  monotonicNow?: () => number;
}

/** The evidence folder's operations. */
export interface EvidenceFolder {
  store(request: StoreEvidenceRequest): Promise<StoreEvidenceResult>;
  open(request: EvidenceFileRequest): Promise<void>;
  read(request: EvidenceFileRequest): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * The files this run stored or touched less than `ms` ago by the clock that never jumps: the sweep keeps
   * them whatever the wall clock (and so the files' dates) says.
   */
  storedWithin(ms: number): Set<string>;
}

const refused = (message: string): StoreEvidenceResult => ({ status: 'refused', message });

/** The evidence folder at `deps.folder`. */
export function createEvidenceFolder(deps: EvidenceFolderDeps): EvidenceFolder {
  const writeFile = deps.writeFile ?? writeFileAtomically;
  const fileOf = (sha256: string) => path.join(deps.folder, sha256);
  const monotonicNow = deps.monotonicNow ?? (() => performance.now());
  /** When (by the monotonic clock) this run last stored or touched each file. */
  const storedAt = new Map<string, number>();

  /** The kept bytes, checked against their name: a file changed on disk is not passed off as evidence. */
  async function keptBytes({ sha256 }: EvidenceFileRequest): Promise<Uint8Array<ArrayBuffer>> {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await fs.readFile(fileOf(sha256)));
    } catch (error) {
      throw new UserFacingError(
        'This evidence file is not in the data folder of this computer (it may have been added on another workstation, or removed). Attach it again.',
        { cause: error },
      );
    }
    if (sha256Of(bytes) !== sha256) {
      throw new UserFacingError(
        'This evidence file has been changed on disk since it was attached, so it no longer proves anything. Attach the original again.',
      );
    }
    return bytes;
  }

  return {
    async store({ fileName, bytes }) {
      if (bytes.byteLength === 0) return refused(`"${fileName}" is empty.`);
      if (bytes.byteLength > MAX_EVIDENCE_BYTES) {
        return refused(
          `"${fileName}" is larger than 20 MB. Attach a smaller scan or a PDF of the pages needed.`,
        );
      }
      const mediaType = mediaTypeOf(bytes);
      if (mediaType === null) {
        return refused(`"${fileName}" is not a PDF, PNG or JPEG file (judged by its content, not its name).`);
      }
      let text: string | undefined;
      if (mediaType === 'application/pdf') {
        const reading = await readPdf(bytes);
        if (reading.status === 'encrypted') {
          return refused(
            `"${fileName}" is a password-protected (encrypted) PDF. Save an unprotected copy and attach that, so the team can always open it.`,
          );
        }
        if (reading.status === 'malformed') {
          return refused(`"${fileName}" is a damaged PDF that cannot be opened. Attach a good copy of it.`);
        }
        text = reading.text;
      }
      const sha256 = sha256Of(bytes);
      await fs.mkdir(deps.folder, { recursive: true });
      // Named by its content: if it is already kept (and intact), it is not written again, only touched, so
      // the sweep of unused files (evidence-sweep.ts) gives it its full grace period from now.
      if (await isIntact(fileOf(sha256), sha256)) {
        const now = new Date();
        await fs.utimes(fileOf(sha256), now, now).catch(() => undefined);
      } else {
        await writeFile(fileOf(sha256), bytes);
      }
      storedAt.set(sha256, monotonicNow());
      return {
        status: 'stored',
        sha256,
        size: bytes.byteLength,
        mediaType,
        ...(text === undefined ? {} : { text }),
      };
    },

    async open(request) {
      const bytes = await keptBytes(request);
      // The viewer gets a copy with the extension it needs; the kept file is never handed to another program.
      const viewing = path.join(
        deps.folder,
        'viewing',
        `${request.sha256}.${extensionOf(request.mediaType)}`,
      );
      await fs.mkdir(path.dirname(viewing), { recursive: true });
      await writeFile(viewing, bytes);
      const problem = await deps.openPath(viewing);
      if (problem) throw new UserFacingError(`Could not open the file in this computer's viewer: ${problem}`);
    },

    read: keptBytes,

    storedWithin(ms) {
      const since = monotonicNow() - ms;
      return new Set([...storedAt].filter(([, at]) => at > since).map(([sha256]) => sha256));
    },
  };
}

/** SHA-256 of the bytes, lowercase hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function isIntact(filePath: string, sha256: string): Promise<boolean> {
  try {
    return sha256Of(await fs.readFile(filePath)) === sha256;
  } catch {
    return false;
  }
}
