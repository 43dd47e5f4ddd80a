/** The reason a staff member must write to override a gate, move back, withdraw, decline or cancel. */
import type { z } from 'zod';
import { MAX, requiredText, strictForm } from './fields';

/** A required reason, at most 1000 characters. */
export const reasonField = requiredText('Reason', MAX.reason, 'Give a reason.');

/** Any form that asks only for a reason. */
export const ReasonFormSchema = strictForm({ reason: reasonField });
/** What a reason form holds. */
export type ReasonForm = z.infer<typeof ReasonFormSchema>;

/** The trimmed reason, or the message saying what is wrong with it. */
export function checkReason(reason: string): { ok: true; reason: string } | { ok: false; message: string } {
  const parsed = reasonField.safeParse(reason);
  return parsed.success
    ? { ok: true, reason: parsed.data }
    : { ok: false, message: parsed.error.issues[0]?.message ?? 'Give a reason.' };
}
