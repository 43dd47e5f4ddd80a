/** How a training record, and a person's NHS DSA training, stand on a day: in words, for tables and chips. */
import { daysBetween, formatShortDate, type IsoDate } from '../../../../shared/dates';
import {
  EXPIRING_WITHIN_DAYS,
  trainingValidUntil,
  validTraining,
  type RuleSettings,
  type TrainingRecord,
} from '../../../../shared/domain';

/** valid / expiring (within 30 days) / expired / none recorded / valid with no expiry. */
export type TrainingState = 'valid' | 'expiring' | 'expired' | 'none' | 'no-expiry';

/** A training state, the day it lapses (if it does) and how the team says it. */
export interface TrainingStatus {
  state: TrainingState;
  until?: IsoDate;
  text: string;
}

/** How one record stands on `today`. */
export function recordStatus(record: TrainingRecord, settings: RuleSettings, today: IsoDate): TrainingStatus {
  const until = trainingValidUntil(record, settings);
  if (until === undefined) return { state: 'no-expiry', text: 'Does not expire' };
  if (until < today) return { state: 'expired', until, text: `Expired ${formatShortDate(until)}` };
  if (daysBetween(today, until) <= EXPIRING_WITHIN_DAYS) {
    return { state: 'expiring', until, text: `Expires ${formatShortDate(until)}` };
  }
  return { state: 'valid', until, text: `Valid until ${formatShortDate(until)}` };
}

/** A person's NHS DSA Level 1 training on `today`: the record valid longest, else the last one that lapsed. */
export function dsaStatus(
  personId: string,
  records: readonly TrainingRecord[],
  settings: RuleSettings,
  today: IsoDate,
): TrainingStatus {
  const valid = validTraining(personId, 'nhs-dsa-level-1', records, today, settings);
  if (valid) return recordStatus(valid.record, settings, today);
  const lapsed = records
    .filter((record) => record.personId === personId && record.kind === 'nhs-dsa-level-1')
    .map((record) => trainingValidUntil(record, settings))
    .filter((until): until is IsoDate => until !== undefined && until < today)
    .sort()
    .at(-1);
  return lapsed
    ? { state: 'expired', until: lapsed, text: `Expired ${formatShortDate(lapsed)}` }
    : { state: 'none', text: 'None recorded' };
}

const CHIP_CLASS: Record<TrainingState, string> = {
  valid: 'chip-ready',
  'no-expiry': 'chip-ready',
  expiring: 'chip-expiring',
  expired: 'chip-not-ready',
  none: 'chip-neutral',
};

/** The chip class of a training state (words carry the meaning; colour repeats it). */
export function trainingChipClass(state: TrainingState): string {
  return `chip ${CHIP_CLASS[state]}`;
}
