/**
 * Stage 1, Enquiry: the enquiry as received, the initial discussion and the suitability outcome — three
 * forms that save separately, so each can be recorded when it happens. Read-only once the project has
 * moved on or ended.
 */
import type { Project } from '../../../../../shared/domain';
import { DiscussionForm } from './DiscussionForm';
import { EnquirySummary } from './EnquirySummary';
import { IntakeForm } from './IntakeForm';
import { SuitabilityForm } from './SuitabilityForm';

/** The Enquiry stage of a project; `editable` when it is the project's current stage and still open. */
export function EnquiryStage({ project, editable }: { project: Project; editable: boolean }) {
  if (!editable) return <EnquirySummary project={project} />;
  return (
    <>
      <IntakeForm project={project} />
      <DiscussionForm project={project} />
      <SuitabilityForm project={project} />
    </>
  );
}
