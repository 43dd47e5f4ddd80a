/**
 * The project's void certificates: each kept in the register with its exact file, when and why it was
 * voided, by whom, and the certificate that replaced it.
 */
import { formatLongDate } from '../../../../shared/dates';
import type { Certificate } from '../../../../shared/domain';
import { ExportOutcome } from '../../../components/documents/ExportOutcome';
import { useSaveCertificate } from '../use-save-certificate';

/** The "Void certificates" panel (nothing when none is void). */
export function VoidCertificates({ certificates }: { certificates: readonly Certificate[] }) {
  const save = useSaveCertificate();
  const voided = certificates.filter((certificate) => certificate.voided);
  if (voided.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="cert-void-list-heading">
      <h2 id="cert-void-list-heading">Void certificates</h2>
      <ul className="cert-void-list">
        {voided.map((certificate) => (
          <li key={certificate.id}>
            <p>
              <strong>{certificate.number}</strong> <span className="chip chip-bad">Void</span> issued on{' '}
              {formatLongDate(certificate.issuedOn)}, voided on {formatLongDate(certificate.voided!.on)} by{' '}
              {certificate.voided!.by}: {certificate.voided!.reason}{' '}
              {certificate.replacedBy ? `Replaced by ${certificate.replacedBy}.` : 'Not replaced yet.'}
            </p>
            <button
              type="button"
              className="button secondary small"
              disabled={save.busy}
              onClick={() => void save.saveCertificate(certificate)}
            >
              Save PDF…<span className="visually-hidden"> of {certificate.number} (void)</span>
            </button>
          </li>
        ))}
      </ul>
      <ExportOutcome outcome={save.outcome} what="Void certificate" />
    </section>
  );
}
