/**
 * Stage 2, Onboarding: the onboarding form and the people who will need access. Read-only once the project
 * has moved on or ended.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { listApplications, listConnectionTypes } from '../../../../db/repositories/catalogues';
import { OnboardingForm } from './OnboardingForm';
import { OnboardingSummary } from './OnboardingSummary';

/** The Onboarding stage of a project; `editable` when it is the project's current stage and still open. */
export function OnboardingStage({ project, editable }: { project: Project; editable: boolean }) {
  const { db } = useApp();
  const catalogues = useLiveQuery(
    async () => ({
      applications: await listApplications(db),
      connectionTypes: await listConnectionTypes(db),
    }),
    [db],
  );
  if (!catalogues) return <p className="muted">Loading the catalogues…</p>;
  return editable ? (
    <OnboardingForm project={project} {...catalogues} />
  ) : (
    <OnboardingSummary project={project} {...catalogues} />
  );
}
