/**
 * Retention of an ended project: what is kept (certificate of deletion, audit log, minimal project record)
 * and until when, flagged once the minimal record's date has passed or is near. Shows nothing while the
 * project is open.
 */
import { formatLongDate, londonToday, type IsoDate } from '../../../shared/dates';
import {
  RECORD_RETENTION_REASON,
  RECORD_RETENTION_YEARS,
  retentionOf,
  statusLabel,
  type Project,
  type RetentionState,
} from '../../../shared/domain';
import './certificates.css';

const STATE_CHIP: Record<RetentionState, { text: string; className: string }> = {
  retained: { text: 'Within retention period', className: 'chip chip-done' },
  'review-soon': { text: 'Review soon', className: 'chip chip-warn' },
  'review-due': { text: 'Review due', className: 'chip chip-bad' },
};

function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

/** The retention panel of an ended project (`today` may be given for tests). */
export function RetentionPanel({ project, today = londonToday() }: { project: Project; today?: IsoDate }) {
  const retention = retentionOf(project, today);
  if (!retention) return null;
  const chip = STATE_CHIP[retention.state];
  const until = formatLongDate(retention.recordKeptUntil);
  return (
    <section className="panel retention-panel" aria-labelledby="retention-heading">
      <div className="panel-heading-row">
        <h2 id="retention-heading">Retention</h2>
        <span className={chip.className}>{chip.text}</span>
      </div>
      <p className="panel-intro">
        {statusLabel(project.status)} on {formatLongDate(retention.endedOn)}. The research data itself is not
        kept.
      </p>
      {retention.state === 'review-due' && (
        <p className="retention-flag" role="note">
          The minimal project record passed its retention date on {until} ({days(-retention.daysLeft)} ago).
          Review it: remove the researchers’ personal details that are no longer needed, or record why they
          are kept.
        </p>
      )}
      {retention.state === 'review-soon' && (
        <p className="retention-flag is-soon" role="note">
          The minimal project record reaches its retention date on {until}, in {days(retention.daysLeft)}.
        </p>
      )}
      <dl className="retention-items">
        {retention.items.map((item) => (
          <div key={item.key}>
            <dt>{item.label}</dt>
            <dd>
              <span className="retention-until">
                {item.keptUntil ? `Kept until ${formatLongDate(item.keptUntil)}` : 'Kept permanently'}
              </span>
              <span className="retention-what">{item.what}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">
        Why {RECORD_RETENTION_YEARS} years after the project ended: {RECORD_RETENTION_REASON}
      </p>
    </section>
  );
}
