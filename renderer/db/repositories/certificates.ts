/**
 * The certificate register. Issuing a certificate of deletion gives it the next number of the year and
 * stores the SHA-256 fingerprint of its content, so a printed certificate can be checked against the register.
 */
import {
  CertificateContentSchema,
  certificateBlockers,
  certificateFingerprint,
  currentCertificate,
  formatCertificateNumber,
  formatProjectReference,
  isProvisionalReference,
  type Certificate,
  type CertificateContent,
  type Project,
} from '../../../shared/domain';
import type { IsoDate } from '../../../shared/dates';
import type { DshDatabase } from '../database';
import { getSettings } from './settings';
import { NotFoundError, RefusedError } from '../errors';
import { todayOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, requireRecord, updateRecord } from '../write/records';
import { validated } from '../write/validate';
import { inTeam, teamCertificateNumber } from '../sync/team-numbers';
import { noteIssuedNumber, takeNextCertificateNumber } from './counters';
import { factsOf } from './project-facts';
import { sourceTables } from './certificate-sources';
import { draftAsRecorded } from './certificate-draft-check';

/** Everything printed on the certificate except its number, which the register gives. */
export type CertificateDraft = Omit<CertificateContent, 'number'>;

/**
 * Refuses (RefusedError with every unmet item) unless the project's certificate may be issued today, and
 * unless the draft is the one its records give today; returns that draft.
 */
async function issuableDraft(
  db: DshDatabase,
  project: Project,
  draft: CertificateDraft,
  today: IsoDate,
): Promise<CertificateDraft> {
  const facts = await factsOf(db, project);
  const reasons = project.stage === 'closure' ? certificateBlockers(project, facts, today) : [];
  if (project.stage !== 'closure') reasons.push('The project must be in Closure.');
  if (facts.certificate)
    reasons.push(`Certificate ${facts.certificate.number} was already issued for this project.`);
  if (reasons.length > 0) throw new RefusedError(reasons, 'The certificate was not issued.');
  return draftAsRecorded(db, project, facts, draft, today);
}

/**
 * Issues the project's certificate of deletion once its closure checklist is complete (else RefusedError
 * with every unmet item); one current certificate per project, and one issued after a void one replaces it
 * (both name each other). The draft is what the officer confirmed: it is issued only if it is exactly what
 * the stored records give today (else RefusedError naming what differs). In a team its number comes from
 * the team server first (refused, nothing written, when the server cannot be reached); alone, from this
 * workstation.
 */
export async function issueCertificate(
  ctx: WriteContext,
  projectId: string,
  draft: CertificateDraft,
): Promise<Certificate> {
  const today = todayOf(ctx);
  const year = Number(today.slice(0, 4));
  let fromTeam: number | undefined;
  if (inTeam(ctx.db)) {
    // Checked first, so a certificate that would be refused takes no number from the team…
    const recorded = await ctx.db.transaction('r', sourceTables(ctx.db), async () =>
      issuableDraft(ctx.db, await requireRecord(ctx.db, ENTITIES.project, projectId), draft, today),
    );
    // …and so is its content (a provisional project reference is confirmed on the way).
    const standIn = isProvisionalReference(recorded.projectReference)
      ? { projectReference: formatProjectReference(year, 1) }
      : {};
    validated(CertificateContentSchema, {
      ...recorded,
      ...standIn,
      number: formatCertificateNumber(year, 1),
    });
    fromTeam = await teamCertificateNumber(ctx, projectId, year);
  }
  const tables = [...sourceTables(ctx.db), ctx.db.counters, ctx.db.auditEvents, ctx.db.meta];
  return ctx.db.transaction('rw', tables, async () => {
    const issued = await createCertificate(ctx, projectId, draft, today, fromTeam);
    const replaced = issued.content.replaces;
    if (replaced) await nameReplacement(ctx, replaced, issued.number);
    return issued;
  });
}

/** The void certificate `replaced` is now replaced by `number` (in the caller's transaction). */
async function nameReplacement(ctx: WriteContext, replaced: string, number: string): Promise<void> {
  const old = await findCertificate(ctx.db, replaced);
  if (!old) throw new NotFoundError(`Certificate ${replaced}`);
  await updateRecord(ctx, ENTITIES.certificate, old.id, old.revision, (current) => {
    const { id: _id, revision: _revision, createdAt: _createdAt, updatedAt: _updatedAt, ...body } = current;
    return { ...body, replacedBy: number };
  });
}

/** The new certificate record, numbered and audited (in the caller's transaction). */
function createCertificate(
  ctx: WriteContext,
  projectId: string,
  draft: CertificateDraft,
  today: IsoDate,
  fromTeam: number | undefined,
): Promise<Certificate> {
  const year = Number(today.slice(0, 4));
  return createRecord(
    ctx,
    ENTITIES.certificate,
    async (db) => {
      const project = await requireRecord(db, ENTITIES.project, projectId);
      const recorded = await issuableDraft(db, project, draft, today);
      let number: string;
      if (fromTeam === undefined) number = await takeNextCertificateNumber(db, year);
      else {
        await noteIssuedNumber(db, 'certificate', year, fromTeam);
        number = formatCertificateNumber(year, fromTeam);
      }
      // The fingerprint covers the content exactly as stored (trimmed by its schema); a form opened while
      // the reference was provisional prints the one confirmed since (the records' draft has it).
      const content = validated(CertificateContentSchema, { ...recorded, number });
      const { organisationName } = await getSettings(db);
      return {
        number,
        projectId,
        issuedOn: content.issuedOn,
        content,
        fingerprint: certificateFingerprint(content),
        organisationName,
      };
    },
    { tables: [...sourceTables(ctx.db), ctx.db.counters], action: 'issue' },
  );
}

/** The project's current certificate (not void), or undefined before one is issued or while none stands. */
export async function certificateOf(db: DshDatabase, projectId: string): Promise<Certificate | undefined> {
  return currentCertificate(await certificatesOf(db, projectId));
}

/** Every certificate of the project, void ones included, in the order issued. */
export async function certificatesOf(db: DshDatabase, projectId: string): Promise<Certificate[]> {
  const certificates = await db.certificates.where('projectId').equals(projectId).toArray();
  return certificates.sort((a, b) => a.number.localeCompare(b.number));
}

/** The certificate with this number (`DSH-CERT-2026-0007`), or undefined. */
export function findCertificate(db: DshDatabase, number: string): Promise<Certificate | undefined> {
  return db.certificates.where('number').equals(number.trim().toUpperCase()).first();
}

/**
 * Keeps the SHA-256 of the certificate's PDF exactly as first made, so that verification can demand that
 * very file. It is kept once: a certificate that already has a different one is refused (its file would
 * no longer be the one issued), and the same one again writes nothing.
 */
export async function recordIssuedFile(
  ctx: WriteContext,
  certificateId: string,
  pdfSha256: string,
): Promise<Certificate> {
  const stored = await requireRecord(ctx.db, ENTITIES.certificate, certificateId);
  if (stored.pdfSha256 === pdfSha256) return stored;
  return updateRecord(
    ctx,
    ENTITIES.certificate,
    certificateId,
    stored.revision,
    (current) => {
      if (current.pdfSha256 && current.pdfSha256 !== pdfSha256) {
        throw new RefusedError(
          [
            `This copy of DSH Desk makes a different file for ${current.number} from the one issued (SHA-256 ${current.pdfSha256}); its fonts or layout have changed since. Send the file saved when it was issued.`,
          ],
          'The certificate file was not made.',
        );
      }
      const { id: _id, revision: _revision, createdAt: _createdAt, updatedAt: _updatedAt, ...body } = current;
      return { ...body, pdfSha256 };
    },
    { action: 'record-file' },
  );
}
