/**
 * The forms whose fields are printed on the certificate of deletion, each refusing as it is saved any
 * character no font of DSH Desk can print, named with its code point, so that a certificate can always be
 * made from the records. Only the forms refuse: the stored records keep their own schemas (a backup or a
 * team member's record holding such a name still loads), and Issue still checks the whole certificate.
 */
import type { z } from 'zod';
import { unprintableMessage } from '../printable';
import { ClosureFormSchema, DestructionFormSchema } from './closure';
import { OnboardingDraftSchema } from './onboarding';
import { PersonFormSchema } from './person';
import { EnquiryFormSchema } from './project';
import { SettingsFormSchema } from './settings';
import { StaffMemberFormSchema } from './staff';

/** The text at `path` (`datasets.*.name`: `*` is every item or key) of a value, with its real path. */
function textsAt(value: unknown, path: readonly string[], at: PropertyKey[] = []): [PropertyKey[], string][] {
  if (path.length === 0) return typeof value === 'string' ? [[at, value]] : [];
  if (value === null || typeof value !== 'object') return [];
  const [head, ...rest] = path as [string, ...string[]];
  const record = value as Record<string, unknown>;
  const keys = head === '*' ? Object.keys(record) : [head];
  return keys.flatMap((key) => {
    const step = Array.isArray(value) ? Number(key) : key;
    return textsAt(record[key], rest, [...at, step]);
  });
}

/** The schema, refusing at each of `paths` (with its label) text that cannot be printed. */
export function refusingUnprintable<S extends z.ZodType>(schema: S, paths: Record<string, string>): S {
  return schema.superRefine((value, ctx) => {
    for (const [path, label] of Object.entries(paths)) {
      for (const [at, text] of textsAt(value, path.split('.'))) {
        const message = unprintableMessage(label, text);
        if (message) ctx.addIssue({ code: 'custom', path: at, message });
      }
    }
  }) as unknown as S;
}

const personAndRole = (who: string) => ({
  [`${who}.name`]: 'The name',
  [`${who}.role`]: 'The role',
});

/** The destruction form, as its fields print on the certificate. */
export const PrintedDestructionFormSchema = refusingUnprintable(DestructionFormSchema, {
  technique: 'Technique',
  tool: 'Tool',
  verification: 'Verification',
  ...personAndRole('performedBy'),
  ...personAndRole('witnessedBy'),
});

/** The storage locations of the closure checklist, as they print. */
export const PrintedStorageSchema = refusingUnprintable(ClosureFormSchema.pick({ storageLocations: true }), {
  'storageLocations.*.location': 'Location',
  'storageLocations.*.mediaType': 'Media type',
  'storageLocations.*.identifier': 'Asset or serial number',
  'storageLocations.*.technique': 'Technique',
  'storageLocations.*.verification': 'Verification',
});

/** The extracts of the closure checklist (printed as outputs retained). */
export const PrintedExtractsSchema = refusingUnprintable(
  ClosureFormSchema.pick({ extractsConfirmed: true, extracts: true }),
  { 'extracts.*.description': 'Description', 'extracts.*.approvedBy': 'Approved by' },
);

/** The data owner's authorisation reference. */
export const PrintedAuthorisationSchema = refusingUnprintable(
  ClosureFormSchema.pick({ dataOwnerAuthorisationRef: true }),
  { dataOwnerAuthorisationRef: 'The authorisation reference' },
);

/** A researcher (the lead researcher's name prints). */
export const PrintedPersonFormSchema = refusingUnprintable(PersonFormSchema, { name: 'The name' });

/** A DSH staff member (who sanitised or witnessed prints by name). */
export const PrintedStaffMemberFormSchema = refusingUnprintable(StaffMemberFormSchema, { name: 'The name' });

/** An enquiry (its title becomes the project title printed). */
export const PrintedEnquiryFormSchema = refusingUnprintable(EnquiryFormSchema, { title: 'The title' });

/** The settings (the DSH's name, address and contact print as the letterhead). */
export const PrintedSettingsFormSchema = refusingUnprintable(SettingsFormSchema, {
  organisationName: 'The organisation name',
  organisationAddress: 'The address',
  organisationContact: 'The contact',
});

/** The onboarding form's draft (data controller, datasets and agreement references print). */
export const PrintedOnboardingDraftSchema = refusingUnprintable(OnboardingDraftSchema, {
  dataController: 'Data controller',
  'datasets.*.name': 'Dataset name',
  'datasets.*.provider': 'Provider',
  'igReferences.*.reference': 'The reference',
});
