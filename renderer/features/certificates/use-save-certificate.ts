/**
 * Saving an issued certificate's PDF through the host, recorded in the audit log once saved; the first time,
 * the file's SHA-256 is kept in the register.
 */
import type { Certificate } from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import {
  certificateFileName,
  issuedCertificateFile,
  useExport,
} from '../../components/documents/document-files';

/** `saveCertificate(certificate)` and the outcome of the last save. */
export function useSaveCertificate() {
  const ctx = useWriteContext();
  const { outcome, run, busy } = useExport();
  const saveCertificate = (certificate: Certificate) =>
    run(async () => ({
      suggestedName: certificateFileName(certificate),
      kind: 'pdf',
      bytes: await issuedCertificateFile(ctx, certificate),
      record: { entity: 'certificate', entityId: certificate.id, document: 'certificate of deletion' },
    }));
  return { outcome, busy, saveCertificate };
}
