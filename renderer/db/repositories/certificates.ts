/**
 * The certificate register. Issuing a certificate of deletion gives it the next number of the year and
 * stores the SHA-256 fingerprint of its content, so a printed certificate can be checked against the register.
 */
import {
  CertificateContentSchema,
  certificateBlockers,
  certificateFingerprint,
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
import { RefusedError } from '../errors';
import { todayOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, requireRecord, updateRecord } from '../write/records';
import { validated } from '../write/validate';
import { inTeam, teamCertificateNumber } from '../sync/team-numbers';
import { noteIssuedNumber, takeNextCertificateNumber } from './counters';
import { factTables, factsOf } from './project-facts';

/** Everything printed on the certificate except its number, which the register gives. */
export type CertificateDraft = Omit<CertificateContent, 'number'>;

/** Refuses (RefusedError with every unmet item) unless the project's certificate may be issued today. */
async function refuseUnlessIssuable(db: DshDatabase, project: Project, today: IsoDate): Promise<void> {
  const facts = await factsOf(db, project);
  const reasons = project.stage === 'closure' ? certificateBlockers(project, facts, today) : [];
  if (project.stage !== 'closure') reasons.push('The project must be in Closure.');
  if (facts.certificate)
    reasons.push(`Certificate ${facts.certificate.number} was already issued for this project.`);
  if (reasons.length > 0) throw new RefusedError(reasons, 'The certificate was not issued.');
}

/**
 * Issues the project's certificate of deletion once its closure checklist is complete (else RefusedError
 * with every unmet item); one certificate per project. In a team its number comes from the team server
 * first (refused, nothing written, when the server cannot be reached); alone, from this workstation.
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
    // Checked first, so a certificate that would be refused takes no number from the team.
    await refuseUnlessIssuable(ctx.db, await requireRecord(ctx.db, ENTITIES.project, projectId), today);
    // …and so is its content (a provisional project reference is confirmed on the way).
    const standIn = isProvisionalReference(draft.projectReference)
      ? { projectReference: formatProjectReference(year, 1) }
      : {};
    validated(CertificateContentSchema, { ...draft, ...standIn, number: formatCertificateNumber(year, 1) });
    fromTeam = await teamCertificateNumber(ctx, projectId, year);
  }
  return createRecord(
    ctx,
    ENTITIES.certificate,
    async (db) => {
      const project = await requireRecord(db, ENTITIES.project, projectId);
      await refuseUnlessIssuable(db, project, today);
      let number: string;
      if (fromTeam === undefined) number = await takeNextCertificateNumber(db, year);
      else {
        await noteIssuedNumber(db, 'certificate', year, fromTeam);
        number = formatCertificateNumber(year, fromTeam);
      }
      // A form opened while the reference was provisional prints the one confirmed since.
      const projectReference = isProvisionalReference(draft.projectReference)
        ? project.reference
        : draft.projectReference;
      // The fingerprint covers the content exactly as stored (trimmed by its schema).
      const content = validated(CertificateContentSchema, { ...draft, projectReference, number });
      const { organisationName } = await getSettings(db);
      return {
        number,
        projectId,
        issuedOn: draft.issuedOn,
        content,
        fingerprint: certificateFingerprint(content),
        organisationName,
      };
    },
    { tables: [...factTables(ctx.db), ctx.db.counters], action: 'issue' },
  );
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
