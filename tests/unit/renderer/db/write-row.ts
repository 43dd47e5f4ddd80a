import type { FieldChange } from '../../../../shared/audit/diff';
import type { AuditedEntity } from '../../../../shared/domain';
import type { World } from './world';

/** One write under test: what to make first, the write itself (giving the record's id), and its event. */
export type WriteRow = {
  arrange?: (w: World) => Promise<unknown>;
  act: (w: World) => Promise<string>;
  entity: AuditedEntity;
  action: string;
  changes: Record<string, FieldChange>;
};

/** The id of the record a write gives back. */
export const id = async (record: Promise<{ id: string }>) => (await record).id;
