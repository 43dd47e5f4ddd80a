/**
 * What the certificate screens read: a project with everything its certificate is prefilled from, and the
 * certificate register, newest first, a page at a time or matching a search, through indexes only.
 */
import { londonToday } from '../../../shared/dates';
import {
  certificateBlockers,
  type Certificate,
  type Project,
  type ProjectFacts,
} from '../../../shared/domain';
import type { RegisterEntry } from '../../../shared/documents/certificate/verify-certificate';
import type { DshDatabase } from '../../db/database';
import { certificatesOf, findCertificate } from '../../db/repositories/certificates';
import { certificateSourcesOf, sourceTables } from '../../db/repositories/certificate-sources';
import { factsOf } from '../../db/repositories/project-facts';
import type { CertificateSources } from '../../../shared/documents/certificate/certificate-draft';

/** A project ready for its certificate screen. */
export interface CertificateScreenData {
  project: Project;
  facts: ProjectFacts;
  /** Every certificate of the project in the order issued, void ones included. */
  certificates: Certificate[];
  sources: CertificateSources;
  /** What is still missing before the certificate may be issued (empty: it may be). */
  blockers: string[];
  organisation: string;
}

/** The project and what its certificate needs, or null when there is no such project. */
export function certificateScreenData(
  db: DshDatabase,
  projectId: string,
): Promise<CertificateScreenData | null> {
  return db.transaction('r', sourceTables(db), async () => {
    const project = await db.projects.get(projectId);
    if (!project) return null;
    const facts = await factsOf(db, project);
    const sources = await certificateSourcesOf(db, project, facts);
    const certificates = await certificatesOf(db, project.id);
    // A closed project whose certificate was voided is open to its replacement.
    const replacing = project.status === 'closed' && !facts.certificate;
    const blockers =
      project.stage === 'closure' && (project.status === 'open' || replacing)
        ? certificateBlockers(project, facts, londonToday())
        : [
            project.status === 'open'
              ? 'The project must be in its Closure stage.'
              : 'The project has ended without a certificate of deletion.',
          ];
    return {
      project,
      facts,
      certificates,
      sources,
      blockers,
      organisation: sources.organisationName ?? '',
    };
  });
}

/** Certificates shown on one page of the register. */
export const REGISTER_PAGE_SIZE = 50;

/** One page of the register, newest first, and how many certificates there are in all. */
export async function registerPage(
  db: DshDatabase,
  page: number,
): Promise<{ certificates: Certificate[]; total: number }> {
  const total = await db.certificates.count();
  // Numbers are issued in order (DSH-CERT-<year>-<4 digits>), so the number index is the order of issue:
  // newest first, with no tie between certificates issued on the same day.
  const certificates = await db.certificates
    .orderBy('number')
    .reverse()
    .offset(page * REGISTER_PAGE_SIZE)
    .limit(REGISTER_PAGE_SIZE)
    .toArray();
  return { certificates, total };
}

/** The most certificates a search lists. */
export const SEARCH_LIMIT = 100;

/**
 * Certificates whose number or project reference starts with `text`, newest first. Case is ignored and the
 * "DSH-" or "DSH-CERT-" may be left out ("2026-014" finds project DSH-2026-014's certificate). Numbers are
 * looked up in the certificate index, references in the project index and then by project.
 */
export async function searchRegister(db: DshDatabase, text: string): Promise<Certificate[]> {
  const query = text.trim().toUpperCase();
  if (query === '') return [];
  const prefixes = query.startsWith('DSH-') ? [query] : [`DSH-CERT-${query}`, `DSH-${query}`];
  const found = new Map<string, Certificate>();
  for (const prefix of prefixes) {
    const byNumber = await db.certificates.where('number').startsWith(prefix).limit(SEARCH_LIMIT).toArray();
    for (const certificate of byNumber) found.set(certificate.id, certificate);
    const projectIds = await db.projects
      .where('reference')
      .startsWith(prefix)
      .limit(SEARCH_LIMIT)
      .primaryKeys();
    if (projectIds.length > 0) {
      const ofProjects = await db.certificates.where('projectId').anyOf(projectIds).toArray();
      for (const certificate of ofProjects) found.set(certificate.id, certificate);
    }
  }
  return [...found.values()]
    .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.number.localeCompare(a.number))
    .slice(0, SEARCH_LIMIT);
}

/**
 * What the verifier is told about the certificate with this number: its content and file hash, and for a
 * void one when and why it was voided and which certificate replaced it (with its date of issue).
 */
export async function registerEntryOf(db: DshDatabase, number: string): Promise<RegisterEntry | undefined> {
  const certificate = await findCertificate(db, number);
  if (!certificate?.voided) return certificate;
  const { on, reason } = certificate.voided;
  const replacement = certificate.replacedBy ? await findCertificate(db, certificate.replacedBy) : undefined;
  const replacedBy = replacement && { number: replacement.number, issuedOn: replacement.issuedOn };
  return { ...certificate, voided: { on, reason, ...(replacedBy && { replacedBy }) } };
}
