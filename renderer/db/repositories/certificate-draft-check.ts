/**
 * The register's own check that a certificate says what the records say: the draft an issue page confirmed
 * is compared, field by field, with the one the stored records give inside the issuing transaction. A page
 * left open while the closure record was corrected elsewhere, or any caller with its own text, is refused.
 */
import { canonicalJson } from '../../../shared/canonical-json';
import {
  CertificateDraftSchema,
  certificateDraftOf,
} from '../../../shared/documents/certificate/certificate-draft';
import type { CertificateDraftContent } from '../../../shared/documents/certificate/certificate-preview';
import { contentFieldWords } from '../../../shared/documents/certificate/content-field-words';
import type { IsoDate } from '../../../shared/dates';
import type { Project, ProjectFacts } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { NotFoundError, RefusedError } from '../errors';
import { validated } from '../write/validate';
import { certificateSourcesOf, sourceTables } from './certificate-sources';
import { factsOf } from './project-facts';

const NOT_ISSUED = 'The certificate was not issued.';

/** The fields (top-level keys) in which two drafts differ, in the order they print. */
export function draftDifferences(recorded: object, given: object): string[] {
  const keys = [...new Set([...Object.keys(recorded), ...Object.keys(given)])];
  const at = (draft: object, key: string) => (draft as Record<string, unknown>)[key];
  return keys.filter(
    (key) => canonicalJson(at(recorded, key) ?? null) !== canonicalJson(at(given, key) ?? null),
  );
}

/**
 * The draft as the records give it on `issuedOn`, or RefusedError when the records cannot make one or the
 * given draft differs from it (naming the fields). A provisional project reference in the draft stands for
 * the project's reference (confirmed since the page was opened).
 */
export async function draftAsRecorded(
  db: DshDatabase,
  project: Project,
  facts: Pick<ProjectFacts, 'closure'>,
  given: CertificateDraftContent,
  issuedOn: IsoDate,
): Promise<CertificateDraftContent> {
  const recorded = certificateDraftOf(await certificateSourcesOf(db, project, facts), issuedOn);
  if (recorded.draft === undefined) {
    throw new RefusedError(
      recorded.problems.map((problem) => problem.message),
      NOT_ISSUED,
    );
  }
  // Parsed and stripped as the page's draft was, so that only a difference in content counts.
  const parsed = validated(CertificateDraftSchema, { ...given, projectReference: project.reference });
  const differing = draftDifferences(recorded.draft, JSON.parse(JSON.stringify(parsed)) as object);
  if (differing.length > 0) {
    throw new RefusedError(
      [
        `What was confirmed differs from the records in its ${contentFieldWords(differing)}: the records were changed after the certificate page was opened. Open the certificate page again, check what will print, and issue it then.`,
      ],
      NOT_ISSUED,
    );
  }
  return recorded.draft;
}

/** The certificate draft the project's records give on `issuedOn` (with what is missing, if they cannot). */
export function recordedDraftOf(
  db: DshDatabase,
  projectId: string,
  issuedOn: IsoDate,
): Promise<ReturnType<typeof certificateDraftOf>> {
  return db.transaction('r', sourceTables(db), async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new NotFoundError('This project');
    const facts = await factsOf(db, project);
    return certificateDraftOf(await certificateSourcesOf(db, project, facts), issuedOn);
  });
}
