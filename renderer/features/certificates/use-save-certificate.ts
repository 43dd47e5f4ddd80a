/** Saving an issued certificate's PDF through the host, recorded in the audit log once saved. */
import type { Certificate } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { certificateFileName, certificatePdfBytes, useExport } from './document-files';

/** `saveCertificate(certificate)` and the outcome of the last save. */
export function useSaveCertificate() {
  const { db } = useApp();
  const { outcome, run, busy } = useExport();
  const saveCertificate = (certificate: Certificate) =>
    run(async () => ({
      suggestedName: certificateFileName(certificate),
      kind: 'pdf',
      bytes: await certificatePdfBytes(db, certificate),
      record: { entity: 'certificate', entityId: certificate.id, document: 'certificate of deletion' },
    }));
  return { outcome, busy, saveCertificate };
}
