/**
 * Stage 6, Closure: the closure checklist — outputs extracted, every member's access revoked, every storage
 * location checked, the data destroyed, the data owner's authorisation — and what is still missing before
 * the certificate of deletion can be issued. Each part saves on its own, so the checklist can be filled in
 * over several sittings. Read-only once the project is closed or withdrawn, except that a closed project
 * whose certificate was voided has its checklist corrected for the replacement.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { londonToday } from '../../../../../shared/dates';
import { certificateBlockers, statusLabel, unreplacedVoid, type Project } from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { UnsavedFormsProvider } from '../../../../components/form/unsaved-forms';
import { ReadOnlyNotice } from '../../../../components/ReadOnlyNotice';
import { certificatesOf } from '../../../../db/repositories/certificates';
import { factsOf, factTables } from '../../../../db/repositories/project-facts';
import { AuthorisationSection } from './AuthorisationSection';
import { CertificateStatus } from './CertificateStatus';
import { ClosureEvidence } from './ClosureEvidence';
import { DestructionSection } from './DestructionSection';
import { ExtractsSection } from './ExtractsSection';
import { RevocationSection } from './RevocationSection';
import { StorageSection } from './StorageSection';

/** The Closure screen of a project. */
export function ClosureStage({ project }: { project: Project }) {
  const { db } = useApp();
  const facts = useLiveQuery(
    () => db.transaction('r', factTables(db), () => factsOf(db, project)),
    [db, project],
  );
  const certificates = useLiveQuery(() => certificatesOf(db, project.id), [db, project.id]);
  if (!facts || !certificates) return null;
  const voided = unreplacedVoid(certificates);
  const correcting = project.status === 'closed' && !facts.certificate && voided !== undefined;
  const readOnly = project.status !== 'open' && !correcting;
  const record = facts.closure;
  const blockers = certificateBlockers(project, facts, londonToday());
  // Each section saves only its own part over the record as stored, against the revision it was opened on:
  // a save of another section never clashes; a change elsewhere to the same section is refused and said.
  const sectionProps = { projectId: project.id, record, readOnly };
  return (
    <UnsavedFormsProvider>
      {correcting && (
        <ReadOnlyNotice>
          This project is closed, but its certificate {voided.number} was voided: correct the closure
          checklist below, then issue the replacement.
        </ReadOnlyNotice>
      )}
      {readOnly && (
        <ReadOnlyNotice>
          This project is {statusLabel(project.status).toLowerCase()}: its closure checklist is kept as it
          was.
        </ReadOnlyNotice>
      )}
      <CertificateStatus
        projectId={project.id}
        certificate={facts.certificate}
        voided={voided}
        blockers={blockers}
      />
      <ExtractsSection {...sectionProps} />
      <RevocationSection projectId={project.id} readOnly={project.status !== 'open'} />
      <StorageSection {...sectionProps} />
      <DestructionSection {...sectionProps} />
      <ClosureEvidence record={record} readOnly={readOnly} />
      <AuthorisationSection {...sectionProps} />
    </UnsavedFormsProvider>
  );
}
