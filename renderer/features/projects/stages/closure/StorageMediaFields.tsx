/**
 * A storage location's media and its sanitisation, as the certificate prints them per location (NIST SP
 * 800-88 Appendix G): media type, asset or serial number, the method, technique and verification used on
 * it when they differ from the project's destruction, and what became of the media. All optional.
 */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { mediaOutcomeLabel } from '../../../../../shared/documents/labels';
import {
  DESTRUCTION_METHODS,
  MEDIA_OUTCOMES,
  type DestructionMethod,
  type MediaOutcome,
  type StorageKind,
} from '../../../../../shared/domain';
import { Field } from '../../../../components/form/Field';

/** One location as the storage form holds it. */
export type StorageRow = {
  location: string;
  kind: StorageKind | '';
  checkedBy: string;
  checkedOn: string;
  mediaType: string;
  identifier: string;
  method: DestructionMethod | '';
  technique: string;
  verification: string;
  afterwards: MediaOutcome | '';
};

/** The storage form's values. */
export type StorageValues = { storageLocations: StorageRow[] };

/** The media fields of location `i`. */
export function StorageMediaFields({
  i,
  register,
  errors,
}: {
  i: number;
  register: UseFormRegister<StorageValues>;
  errors: FieldErrors<StorageRow> | undefined;
}) {
  const at = (key: keyof StorageRow) => `storageLocations.${i}.${key}` as const;
  return (
    <div className="storage-row">
      <Field
        label="Media type"
        error={errors?.mediaType?.message}
        hint="e.g. NetApp volume, LTO-8 tape, USB stick"
      >
        <input type="text" {...register(at('mediaType'))} />
      </Field>
      <Field label="Asset or serial number" error={errors?.identifier?.message}>
        <input type="text" {...register(at('identifier'))} />
      </Field>
      <Field label="Method used here" error={errors?.method?.message}>
        <select {...register(at('method'))}>
          <option value="">As recorded under Data destroyed</option>
          {DESTRUCTION_METHODS.map((method) => (
            <option key={method} value={method}>
              {method}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Technique used here"
        error={errors?.technique?.message}
        hint="Left blank: the technique recorded under Data destroyed."
      >
        <input type="text" {...register(at('technique'))} />
      </Field>
      <Field
        label="Verification here"
        error={errors?.verification?.message}
        hint="Left blank: the verification recorded under Data destroyed."
      >
        <input type="text" {...register(at('verification'))} />
      </Field>
      <Field label="Media afterwards" error={errors?.afterwards?.message}>
        <select {...register(at('afterwards'))}>
          <option value="">Not recorded</option>
          {MEDIA_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {mediaOutcomeLabel(outcome)}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
