/** A person on a project: their role, the user access form, and access granted and revoked. */
import type { z } from 'zod';
import { MAX, choiceField, idField, isoDateField, recordFields, requiredText, strictForm } from './fields';

/** The role of a person on a project. */
export const MEMBERSHIP_ROLES = ['lead', 'analyst', 'other'] as const;
/** The role of a person on a project. */
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** The user access form, signed on a day, in a version of the form. */
export const AccessFormSignatureSchema = strictForm({
  signedOn: isoDateField('Date signed'),
  formVersion: requiredText('Form version', MAX.short),
});

/** A dated act by a member of the DSH team (`by` is a StaffMember id). */
function staffAct(what: string) {
  return strictForm({
    on: isoDateField(`Date ${what}`),
    by: idField(`${what[0]?.toUpperCase()}${what.slice(1)} by`, `Choose who ${what} access.`),
  });
}

const accessFields = {
  accessForm: AccessFormSignatureSchema.optional(),
  accessGranted: staffAct('granted').optional(),
  accessRevoked: staffAct('revoked').optional(),
};

type AccessRecord = {
  accessForm?: { signedOn: string } | undefined;
  accessGranted?: { on: string } | undefined;
  accessRevoked?: { on: string } | undefined;
};

/** Access follows the form, and revocation follows access. */
function checkAccessOrder(value: AccessRecord, ctx: z.RefinementCtx): void {
  const { accessForm, accessGranted, accessRevoked } = value;
  if (accessGranted && !accessForm) {
    ctx.addIssue({
      code: 'custom',
      path: ['accessGranted'],
      message: 'Access can only be granted once the user access form is signed.',
    });
  } else if (accessGranted && accessForm && accessGranted.on < accessForm.signedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['accessGranted', 'on'],
      message: 'Access cannot be granted before the user access form was signed.',
    });
  }
  if (accessRevoked && accessGranted && accessRevoked.on < accessGranted.on) {
    ctx.addIssue({
      code: 'custom',
      path: ['accessRevoked', 'on'],
      message: 'Access cannot be revoked before it was granted.',
    });
  }
}

/** Adding a person to a project. */
export const MembershipFormSchema = strictForm({
  personId: idField('Person', 'Choose a person.'),
  role: choiceField('Role', MEMBERSHIP_ROLES, 'Choose a role.'),
});
/** What the add-member form holds. */
export type MembershipForm = z.infer<typeof MembershipFormSchema>;

/** Recording the user access form, access granted, and access revoked for a member. */
export const MembershipAccessFormSchema = strictForm(accessFields).superRefine(checkAccessOrder);
/** What the member access form holds. */
export type MembershipAccessForm = z.infer<typeof MembershipAccessFormSchema>;

/** A person on a project. */
export const MembershipSchema = strictForm({
  ...recordFields,
  projectId: idField('Project'),
  personId: idField('Person', 'Choose a person.'),
  role: choiceField('Role', MEMBERSHIP_ROLES, 'Choose a role.'),
  ...accessFields,
}).superRefine(checkAccessOrder);
/** A person on a project. */
export type Membership = z.infer<typeof MembershipSchema>;
