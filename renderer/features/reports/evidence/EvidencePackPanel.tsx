/**
 * "Evidence pack": builds one zip for an audit (training compliance, the access list of every live project,
 * the certificate register and the audit log's verification, with a README of SHA-256 sums) and saves it
 * through the host.
 */
import { useState } from 'react';
import { formatInstant, londonToday, nowInstant } from '../../../../shared/dates';
import { trainingCompliance } from '../../../../shared/domain/reports';
import { useApp } from '../../../app/app-context';
import { useCurrentStaff, useWriteContext } from '../../../app/current-staff';
import { saveExport } from '../../../components/documents/document-files';
import { recordCheckpoint } from '../../../db/audit/anchors';
import { verifyAuditLog, type AuditLogVerdict } from '../../../db/audit/verify';
import { readOutsideAnchor } from '../../../db/audit/outside-anchor';
import { certificateRegister, liveMembers } from '../../../db/repositories/report-queries';
import { accessList } from './access-list';
import { certificateRegisterTable } from './certificate-register';
import { gatherAttachments } from './evidence-attachments';
import { EVIDENCE_FILES, buildEvidencePack } from './evidence-pack';
import { faultMessage } from '../../../db/errors';

type State =
  | { step: 'idle' }
  | { step: 'working'; doing: string }
  | { step: 'done'; message: string; verdict: AuditLogVerdict; verifiedAt: string }
  | { step: 'failed'; message: string };

/** The evidence pack panel. */
export function EvidencePackPanel() {
  const { db, host } = useApp();
  const { actor } = useCurrentStaff();
  const ctx = useWriteContext();
  const [state, setState] = useState<State>({ step: 'idle' });

  async function build() {
    try {
      setState({ step: 'working', doing: 'Checking the audit log…' });
      const verdict = await verifyAuditLog(db, { outside: await readOutsideAnchor(host) });
      // The pack carries the log's end, and the same end is kept as a checkpoint outside the database.
      const head = verdict.intact ? (await recordCheckpoint(db, 'evidence-pack'))?.latest.head : undefined;
      const verifiedAt = nowInstant();
      setState({ step: 'working', doing: 'Gathering the records…' });
      const today = londonToday();
      const [members, certificates] = await Promise.all([liveMembers(db), certificateRegister(db)]);
      setState({ step: 'working', doing: 'Reading the evidence files…' });
      const attachments = await gatherAttachments(
        db,
        async (request) => (await host.readEvidenceFile(request)).bytes,
      );
      const { zip } = buildEvidencePack({
        organisationName: members.settings.organisationName,
        today,
        madeAt: nowInstant(),
        madeBy: { staffName: actor.staffName, osUser: actor.osUser },
        compliance: trainingCompliance(
          members.projects,
          members.memberships,
          members.trainings,
          today,
          members.settings,
        ),
        accessList: accessList(members, today),
        certificates: certificateRegisterTable(certificates),
        verdict,
        verifiedAt,
        head,
        attachments,
      });
      setState({ step: 'working', doing: 'Saving…' });
      const result = await saveExport(
        ctx,
        host,
        { suggestedName: `DSH evidence pack ${today}.zip`, kind: 'zip', bytes: zip },
        {
          entity: 'database',
          entityId: 'evidence-pack',
          document: 'evidence pack',
          details: { auditLog: verdict.intact ? 'intact' : 'broken' },
        },
      );
      const message =
        result.status === 'saved' ? `Saved to ${result.path}` : 'Not saved: the save was cancelled.';
      setState({ step: 'done', message, verdict, verifiedAt });
    } catch (error) {
      setState({ step: 'failed', message: faultMessage(error) });
    }
  }

  return (
    <section className="panel evidence-panel" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence pack for an audit</h2>
      <p>One zip file, made now from the records, holding:</p>
      <ul className="evidence-contents">
        <li>
          <strong>Training compliance</strong> of every live project, and over all of them (
          <code>{EVIDENCE_FILES.compliance}</code>, <code>{EVIDENCE_FILES.complianceSummary}</code>)
        </li>
        <li>
          <strong>The access list</strong> of every live project: each member, their access form, access
          granted and revoked, and readiness today (<code>{EVIDENCE_FILES.accessList}</code>)
        </li>
        <li>
          <strong>The certificate register</strong>, with each certificate’s SHA-256 fingerprint (
          <code>{EVIDENCE_FILES.certificates}</code>)
        </li>
        <li>
          <strong>The audit log’s verification</strong>, run as the pack is made, with its date and time (
          <code>{EVIDENCE_FILES.auditVerification}</code>)
        </li>
        <li>
          <strong>The evidence files</strong> attached to records (certificates, signed forms, destruction
          evidence), with an index of which record each proves (<code>{EVIDENCE_FILES.attachments}</code>)
        </li>
      </ul>
      <p className="muted small">
        A <code>{EVIDENCE_FILES.readme}</code> lists who made the pack and when, and the SHA-256 of every
        file. Checking a large audit log can take a minute.
      </p>
      <button
        type="button"
        className="button"
        disabled={state.step === 'working'}
        onClick={() => void build()}
      >
        {state.step === 'working' ? 'Building the evidence pack…' : 'Build the evidence pack…'}
      </button>
      <div role="status" className="status-line">
        {state.step === 'working' && <p className="muted">{state.doing}</p>}
        {state.step === 'done' && (
          <>
            <p>{state.message}</p>
            <p className={state.verdict.intact ? 'verdict-ok' : 'verdict-bad'}>
              {state.verdict.message}{' '}
              <span className="muted">(checked {formatInstant(state.verifiedAt)})</span>
            </p>
          </>
        )}
        {state.step === 'failed' && (
          <p className="form-failure">The evidence pack was not made: {state.message} Try again.</p>
        )}
      </div>
    </section>
  );
}
