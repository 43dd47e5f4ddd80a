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

/**
 * Saves `part` over the checklist as stored now (`latest`), against `expectedRevision` (the revision the
 * section's form was opened on); the first save starts the checklist.
 */
export function saveClosurePart(
  ctx: WriteContext,
  projectId: string,
  latest: ClosureRecord | undefined,
  expectedRevision: number,
  part: Partial<ClosureForm>,
): Promise<ClosureRecord> {
  const form = { ...closureFormOf(latest), ...part };
  return latest
    ? updateClosureChecklist(ctx, latest.id, expectedRevision, form)
    : startClosureChecklist(ctx, projectId, form);
}
