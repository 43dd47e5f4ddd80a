/**
 * Verifies a certificate file the officer chooses against the certificate register: genuine (it matches
 * its register entry), void (issued, then voided: when, why, replaced by which), altered (changed since it was issued), unknown (not a certificate of this register)
 * or unreadable. The file is read in the app; nothing is uploaded or saved.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import type { CertificateVerification } from '../../../shared/documents/certificate/verify-certificate';
import { useApp } from '../../app/app-context';
import { findCertificate } from '../../db/repositories/certificates';
import { certificatePdfBytes } from '../../components/documents/document-files';
import { pdfDocuments } from '../../components/documents/pdf-documents';
import { registerEntryOf } from './certificate-queries';

const VERDICT_WORDS: Record<CertificateVerification['verdict'], string> = {
  genuine: 'Genuine',
  void: 'Void',
  altered: 'Altered',
  unknown: 'Unknown',
  unreadable: 'Unreadable',
};

type Checked = CertificateVerification & { fileName: string; projectId?: string };

/** The "Verify a certificate file" panel. */
export function VerifyCertificateFile() {
  const { db } = useApp();
  const inputId = useId();
  const [state, setState] = useState<
    { status: 'idle' } | { status: 'checking'; fileName: string } | { status: 'done'; result: Checked }
  >({ status: 'idle' });

  async function check(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ status: 'checking', fileName: file.name });
    let result: Checked;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { verifyCertificatePdf } = await pdfDocuments();
      const verification = await verifyCertificatePdf(bytes, {
        findByNumber: (number) => registerEntryOf(db, number),
        issuedPdf: async (number) => {
          const certificate = await findCertificate(db, number);
          if (!certificate) throw new Error(`${number} is not in the register`);
          return certificatePdfBytes(db, certificate);
        },
      });
      const entry = verification.number ? await findCertificate(db, verification.number) : undefined;
      result = { ...verification, fileName: file.name, ...(entry && { projectId: entry.projectId }) };
    } catch (error) {
      result = {
        verdict: 'unreadable',
        fileName: file.name,
        message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    setState({ status: 'done', result });
    // Choosing the same file again (e.g. after restoring the register) checks it again.
    event.target.value = '';
  }

  const result = state.status === 'done' ? state.result : undefined;
  return (
    <section className="panel" aria-labelledby="verify-cert-heading">
      <h2 id="verify-cert-heading">Verify a certificate file</h2>
      <p className="panel-intro">
        Choose a certificate of deletion (PDF), for example one sent back by a data owner. It is genuine only
        if every byte is the file that was issued: DSH Desk compares its SHA-256 with the register and, if it
        differs, says what was changed.
      </p>
      <div className="field cert-verify-field">
        <label htmlFor={inputId}>Certificate file (PDF)</label>
        <input
          id={inputId}
          type="file"
          accept=".pdf,application/pdf"
          onChange={(event) => void check(event)}
        />
      </div>
      <div role="status" className="status-line">
        {state.status === 'checking' && <p className="muted">Checking {state.fileName}…</p>}
        {result && (
          <div className={`cert-verdict verdict-${result.verdict}`}>
            <p className="cert-verdict-word">
              {VERDICT_WORDS[result.verdict]}
              <span className="cert-verdict-file"> · {result.fileName}</span>
            </p>
            <p>{result.message}</p>
            {result.projectId && result.number && (
              <p>
                <Link to={`/projects/${result.projectId}/certificate`}>
                  See the register entry for {result.number}
                </Link>
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
