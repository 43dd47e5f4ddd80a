/**
 * The audit log's anchor in the data folder: the latest head the renderer reported and the checkpoints
 * (backups, evidence packs, restores, starts), in a file the database cannot rewrite. Main refuses to move
 * the head back except by a restore (shared/audit/head.ts), writes atomically, and takes one request at a
 * time. A file that cannot be read is reported as such, never silently replaced.
 * No electron import: the data folder comes in as a path.
 */
import { promises as fs } from 'node:fs';
import {
  nextAnchors,
  parseAuditAnchors,
  type AuditAnchors,
  type RecordAuditAnchor,
} from '../../shared/audit/head';
import { writeFileAtomically } from './atomic-write';
import { UserFacingError } from './user-facing-error';

/** What the anchor store needs. */
export interface AuditAnchorDeps {
  /** The anchor file (`audit-anchor.json` in the data folder). */
  file: string;
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
  now?: () => Date;
}

/** The anchor store: read it, move it on. */
export interface AuditAnchorStore {
  read(): Promise<AuditAnchors | null>;
  record(request: RecordAuditAnchor): Promise<AuditAnchors>;
}

/** The store kept in `deps.file`. */
export function createAuditAnchorStore(deps: AuditAnchorDeps): AuditAnchorStore {
  const writeFile = deps.writeFile ?? writeFileAtomically;
  const now = deps.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function read(): Promise<AuditAnchors | null> {
    let text: string;
    try {
      text = await fs.readFile(deps.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new UserFacingError(`DSH Desk could not read its record of the audit log (${deps.file}).`, {
        cause: error,
      });
    }
    const anchors = parseAuditAnchors(text);
    if (!anchors) {
      throw new UserFacingError(
        `DSH Desk's record of the audit log (${deps.file}) is damaged: it was changed outside DSH Desk.`,
      );
    }
    return anchors;
  }

  return {
    read: () => oneAtATime(read),
    record: (request) =>
      oneAtATime(async () => {
        const next = nextAnchors(await read(), request, now().toISOString());
        if (!next.ok) throw new UserFacingError(`The audit log's record was not moved: ${next.problem}.`);
        const bytes = new TextEncoder().encode(`${JSON.stringify(next.anchors, null, 1)}\n`);
        await writeFile(deps.file, bytes);
        return next.anchors;
      }),
  };
}
