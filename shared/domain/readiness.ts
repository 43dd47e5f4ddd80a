/**
 * Readiness of a person on a project on a given day. All arithmetic is on calendar days (`yyyy-MM-dd`), so
 * the clock changes at the end of March and October cannot move a day.
 *
 * Decisions: a training record is valid from its completion day up to AND INCLUDING its expiry day (an NHS
 * DSA completed on 2025-11-25 with 12 months' validity expires on 2026-11-25, and is still valid that day;
 * it is not valid on 2026-11-26). `lapsesOn` is the last day on which the person is still ready. "Expiring"
 * means ready, but `lapsesOn` is at most 30 days after the day asked about.
 */
import { addDaysIso, addMonthsIso, daysBetween, earlierIso, formatShortDate, type IsoDate } from '../dates';
import type { RuleSettings } from './facts';
import type { Membership } from './schemas/membership';
import { DEFAULT_SETTINGS } from './schemas/settings';
import type { TrainingKind, TrainingRecord } from './schemas/training';

/** How far ahead a lapse makes a ready person "expiring". */
export const EXPIRING_WITHIN_DAYS = 30;

/** Whether a person may use the DSH for a project on a day. */
export type ReadinessState = 'ready' | 'expiring' | 'not-ready';
/** A person's readiness, the plain reasons behind it, and the last day they stay ready. */
export type Readiness = { state: ReadinessState; reasons: string[]; lapsesOn?: IsoDate };

/** The last day a training record is valid, or undefined when it never expires. */
export function trainingValidUntil(
  record: TrainingRecord,
  settings: RuleSettings = DEFAULT_SETTINGS,
): IsoDate | undefined {
  if (record.expiresOn) return record.expiresOn;
  return record.kind === 'nhs-dsa-level-1'
    ? addMonthsIso(record.completedOn, settings.dsaValidityMonths)
    : undefined;
}

/**
 * The person's training of a kind that is valid on `on` (the one valid longest), with its last valid day
 * (undefined: it never expires); undefined when none is valid.
 */
export function validTraining(
  personId: string,
  kind: TrainingKind,
  trainings: readonly TrainingRecord[],
  on: IsoDate,
  settings: RuleSettings = DEFAULT_SETTINGS,
): { record: TrainingRecord; validUntil: IsoDate | undefined } | undefined {
  let best: { record: TrainingRecord; validUntil: IsoDate | undefined } | undefined;
  for (const record of trainings) {
    if (record.personId !== personId || record.kind !== kind || record.completedOn > on) continue;
    const validUntil = trainingValidUntil(record, settings);
    if (validUntil !== undefined && validUntil < on) continue;
    if (
      !best ||
      (best.validUntil !== undefined && (validUntil === undefined || validUntil > best.validUntil))
    ) {
      best = { record, validUntil };
    }
  }
  return best;
}

/** The plain reasons a person lacks the training the DSH requires on `on` (empty when trained). */
export function trainingReasons(
  personId: string,
  trainings: readonly TrainingRecord[],
  on: IsoDate,
  settings: RuleSettings = DEFAULT_SETTINGS,
  who = 'This person',
): string[] {
  const reasons: string[] = [];
  if (!validTraining(personId, 'dsh-environment', trainings, on, settings)) {
    const hadSome = trainings.some(
      (t) => t.personId === personId && t.kind === 'dsh-environment' && t.completedOn <= on,
    );
    reasons.push(
      hadSome
        ? `${who} has no DSH environment training valid on ${formatShortDate(on)}.`
        : `${who} has no DSH environment training.`,
    );
  }
  if (!validTraining(personId, 'nhs-dsa-level-1', trainings, on, settings)) {
    reasons.push(`${who} has no NHS DSA Level 1 training valid on ${formatShortDate(on)}.`);
  }
  return reasons;
}

/** The plain reasons a member has no access on `on` (empty when access stands). */
export function accessReasons(membership: Membership, on: IsoDate, who = 'This person'): string[] {
  const reasons: string[] = [];
  if (!membership.accessForm || membership.accessForm.signedOn > on) {
    reasons.push(`${who} has not signed the user access form.`);
  }
  if (!membership.accessGranted || membership.accessGranted.on > on) {
    reasons.push(`${who} has not been granted access.`);
  }
  if (membership.accessRevoked && membership.accessRevoked.on <= on) {
    reasons.push(`${who}’s access was revoked on ${formatShortDate(membership.accessRevoked.on)}.`);
  }
  return reasons;
}

/**
 * Ready = DSH environment training done, NHS DSA Level 1 valid, user access form signed, access granted and
 * not revoked, all on `on`; expiring = ready, but something lapses within 30 days; not ready otherwise.
 */
export function readinessOf(
  membership: Membership,
  trainings: readonly TrainingRecord[],
  on: IsoDate,
  settings: RuleSettings = DEFAULT_SETTINGS,
  who = 'This person',
): Readiness {
  const reasons = [
    ...trainingReasons(membership.personId, trainings, on, settings, who),
    ...accessReasons(membership, on, who),
  ];
  if (reasons.length > 0) return { state: 'not-ready', reasons };

  const lapses: { lastDay: IsoDate; says: string }[] = [];
  const dsh = validTraining(membership.personId, 'dsh-environment', trainings, on, settings)?.validUntil;
  const dsa = validTraining(membership.personId, 'nhs-dsa-level-1', trainings, on, settings)?.validUntil;
  if (dsh)
    lapses.push({
      lastDay: dsh,
      says: `${who}’s DSH environment training expires on ${formatShortDate(dsh)}.`,
    });
  if (dsa)
    lapses.push({
      lastDay: dsa,
      says: `${who}’s NHS DSA Level 1 training expires on ${formatShortDate(dsa)}.`,
    });
  const revokedOn = membership.accessRevoked?.on;
  if (revokedOn) {
    lapses.push({
      lastDay: addDaysIso(revokedOn, -1),
      says: `${who}’s access will be revoked on ${formatShortDate(revokedOn)}.`,
    });
  }
  if (lapses.length === 0) return { state: 'ready', reasons: [] };

  const lapsesOn = lapses.map((lapse) => lapse.lastDay).reduce(earlierIso);
  const soon = lapses.filter((lapse) => daysBetween(on, lapse.lastDay) <= EXPIRING_WITHIN_DAYS);
  return soon.length > 0
    ? { state: 'expiring', reasons: soon.map((lapse) => lapse.says), lapsesOn }
    : { state: 'ready', reasons: [], lapsesOn };
}
