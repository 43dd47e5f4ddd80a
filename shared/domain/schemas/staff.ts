/** The DSH team: the staff members who use the app and appear in its records and audit log. */
import type { z } from 'zod';
import {
  MAX,
  choiceField,
  emailField,
  optionalText,
  recordFields,
  requiredText,
  strictForm,
  yesNoField,
} from './fields';

/** What a staff member may do: managers can also change catalogues and settings. */
export const STAFF_ROLES = ['officer', 'manager'] as const;
/** What a staff member may do. */
export type StaffRole = (typeof STAFF_ROLES)[number];

const staffFields = {
  name: requiredText('Name', MAX.name),
  role: choiceField('Role', STAFF_ROLES, 'Choose a role.'),
  email: emailField(),
  active: yesNoField('Active'),
  /**
   * The account they sign in to the team server with (team mode), so every workstation's audit log can
   * name them by it (events record the account signed in, not a name chosen on screen).
   */
  teamAccount: optionalText('Team account', 256),
};

/** Adding or editing a staff member. */
export const StaffMemberFormSchema = strictForm(staffFields);
/** What the staff member form holds. */
export type StaffMemberForm = z.infer<typeof StaffMemberFormSchema>;

/** A member of the DSH team. */
export const StaffMemberSchema = strictForm({ ...recordFields, ...staffFields });
/** A member of the DSH team. */
export type StaffMember = z.infer<typeof StaffMemberSchema>;
