/** The certificate of deletion: its canonical content, and the SHA-256 fingerprint kept in the register. */
import { z } from 'zod';
import { PROJECT_REFERENCE_PATTERN } from '../references';
import {
  MAX,
  choiceField,
  idField,
  isoDateField,
  optionalText,
  recordFields,
  requiredText,
  strictForm,
} from './fields';
import { DESTRUCTION_METHODS, ExtractFormSchema, MEDIA_OUTCOMES, STORAGE_KINDS } from './closure';
import {
  CertificateVoidSchema,
  CountersignedCopyFormSchema,
  certificateNumberField,
} from './certificate-lifecycle';

const certificateNumber = certificateNumberField();

const nameAndRole = (who: string) =>
  strictForm({
    name: requiredText(`${who} (name)`, MAX.name),
    role: requiredText(`${who} (role)`, MAX.name),
  });

const attestor = (who: string) =>
  strictForm({
    organisation: requiredText(`${who} (organisation)`, MAX.organisation),
    contact: optionalText(`${who} (contact)`, MAX.email),
  });

/** Everything printed on the certificate; the fingerprint is taken over this content. */
export const CertificateContentSchema = strictForm({
  number: certificateNumber,
  projectReference: z
    .string()
    .regex(PROJECT_REFERENCE_PATTERN, 'Project reference must look like DSH-2026-014.'),
  projectTitle: requiredText('Project title', MAX.title),
  leadResearcher: requiredText('Lead researcher', MAX.name),
  dataController: requiredText('Data controller', MAX.organisation),
  agreementReferences: z
    .array(
      strictForm({
        label: requiredText('Agreement', MAX.name),
        reference: requiredText('Reference', MAX.reference),
      }),
    )
    .max(20),
  datasets: z
    .array(
      strictForm({
        name: requiredText('Dataset', MAX.title),
        provider: requiredText('Provider', MAX.organisation),
      }),
    )
    .min(1, 'List the datasets destroyed.')
    .max(100),
  storageLocations: z
    .array(
      strictForm({
        location: requiredText('Location', MAX.title),
        kind: choiceField('Kind', STORAGE_KINDS),
        // Per location (NIST SP 800-88 Appendix G); certificates issued before them have none and print
        // the locations as they did.
        mediaType: optionalText('Media type', MAX.title),
        identifier: optionalText('Asset or serial number', MAX.reference),
        method: choiceField('Method', DESTRUCTION_METHODS).optional(),
        technique: optionalText('Technique', MAX.title),
        verification: optionalText('Verification', MAX.reason),
        afterwards: choiceField('Media afterwards', MEDIA_OUTCOMES).optional(),
      }),
    )
    .min(1, 'List the storage locations checked.')
    .max(200),
  method: choiceField('Method', DESTRUCTION_METHODS),
  technique: requiredText('Technique', MAX.title),
  tool: requiredText('Tool', MAX.title),
  verification: requiredText('Verification', MAX.reason),
  destroyedOn: isoDateField('Date of destruction'),
  performedBy: nameAndRole('Performed by'),
  witnessedBy: nameAndRole('Witnessed by'),
  dataOwnerAuthorisationRef: requiredText('Data owner’s authorisation reference', MAX.reference),
  outputsRetained: z.array(ExtractFormSchema).max(500),
  statement: requiredText('Statement', MAX.description),
  issuedOn: isoDateField('Date of issue'),
  /**
   * The organisation and contact of the person who sanitised the data and of the one who verified and
   * witnessed it, printed with a place for each to sign (NIST SP 800-88 Appendix G). Missing on certificates
   * issued before it was kept: they print as they always did.
   */
  attestation: strictForm({
    performedBy: attestor('Performed by'),
    witnessedBy: attestor('Witnessed by'),
  }).optional(),
  /**
   * The organisations that provided the datasets, printed apart from the data controller. Missing on
   * certificates issued before: they print "Data controller / provider" as they did.
   */
  dataProviders: z.array(requiredText('Data provider', MAX.organisation)).max(100).optional(),
  /** The day by which every backup copy is overwritten; missing when not recorded. */
  backupsOverwrittenBy: isoDateField('Backups overwritten by').optional(),
  /** The DSH's address and contact from Settings on the day of issue, printed under its name. */
  issuer: strictForm({
    address: optionalText('Address', MAX.reason),
    contact: optionalText('Contact', MAX.title),
  }).optional(),
  /** The void certificate this one replaces; missing on a project's first certificate. */
  replaces: certificateNumberField('The certificate replaced').optional(),
});
/** Everything printed on the certificate. */
export type CertificateContent = z.infer<typeof CertificateContentSchema>;

/** A certificate in the register. */
export const CertificateSchema = strictForm({
  ...recordFields,
  number: certificateNumber,
  projectId: idField('Project'),
  issuedOn: isoDateField('Date of issue'),
  content: CertificateContentSchema,
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'The fingerprint must be 64 lower-case hexadecimal characters.'),
  /**
   * The issuing organisation as it was named on the day of issue, printed as the letterhead: every later
   * export of the certificate gives the same bytes, even after Settings renames the organisation. Missing on
   * certificates issued before it was kept (they print today's name).
   */
  organisationName: optionalText('Organisation name', MAX.organisation),
  /**
   * SHA-256 of the certificate's PDF file exactly as issued (every byte), kept when its PDF is first made:
   * a file verifies as genuine only if it hashes to this. Missing on certificates whose PDF has not been
   * made since it was kept (their PDF is made again from the register to compare).
   */
  pdfSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'The file’s SHA-256 must be 64 lower-case hexadecimal characters.')
    .optional(),
  /** Set when a manager voids the certificate: it stays in the register, with its exact bytes, marked void. */
  voided: CertificateVoidSchema.optional(),
  /** The number of the certificate issued in place of this void one. */
  replacedBy: certificateNumberField('The replacement').optional(),
  /** The copy the data controller returned countersigned; its file is evidence of entity `certificate`. */
  countersigned: CountersignedCopyFormSchema.optional(),
}).superRefine((certificate, ctx) => {
  if (certificate.content.number !== certificate.number) {
    ctx.addIssue({
      code: 'custom',
      path: ['content', 'number'],
      message: 'The content names another certificate.',
    });
  }
  if (certificate.replacedBy && !certificate.voided) {
    ctx.addIssue({
      code: 'custom',
      path: ['replacedBy'],
      message: 'Only a void certificate is replaced.',
    });
  }
});
/** A certificate of deletion in the register. */
export type Certificate = z.infer<typeof CertificateSchema>;
