/**
 * The certificate of deletion before it is issued, as the officer sees it, with no I/O: why it cannot be
 * issued yet, where each record is corrected, exactly what will print, "Save PDF preview…", and Issue with
 * its confirmation and what the last attempt did. What the officer chooses goes out through the callbacks;
 * `CertificateForm` builds the draft from the records, saves the preview and issues.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatLongDate, type IsoDate } from '../../../shared/dates';
import {
  PREVIEW_MARK,
  certificatePreviewDocument,
  type CertificateDraftContent,
} from '../../../shared/documents/certificate/certificate-preview';
import type { DraftProblem } from '../../../shared/documents/certificate/draft-problems';
import type { Project } from '../../../shared/domain';
import { DocumentPreview } from './DocumentPreview';
import { DraftSources } from './DraftSources';

/** Why the last attempt to issue did not issue, with the reasons when there are several. */
export type IssueFailure = { message: string; reasons?: string[] };

/** What the view shows and where the officer's choices go. */
export interface CertificateFormViewProps {
  project: Project;
  /** The certificate's date if issued now. */
  today: IsoDate;
  /** The certificate as it will print (undefined while a record lacks something it prints). */
  draft: CertificateDraftContent | undefined;
  /** What the records lack, each with the record to correct. */
  problems: DraftProblem[];
  /** What is still missing before the certificate may be issued (empty: it may be). */
  blockers: string[];
  organisation: string;
  /** The officer is asked to confirm the issue. */
  confirming: boolean;
  /** An issue is under way. */
  busy: boolean;
  failure: IssueFailure | null;
  /** The preview's PDF is being made and saved. */
  previewBusy: boolean;
  /** The status line of the last preview save. */
  previewOutcome: ReactNode;
  onSavePreview: () => void;
  /** "Issue certificate…": ask for the confirmation. */
  onAskToIssue: () => void;
  onCancelIssue: () => void;
  onIssue: () => void;
}

/** The certificate form's view. */
export function CertificateFormView(props: CertificateFormViewProps) {
  const { project, today, draft, problems, blockers, organisation, busy, failure } = props;
  const canIssue = blockers.length === 0 && draft !== undefined;
  return (
    <div className="cert-form">
      {blockers.length > 0 && (
        <p className="cert-blocked-notice" role="note">
          <strong>This certificate cannot be issued yet:</strong>{' '}
          {blockers.length === 1 ? 'one item is' : `${blockers.length} items are`} still missing (listed under
          “Issue the certificate” below).{' '}
          {project.stage === 'closure' && project.status === 'open' && (
            <Link to={`/projects/${project.id}?stage=closure`}>Complete the closure checklist</Link>
          )}
        </p>
      )}
      <DraftSources project={project} problems={problems} />

      <section className="panel cert-preview-panel" aria-labelledby="cert-preview-heading">
        <div className="panel-heading-row">
          <h2 id="cert-preview-heading">What will print</h2>
          <span className="chip chip-warn">Not issued</span>
        </div>
        <p className="panel-intro">
          The certificate as it will be printed: the same text, in the same order, as the PDF. Its number and
          fingerprint are given when it is issued.
        </p>
        {draft ? (
          <DocumentPreview
            spec={certificatePreviewDocument(draft, organisation)}
            label="Preview of the certificate of deletion"
            mark={PREVIEW_MARK}
          />
        ) : (
          <p className="cert-preview-missing" role="note">
            The preview appears once the records above are complete.
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button secondary"
            onClick={props.onSavePreview}
            disabled={props.previewBusy || !draft}
          >
            Save PDF preview…
          </button>
        </div>
        {props.previewOutcome}
      </section>

      <section className="panel cert-issue-panel" aria-labelledby="cert-issue-heading">
        <h2 id="cert-issue-heading">Issue the certificate</h2>
        {blockers.length === 0 ? (
          <p>
            Issuing gives the certificate the next number of the certificate register and stores the SHA-256
            fingerprint of its content, so any copy can be verified later. An issued certificate cannot be
            changed; a wrong one can be voided and replaced by a manager.
          </p>
        ) : (
          <>
            <p id="cert-blockers-intro">
              The certificate cannot be issued until the closure checklist is complete. Still missing:
            </p>
            <ul className="blockers" aria-labelledby="cert-blockers-intro">
              {blockers.map((blocker) => (
                <li key={blocker}>{blocker}</li>
              ))}
            </ul>
          </>
        )}
        {failure && (
          <div role="alert" className="form-failure">
            {failure.message}
            {failure.reasons && (
              <ul className="blockers">
                {failure.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {props.confirming ? (
          <div className="confirm-box" role="group" aria-labelledby="cert-confirm-text">
            <p id="cert-confirm-text">
              Issue the certificate of deletion for {project.reference}, dated {formatLongDate(today)}? It
              cannot be changed once issued.
            </p>
            <div className="form-actions">
              <button type="button" className="button" disabled={busy} onClick={props.onIssue}>
                Issue certificate
              </button>
              <button type="button" className="button secondary" onClick={props.onCancelIssue}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="button" disabled={!canIssue} onClick={props.onAskToIssue}>
              Issue certificate…
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
