/**
 * What the DSH keeps about a project after it ends, and until when.
 *
 * The rule: the certificate of deletion and the audit log are kept permanently; the minimal project record
 * (reference, title, researchers' names, dates, agreements, the closure checklist) is kept for
 * `RECORD_RETENTION_YEARS` after the day the project ended, then reviewed. Nothing of the research data is
 * kept: it was destroyed before the certificate was issued.
 */
import { addDaysIso, addMonthsIso, daysBetween, type IsoDate } from '../dates';
import type { Project } from './schemas/project';

/** Years the minimal project record is kept after the project ends. */
export const RECORD_RETENTION_YEARS = 6;

/** Why that long, in plain words (shown beside the retention date). */
export const RECORD_RETENTION_REASON =
  'it is the time within which a claim about the project can be brought (Limitation Act 1980), and the ' +
  'period UK research organisations’ retention schedules commonly give for research project administration ' +
  'records.';

/** How many days before the retention date the record is flagged for review. */
export const REVIEW_NOTICE_DAYS = 90;

/** One thing kept after the project ended. */
export interface RetainedItem {
  key: 'certificate' | 'audit-log' | 'minimal-record';
  label: string;
  /** What it holds and why it is kept. */
  what: string;
  /** The last day it is kept; undefined: kept permanently. */
  keptUntil?: IsoDate;
}

/** Where the minimal record stands: within its period, near its end, or past it (review it now). */
export type RetentionState = 'retained' | 'review-soon' | 'review-due';

/** What is kept about an ended project, until when, and whether its review is due. */
export interface Retention {
  endedOn: IsoDate;
  /** The last day the minimal project record is kept. */
  recordKeptUntil: IsoDate;
  /** Days from today to `recordKeptUntil` (negative once it has passed). */
  daysLeft: number;
  state: RetentionState;
  items: RetainedItem[];
}

/** The retention of a project that has ended (closed, withdrawn or declined); undefined while it is open. */
export function retentionOf(
  project: Pick<Project, 'status' | 'ended'>,
  today: IsoDate,
): Retention | undefined {
  if (project.status === 'open' || !project.ended) return undefined;
  const endedOn = project.ended.on;
  const recordKeptUntil = addMonthsIso(endedOn, RECORD_RETENTION_YEARS * 12);
  const daysLeft = daysBetween(today, recordKeptUntil);
  const state: RetentionState =
    today > recordKeptUntil
      ? 'review-due'
      : today >= addDaysIso(recordKeptUntil, -REVIEW_NOTICE_DAYS)
        ? 'review-soon'
        : 'retained';
  const items: RetainedItem[] = [
    ...(project.status === 'closed'
      ? [
          {
            key: 'certificate' as const,
            label: 'Certificate of deletion',
            what: 'The evidence that the data was destroyed, and its entry in the certificate register, so a copy can be verified at any time.',
          },
        ]
      : []),
    {
      key: 'audit-log',
      label: 'Audit log',
      what: 'Every change made to the project’s records, who made it and when. The log is hash-chained: removing events would break it.',
    },
    {
      key: 'minimal-record',
      label: 'Minimal project record',
      what: 'Reference, title, researchers’ names, dates, agreement references, members’ access and the closure checklist.',
      keptUntil: recordKeptUntil,
    },
  ];
  return { endedOn, recordKeptUntil, daysLeft, state, items };
}
