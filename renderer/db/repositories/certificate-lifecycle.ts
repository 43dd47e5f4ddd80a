/**
 * What happens to an issued certificate: a manager voids a wrong one (with a reason; it keeps its content
 * and file hash, so its exact bytes, and stays in the register marked void), and the countersigned copy
 * the data controller returns is recorded against it. Each write is audited in its own transaction.
 */
import {
  CountersignedCopyFormSchema,
  VoidCertificateFormSchema,
  type Certificate,
  type CountersignedCopyForm,
  type VoidCertificateForm,
} from '../../../shared/domain';
import { RefusedError } from '../errors';
import { instantOf, todayOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { updateRecord, type RecordBody } from '../write/records';
import { validated } from '../write/validate';

/** The certificate's stored fields without the bookkeeping ones. */
function bodyOf(certificate: Certificate): RecordBody<Certificate> {
  const { id: _id, revision: _revision, createdAt: _createdAt, updatedAt: _updatedAt, ...body } = certificate;
  return body;
}

/**
 * Voids the certificate (only a manager may; RefusedError otherwise, or when it is void already). The
 * project then has no certificate standing until a replacement, which names this one, is issued.
 */
export async function voidCertificate(
  ctx: WriteContext,
  certificateId: string,
  expectedRevision: number,
  form: VoidCertificateForm,
): Promise<Certificate> {
  const { reason } = validated(VoidCertificateFormSchema, form);
  return updateRecord(
    ctx,
    ENTITIES.certificate,
    certificateId,
    expectedRevision,
    async (current, db) => {
      const staff = await db.staffMembers.get(ctx.actor.staffId);
      if (staff?.role !== 'manager') {
        throw new RefusedError(
          [`Only a DSH manager may void a certificate; ${ctx.actor.staffName} is not one.`],
          'The certificate was not voided.',
        );
      }
      if (current.voided) {
        throw new RefusedError(
          [`${current.number} was already voided on ${current.voided.on}.`],
          'The certificate was not voided.',
        );
      }
      const voided = { reason, on: todayOf(ctx), at: instantOf(ctx), by: ctx.actor.staffName };
      return { ...bodyOf(current), voided };
    },
    { tables: [ctx.db.staffMembers], action: 'void', reason },
  );
}

/**
 * Records that the data controller returned the certificate countersigned (when, by whom, a note); a later
 * record replaces an earlier one (audited as a change). Its file is attached as evidence of the certificate.
 */
export async function recordCountersignedCopy(
  ctx: WriteContext,
  certificateId: string,
  expectedRevision: number,
  form: CountersignedCopyForm,
): Promise<Certificate> {
  const countersigned = validated(CountersignedCopyFormSchema, form);
  return updateRecord(
    ctx,
    ENTITIES.certificate,
    certificateId,
    expectedRevision,
    (current) => {
      if (countersigned.receivedOn < current.issuedOn) {
        throw new RefusedError(
          [`The copy cannot have been received before ${current.number} was issued (${current.issuedOn}).`],
          'The countersigned copy was not recorded.',
        );
      }
      if (countersigned.receivedOn > todayOf(ctx)) {
        throw new RefusedError(
          ['The date received cannot be in the future.'],
          'The countersigned copy was not recorded.',
        );
      }
      return { ...bodyOf(current), countersigned };
    },
    { action: 'record-countersigned' },
  );
}
