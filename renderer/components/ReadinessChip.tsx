/** Ready / expiring / not ready, as a chip with words (never colour alone) and the reasons on hand. */
import type { Readiness } from '../../shared/domain';

const TEXT: Record<Readiness['state'], string> = {
  ready: 'Ready',
  expiring: 'Expiring',
  'not-ready': 'Not ready',
};

/** A person's readiness on a project; the reasons are listed beside it when `showReasons` is set. */
export function ReadinessChip({
  readiness,
  showReasons = false,
}: {
  readiness: Readiness;
  showReasons?: boolean;
}) {
  const detail = readiness.reasons.join(' ');
  return (
    <span className="readiness">
      <span className={`chip chip-${readiness.state}`} title={detail || undefined}>
        {TEXT[readiness.state]}
      </span>
      {showReasons && readiness.reasons.length > 0 && (
        <ul className="readiness-reasons">
          {readiness.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </span>
  );
}
