/** The destruction of the data as recorded, read-only: each fact the certificate prints, under its name. */
import { formatShortDate } from '../../../../../shared/dates';
import type { Destruction } from '../../../../../shared/domain';

/** The recorded destruction as a list of facts. */
export function DestructionFacts({ destruction }: { destruction: Destruction }) {
  return (
    <dl className="facts">
      <dt>Date</dt>
      <dd>{formatShortDate(destruction.date)}</dd>
      {destruction.backupsOverwrittenBy && (
        <>
          <dt>Backups overwritten by</dt>
          <dd>{formatShortDate(destruction.backupsOverwrittenBy)}</dd>
        </>
      )}
      <dt>Method</dt>
      <dd>{destruction.method}</dd>
      <dt>Technique</dt>
      <dd>{destruction.technique}</dd>
      <dt>Tool</dt>
      <dd>{destruction.tool}</dd>
      <dt>Verification</dt>
      <dd>{destruction.verification}</dd>
      <dt>Performed by</dt>
      <dd>
        {destruction.performedBy.name}, {destruction.performedBy.role}
      </dd>
      <dt>Witnessed by</dt>
      <dd>
        {destruction.witnessedBy.name}, {destruction.witnessedBy.role}
      </dd>
    </dl>
  );
}
