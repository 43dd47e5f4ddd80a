/**
 * Evidence of the closure: the destruction record's proof (a tool's erasure report, a signed destruction
 * form, photographs of destroyed media), kept as files on the closure record.
 */
import type { ClosureRecord } from '../../../../../shared/domain';
import { EvidenceFiles } from '../../../../components/evidence/EvidenceFiles';

/** The closure's evidence files, once the closure checklist has been saved. */
export function ClosureEvidence({
  record,
  readOnly,
}: {
  record: ClosureRecord | undefined;
  readOnly: boolean;
}) {
  return (
    <section className="panel" aria-labelledby="closure-evidence-heading">
      <h2 id="closure-evidence-heading">Destruction evidence</h2>
      <p className="panel-intro">
        Files that prove the data was destroyed: an erasure tool’s report, a signed destruction form,
        photographs of destroyed media.
      </p>
      {record ? (
        <EvidenceFiles
          target={{ entity: 'closure-record', entityId: record.id }}
          what="the closure record"
          readOnly={readOnly}
        />
      ) : (
        <p className="muted">Save a part of the closure checklist first; evidence is kept with it.</p>
      )}
    </section>
  );
}
