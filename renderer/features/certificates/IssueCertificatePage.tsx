/**
 * Route `projects/:projectId/certificate`: the project's certificate of deletion — the form, its preview
 * and Issue while the project is closing (or its certificate was voided); the issued certificate once it
 * exists, its countersigned copy and voiding; and the project's void certificates.
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { useApp } from '../../app/app-context';
import { EmptyState } from '../../components/EmptyState';
import { UnsavedFormsProvider } from '../../components/form/unsaved-forms';
import { PageHeader } from '../../components/PageHeader';
import { certificateScreenData } from './certificate-queries';
import { CertificateForm } from './CertificateForm';
import { ExportProjectRecordButton } from './ExportProjectRecordButton';
import { IssuedCertificate } from './IssuedCertificate';
import { CountersignedCopyPanel } from './aftercare/CountersignedCopyPanel';
import { VoidCertificatePanel } from './aftercare/VoidCertificatePanel';
import { VoidCertificates } from './aftercare/VoidCertificates';
import '../../components/form/forms.css';
import './certificates.css';
import { prefetchPdfTools } from '../../components/documents/pdf-documents';

/** The certificate page of one project. */
export function IssueCertificatePage() {
  const { projectId = '' } = useParams();
  const { db } = useApp();
  useEffect(prefetchPdfTools, []);
  const data = useLiveQuery(() => certificateScreenData(db, projectId), [db, projectId]);
  const [justIssued, setJustIssued] = useState<string | null>(null);

  if (data === undefined) return <p className="muted">Loading the project…</p>;
  if (data === null) {
    return (
      <>
        <PageHeader title="Project not found" />
        <EmptyState title="This project is not recorded">
          <p>
            The link may be wrong. <Link to="/certificates">Go to the certificate register</Link>.
          </p>
        </EmptyState>
      </>
    );
  }
  const { project, facts, certificates, sources, blockers, organisation } = data;
  const certificate = facts.certificate;
  const replacing = sources.replaces;
  return (
    <UnsavedFormsProvider>
      <p className="back-link">
        <Link to={`/projects/${project.id}${project.stage === 'closure' ? '?stage=closure' : ''}`}>
          ← {project.reference}
        </Link>
      </p>
      <PageHeader
        title={
          certificate
            ? `Certificate of deletion ${certificate.number}`
            : replacing
              ? `Issue the replacement of ${replacing}`
              : 'Issue the certificate of deletion'
        }
        description={`${project.reference} · ${project.title}`}
        actions={<ExportProjectRecordButton projectId={project.id} />}
      />
      {certificate ? (
        <>
          <IssuedCertificate
            certificate={certificate}
            project={project}
            organisation={organisation}
            justIssued={justIssued === certificate.number}
          />
          <CountersignedCopyPanel certificate={certificate} />
          <VoidCertificatePanel certificate={certificate} />
        </>
      ) : (
        <CertificateForm
          sources={sources}
          blockers={blockers}
          organisation={organisation}
          onIssued={setJustIssued}
        />
      )}
      <VoidCertificates certificates={certificates} />
    </UnsavedFormsProvider>
  );
}
