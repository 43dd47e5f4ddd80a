/** Saving one part of a project's closure checklist: the rest of the record is kept as stored. */
import type { ClosureForm, ClosureRecord } from '../../../../../shared/domain';
import { startClosureChecklist, updateClosureChecklist } from '../../../../db/repositories/closure';
import type { WriteContext } from '../../../../db/write/context';

/** The checklist as the form holds it, from the stored record (or empty before it is started). */
export function closureFormOf(record: ClosureRecord | undefined): ClosureForm {
  return {
    extractsConfirmed: record?.extractsConfirmed ?? false,
    extracts: record?.extracts ?? [],
    storageLocations: record?.storageLocations ?? [],
    destruction: record?.destruction,
    dataOwnerAuthorisationRef: record?.dataOwnerAuthorisationRef,
  };
}

/** Saves `part` over the stored checklist; the first save starts the checklist. */
export function saveClosurePart(
  ctx: WriteContext,
  projectId: string,
  record: ClosureRecord | undefined,
  part: Partial<ClosureForm>,
): Promise<ClosureRecord> {
  const form = { ...closureFormOf(record), ...part };
  return record
    ? updateClosureChecklist(ctx, record.id, record.revision, form)
    : startClosureChecklist(ctx, projectId, form);
}
