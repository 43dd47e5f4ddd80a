/**
 * The data controller's countersigned copy of a certificate of deletion, kept as an evidence file of the
 * certificate. It may arrive long after the project closed, so it can be attached whatever the project's state.
 */
import type { Certificate } from '../../../shared/domain';
import { EvidenceFiles } from '../../components/evidence/EvidenceFiles';

/** The panel of countersigned copies of one certificate. */
export function CountersignedCopy({ certificate }: { certificate: Certificate }) {
  return (
    <section className="panel" aria-labelledby="cert-countersigned-heading">
      <h2 id="cert-countersigned-heading">Countersigned copy</h2>
      <p className="panel-intro">
        When the data controller returns the certificate signed, keep their copy here with it.
      </p>
      <EvidenceFiles
        target={{ entity: 'certificate', entityId: certificate.id }}
        what={`certificate ${certificate.number}`}
      />
    </section>
  );
}
