/**
 * The closure checklist: outputs extracted, every storage location checked, the data destroyed
 * (NIST SP 800-88: Clear, Purge or Destroy), and the data owner's authorisation.
 */
import { z } from 'zod';
import {
  MAX,
  choiceField,
  idField,
  isoDateField,
  optionalText,
  recordFields,
  requiredText,
  strictForm,
  yesNoField,
} from './fields';

/** An output taken out of the DSH, approved in line with the data agreements. */
export const ExtractFormSchema = strictForm({
  description: requiredText('Description', MAX.description),
  approvedBy: requiredText('Approved by', MAX.name),
  approvedOn: isoDateField('Date approved'),
});
/** An approved extract. */
export type Extract = z.infer<typeof ExtractFormSchema>;

const DESTRUCTION_METHODS_LIST = ['Clear', 'Purge', 'Destroy'] as const;

/** Where copies of the data may live. */
export const STORAGE_KINDS = ['primary', 'backup', 'removable', 'other'] as const;
/** Where copies of the data may live. */
export type StorageKind = (typeof STORAGE_KINDS)[number];

/** What became of a storage location's media once the data was gone (NIST SP 800-88 "media destination"). */
export const MEDIA_OUTCOMES = ['reused', 'recycled', 'destroyed', 'returned', 'retained'] as const;
/** What became of a storage location's media once the data was gone. */
export type MediaOutcome = (typeof MEDIA_OUTCOMES)[number];

/**
 * A place the data was kept; checked once someone (a StaffMember id) has confirmed it holds nothing. Its
 * media (type, asset or serial number), how it was sanitised when that differs from the project's method,
 * how that was verified and what became of the media are printed per location on the certificate; each is
 * optional, as records kept before them have none.
 */
export const StorageLocationFormSchema = strictForm({
  location: requiredText('Location', MAX.title),
  kind: choiceField('Kind of storage', STORAGE_KINDS, 'Choose the kind of storage.'),
  checkedBy: idField('Checked by', 'Choose who checked it.').optional(),
  checkedOn: isoDateField('Date checked').optional(),
  mediaType: optionalText('Media type', MAX.title),
  identifier: optionalText('Asset or serial number', MAX.reference),
  method: choiceField('Method', DESTRUCTION_METHODS_LIST).optional(),
  technique: optionalText('Technique', MAX.title),
  verification: optionalText('Verification', MAX.reason),
  afterwards: choiceField('Media afterwards', MEDIA_OUTCOMES).optional(),
}).superRefine((location, ctx) => {
  if (!location.checkedBy !== !location.checkedOn) {
    ctx.addIssue({
      code: 'custom',
      path: [location.checkedBy ? 'checkedOn' : 'checkedBy'],
      message: 'Record both who checked the location and when.',
    });
  }
});
/** A storage location of the project's data. */
export type StorageLocation = z.infer<typeof StorageLocationFormSchema>;

/** How data is sanitised, per NIST SP 800-88. */
export const DESTRUCTION_METHODS = DESTRUCTION_METHODS_LIST;
/** How data is sanitised, per NIST SP 800-88. */
export type DestructionMethod = (typeof DESTRUCTION_METHODS)[number];

const personAndRole = (who: string) =>
  strictForm({
    name: requiredText(`${who} (name)`, MAX.name),
    role: requiredText(`${who} (role)`, MAX.name),
  });

/** The destruction of the data, performed by one person and witnessed by another. */
export const DestructionFormSchema = strictForm({
  date: isoDateField('Date of destruction'),
  method: choiceField('Method', DESTRUCTION_METHODS, 'Choose the method: Clear, Purge or Destroy.'),
  technique: requiredText('Technique', MAX.title),
  tool: requiredText('Tool', MAX.title),
  verification: requiredText('Verification', MAX.reason),
  performedBy: personAndRole('Performed by'),
  witnessedBy: personAndRole('Witnessed by'),
  /** The day by which every backup copy of the data is overwritten in the backups' rotation. */
  backupsOverwrittenBy: isoDateField('Backups overwritten by').optional(),
}).superRefine((destruction, ctx) => {
  if (destruction.performedBy.name.toLowerCase() === destruction.witnessedBy.name.toLowerCase()) {
    ctx.addIssue({
      code: 'custom',
      path: ['witnessedBy', 'name'],
      message: 'The witness must be someone other than the person who destroyed the data.',
    });
  }
});
/** The destruction of the data. */
export type Destruction = z.infer<typeof DestructionFormSchema>;

const closureFields = {
  /** Set when the officer confirms the extract list is complete; it may be empty if nothing left the DSH. */
  extractsConfirmed: yesNoField('Extracts confirmed'),
  extracts: z.array(ExtractFormSchema).max(500),
  storageLocations: z.array(StorageLocationFormSchema).max(200),
  destruction: DestructionFormSchema.optional(),
  dataOwnerAuthorisationRef: optionalText('Data owner’s authorisation reference', MAX.reference),
};

/** The whole closure checklist as the officer fills it in. */
export const ClosureFormSchema = strictForm(closureFields);
/** What the closure form holds. */
export type ClosureForm = z.infer<typeof ClosureFormSchema>;

/** The closure checklist of one project. */
export const ClosureRecordSchema = strictForm({
  ...recordFields,
  projectId: idField('Project'),
  ...closureFields,
});
/** The closure checklist of one project. */
export type ClosureRecord = z.infer<typeof ClosureRecordSchema>;
