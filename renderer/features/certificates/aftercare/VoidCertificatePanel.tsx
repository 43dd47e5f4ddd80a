/**
 * Voiding a wrong certificate: a manager gives the reason, the certificate stays in the register (its file
 * unchanged) marked void, and the project's certificate page offers its replacement. Officers see who may.
 */
import { useState } from 'react';
import type { Certificate } from '../../../../shared/domain';
import { useCurrentStaff, useWriteContext } from '../../../app/current-staff';
import { ReasonForm } from '../../../components/form/ReasonForm';
import { voidCertificate } from '../../../db/repositories/certificate-lifecycle';

/** The "Void this certificate" panel of an issued certificate that stands. */
export function VoidCertificatePanel({ certificate }: { certificate: Certificate }) {
  const ctx = useWriteContext();
  const { staffMember } = useCurrentStaff();
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="cert-void-heading">
      <h2 id="cert-void-heading">Void this certificate</h2>
      <p className="panel-intro">
        A certificate that is wrong is voided, never changed: it stays in the register marked void, its file
        still verifies as the one issued but is reported void, and a replacement with a new number names it.
      </p>
      {staffMember.role !== 'manager' ? (
        <p className="muted">Only a DSH manager can void a certificate.</p>
      ) : open ? (
        <ReasonForm
          title={`Void certificate ${certificate.number}`}
          explanation="Say what is wrong with it. Correct the records it was built from, then issue the replacement from this page."
          confirmLabel="Void certificate"
          danger
          onConfirm={async (reason) => {
            await voidCertificate(ctx, certificate.id, certificate.revision, { reason });
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="button secondary" onClick={() => setOpen(true)}>
            Void certificate…
          </button>
        </div>
      )}
    </section>
  );
}
