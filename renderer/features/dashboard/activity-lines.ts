/**
 * Recent activity as lines: runs of the same change by the same person (such as loading demo data) read as
 * one line with a count, so a bulk change does not fill the panel. Updates are never folded: each says
 * which fields changed.
 */
import type { AuditEvent } from '../../../shared/domain';

/** One line: the newest event of a run, how many events the run holds, and whether it may go on. */
export interface ActivityLine {
  first: AuditEvent;
  count: number;
  /** The run reaches the last event read, so it may hold more events than counted. */
  more: boolean;
}

function sameRun(a: AuditEvent, b: AuditEvent): boolean {
  return (
    a.action !== 'update' &&
    a.actor.staffId === b.actor.staffId &&
    a.action === b.action &&
    a.entity === b.entity
  );
}

/** Folds consecutive events (newest first) into lines; `truncated` says older events were not read. */
export function activityLines(events: readonly AuditEvent[], truncated: boolean): ActivityLine[] {
  const lines: ActivityLine[] = [];
  for (const event of events) {
    const last = lines.at(-1);
    if (last && sameRun(last.first, event)) last.count += 1;
    else lines.push({ first: event, count: 1, more: false });
  }
  const last = lines.at(-1);
  if (last && truncated) last.more = true;
  return lines;
}
