/**
 * An acknowledged reminder (renderer/db/repositories/acknowledgements.ts). It is a synced record keyed by the
 * reminder's id, the same on every workstation, so an acknowledgement made on one reaches the others and two
 * officers acknowledging one reminder offline meet as one document: the first acknowledgement by the causal
 * clock stands (shared/sync/last-writer.ts), and both `acknowledge` events stay in the audit log.
 */
import { z } from 'zod';
import {
  MAX,
  causalClockField,
  idField,
  instantField,
  optionalText,
  requiredText,
  strictForm,
  wholeNumberField,
} from './fields';

/** An acknowledged reminder. */
export const AcknowledgementSchema = strictForm({
  /** The reminder's id, e.g. `dsa-expiring:<membershipId>:2026-12-01:7` (the row's key). */
  itemId: requiredText('Reminder', MAX.reminderId),
  /** The record the reminder is about (the audit event's entity and id). */
  entity: z.enum(['project', 'person']),
  entityId: idField('Record'),
  /** When, and by whom (a StaffMember id and name as they were then). */
  at: instantField('Acknowledged at'),
  staffId: idField('Staff member'),
  staffName: requiredText('Staff name', MAX.name),
  note: optionalText('Note', MAX.reason),
  /**
   * Sync bookkeeping, absent on acknowledgements made before they were shared: the revision and time of the
   * row, and the causal clock and workstation of its `acknowledge` event (which of two made apart came first).
   */
  revision: wholeNumberField('Revision', 1, Number.MAX_SAFE_INTEGER).optional(),
  updatedAt: instantField('Updated at').optional(),
  hlc: causalClockField().optional(),
  device: requiredText('Workstation', 100).optional(),
});
/** An acknowledged reminder. */
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;
