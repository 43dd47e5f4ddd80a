/** Researchers: the people the app keeps records about (they never use the app themselves). */
import { z } from 'zod';
import { MAX, emailField, optionalText, recordFields, requiredText, strictForm } from './fields';

const PHONE = /^\+?[0-9][0-9 ()-]{4,28}$/;

const personFields = {
  name: requiredText('Name', MAX.name),
  email: emailField(),
  organisation: requiredText('Organisation', MAX.organisation),
  department: optionalText('Department', MAX.organisation),
  phone: z
    .string({ error: 'Phone number must be text.' })
    .trim()
    .max(30, 'Phone number must be at most 30 characters.')
    .refine(
      (value) => value === '' || PHONE.test(value),
      'Phone number may hold only digits, spaces, brackets, a dash and a leading +.',
    )
    .optional(),
};

/** Adding or editing a researcher. The e-mail address is unique among people (compared lower-cased). */
export const PersonFormSchema = strictForm(personFields);
/** What the person form holds. */
export type PersonForm = z.infer<typeof PersonFormSchema>;

/** A researcher who is, was or will be a member of a project. */
export const PersonSchema = strictForm({ ...recordFields, ...personFields });
/** A researcher who is, was or will be a member of a project. */
export type Person = z.infer<typeof PersonSchema>;
