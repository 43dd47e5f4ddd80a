/**
 * The certificate of deletion: issued (its number and date), or not yet, with every item of the closure
 * checklist still missing before it can be issued (from the domain's certificateBlockers).
 */
import { Link } from 'react-router';
import { formatShortDate } from '../../../../../shared/dates';
import type { Certificate } from '../../../../../shared/domain';
import './closure.css';

/** The certificate panel. */
export function CertificateStatus({
  projectId,
  certificate,
  blockers,
}: {
  projectId: string;
  certificate: Certificate | undefined;
  /** Undefined while they are worked out. */
  blockers: string[] | undefined;
}) {
  const ready = certificate !== undefined || blockers?.length === 0;
  return (
    <section
      className={`panel certificate-panel${ready ? ' is-ready' : ''}`}
      aria-labelledby="certificate-heading"
    >
      <h2 id="certificate-heading">Certificate of deletion</h2>
      {certificate ? (
        <>
          <p className="certificate-status">
            Certificate {certificate.number} issued on {formatShortDate(certificate.issuedOn)}.
          </p>
          <Link to={`/projects/${projectId}/certificate`}>View the certificate</Link>
        </>
      ) : (
        <>
          <p className="certificate-status">Certificate of deletion: not yet issued.</p>
          {blockers && blockers.length === 0 && (
            <>
              <p className="gate-met">
                Everything on the closure checklist is recorded: the certificate can be issued.
              </p>
              <Link className="button" to={`/projects/${projectId}/certificate`}>
                Issue the certificate of deletion…
              </Link>
            </>
          )}
          {blockers && blockers.length > 0 && (
            <>
              <p id="blockers-intro">Still missing before a certificate can be issued:</p>
              <ul className="blockers" aria-labelledby="blockers-intro">
                {blockers.map((blocker) => (
                  <li key={blocker}>{blocker}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
