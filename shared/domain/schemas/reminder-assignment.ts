/**
 * A reminder given to an officer other than its project's case officer (renderer/db/repositories/
 * reminder-assignments.ts). It is a synced record: its id is the reminder without its window (the same on
 * every workstation), so two officers assigning one reminder offline meet as one document; the later
 * assignment by the causal clock wins (renderer/db/sync/last-writer.ts).
 */
import type { z } from 'zod';
import {
  MAX,
  causalClockField,
  idField,
  instantField,
  requiredText,
  strictForm,
  wholeNumberField,
} from './fields';

/** A reminder given to another officer. */
export const ReminderAssignmentSchema = strictForm({
  /** The reminder without its window in days (`reminderSubject`): the same reminder across windows. */
  id: requiredText('Reminder', MAX.reminderId),
  /** The reminder's id when it was assigned, e.g. `dsa-expiring:<membershipId>:2026-12-01:7`. */
  itemId: requiredText('Reminder', MAX.reminderId),
  /** The officer it is given to (a StaffMember id). */
  staffId: idField('Assigned to'),
  /** When, and by whom (a StaffMember id and name as they were then). */
  at: instantField('Assigned at'),
  byStaffId: idField('Staff member'),
  byStaffName: requiredText('Staff name', MAX.name),
  revision: wholeNumberField('Revision', 1, Number.MAX_SAFE_INTEGER),
  updatedAt: instantField('Updated at'),
  /**
   * The causal clock of the `assign` event written with it, and its workstation: which of two assignments made
   * apart is the later (shared/audit/clock.ts). Absent when the event had none.
   */
  hlc: causalClockField().optional(),
  device: requiredText('Workstation', 100).optional(),
});
/** A reminder given to another officer. */
export type ReminderAssignment = z.infer<typeof ReminderAssignmentSchema>;
