/**
 * What each stage's tab shows. Enquiry and Onboarding are built here; Set Up, Access, Active and Closure
 * are their own screens (features/projects/stages/<stage>/), each given the project.
 */
import type { Project, Stage } from '../../../shared/domain';
import { AccessStage } from './stages/access/AccessStage';
import { ActiveStage } from './stages/active/ActiveStage';
import { ClosureStage } from './stages/closure/ClosureStage';
import { EnquiryStage } from './stages/enquiry/EnquiryStage';
import { OnboardingStage } from './stages/onboarding/OnboardingStage';
import { SetupStage } from './stages/setup/SetupStage';

/** The screen of `stage` for the project; `editable` when it is the current stage of an open project. */
export function StageScreen({
  stage,
  project,
  editable,
}: {
  stage: Stage;
  project: Project;
  editable: boolean;
}) {
  switch (stage) {
    case 'enquiry':
      return <EnquiryStage project={project} editable={editable} />;
    case 'onboarding':
      return <OnboardingStage project={project} editable={editable} />;
    case 'setup':
      return <SetupStage project={project} />;
    case 'access':
      return <AccessStage project={project} />;
    case 'active':
      return <ActiveStage project={project} />;
    case 'closure':
      return <ClosureStage project={project} />;
  }
}
