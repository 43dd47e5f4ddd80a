/**
 * Showing why a save failed: the repository's plain message for the whole form, and each field's issue (a
 * ValidationError's issues, a DuplicateError on the field it is about) beside that field. The plain
 * message of any other failure is `faultMessage` (db/errors): one wording for every failed action.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { DuplicateError, ValidationError, faultMessage } from '../../db/errors';
import type { FieldPath } from './schema-resolver';

/** Where a failed save's details go. */
export interface SaveErrorOptions {
  /** The form field a repository issue belongs to (default: the issue's path); undefined: not a field. */
  fieldOf?: (path: FieldPath) => FieldPath | undefined;
  /** The field a DuplicateError is about (e.g. `email`). */
  duplicateField?: FieldPath;
}

/**
 * Marks the fields a failed save names and returns the message for the form's alert. When the form says
 * which fields it shows (`fieldOf`) and every issue is beside one of them, the alert says only that.
 */
export function reportSaveError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  { fieldOf, duplicateField }: SaveErrorOptions = {},
): string {
  if (error instanceof ValidationError) {
    const unplaced = error.issues.filter((issue) => {
      const field = (fieldOf ?? ((path) => path))(issue.path);
      if (field) setError(field as Path<T>, { type: 'server', message: issue.message });
      // An issue of the whole form (`root`) is beside no field: the alert says it.
      return !field || field === 'root';
    });
    if (fieldOf && unplaced.length === 0) return 'Nothing was saved: correct the fields marked below.';
    if (fieldOf) return faultMessage(new ValidationError(unplaced));
  }
  if (error instanceof DuplicateError && duplicateField) {
    setError(duplicateField as Path<T>, { type: 'server', message: error.message });
  }
  return faultMessage(error);
}
