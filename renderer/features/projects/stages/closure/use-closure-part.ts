/**
 * A form over one section of the closure checklist: the record form of the checklist, where a save of
 * ANOTHER section (here or in another window) never clashes, and a change elsewhere to THIS section is
 * refused with what changed.
 */
import type { FieldValues, Resolver } from 'react-hook-form';
import type { ClosureForm, ClosureRecord } from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import type { SaveErrorOptions } from '../../../../components/form/save-errors';
import { useRecordForm, type RecordForm } from '../../../../components/form/use-record-form';
import { saveClosurePart } from './save-closure';

/** What a closure section's form needs. */
export interface ClosurePartOptions<V extends FieldValues, O> {
  projectId: string;
  /** The checklist as stored now (undefined before its first save). */
  record: ClosureRecord | undefined;
  /** The stored fields this section edits (and what the officer calls them). */
  fields: Readonly<Partial<Record<keyof ClosureForm, string>>>;
  toValues: (record: ClosureRecord | undefined) => V;
  resolver: Resolver<V, unknown, O>;
  /** The checklist fields a save writes, from the checked values. */
  toPart: (values: O) => Partial<ClosureForm>;
  errors?: SaveErrorOptions;
}

/** The record form of one closure section. */
export function useClosurePart<V extends FieldValues, O>({
  projectId,
  record,
  fields,
  toValues,
  resolver,
  toPart,
  errors,
}: ClosurePartOptions<V, O>): RecordForm<V, O> {
  const ctx = useWriteContext();
  const keys = Object.keys(fields) as (keyof ClosureForm)[];
  return useRecordForm<ClosureRecord, V, O>({
    record,
    entity: 'closure-record',
    toValues,
    part: (stored) => keys.map((key) => stored[key]),
    resolver,
    save: (values, { expectedRevision, latest }) =>
      saveClosurePart(ctx, projectId, latest, expectedRevision, toPart(values)),
    fieldLabels: fields as Record<string, string>,
    errors,
  });
}
