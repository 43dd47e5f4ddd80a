/**
 * The certificate of deletion: issued (its number and date, and whether the data controller's
 * countersigned copy came back), voided and awaiting its replacement, or not yet issued, with every item of
 * the closure checklist still missing before it can be issued (from the domain's certificateBlockers).
 */
import { Link } from 'react-router';
import { formatShortDate } from '../../../../../shared/dates';
import type { Certificate } from '../../../../../shared/domain';
import './closure.css';

/** The certificate panel. */
export function CertificateStatus({
  projectId,
  certificate,
  voided,
  blockers,
}: {
  projectId: string;
  /** The certificate that stands (not void). */
  certificate: Certificate | undefined;
  /** The void certificate the next one replaces, if any. */
  voided?: Certificate | undefined;
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
          <p>
            {certificate.countersigned
              ? `Countersigned copy received on ${formatShortDate(certificate.countersigned.receivedOn)} (${certificate.countersigned.by}).`
              : 'The data controller’s countersigned copy has not been recorded.'}
          </p>
          <Link to={`/projects/${projectId}/certificate`}>View the certificate</Link>
        </>
      ) : (
        <>
          {voided?.voided ? (
            <p className="certificate-status">
              Certificate {voided.number} was voided on {formatShortDate(voided.voided.on)}:{' '}
              {voided.voided.reason} Its replacement is not yet issued.
            </p>
          ) : (
            <p className="certificate-status">Certificate of deletion: not yet issued.</p>
          )}
          {blockers && blockers.length === 0 && (
            <>
              <p className="gate-met">
                Everything on the closure checklist is recorded: the certificate can be issued.
              </p>
              <Link className="button" to={`/projects/${projectId}/certificate`}>
                {voided ? `Issue the replacement of ${voided.number}…` : 'Issue the certificate of deletion…'}
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
