/**
 * One project: where it stands (stepper), the work of its current stage (one tab per stage reached,
 * earlier ones read-only), the gate to the next stage, e-mail drafts for its members, and its timeline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatShortDate } from '../../../shared/dates';
import { STAGES, stageNumber, statusLabel, type Project, type Stage } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { EmptyState } from '../../components/EmptyState';
import { UnsavedFormsProvider } from '../../components/form/unsaved-forms';
import { PageHeader } from '../../components/PageHeader';
import { ExportProjectRecordButton } from '../certificates/ExportProjectRecordButton';
import { RetentionPanel } from '../certificates/RetentionPanel';
import { CaseOfficerPanel } from './project/CaseOfficerPanel';
import { EmailDrafts } from './project/EmailDrafts';
import { EndedNotice } from './project/EndedNotice';
import { ProjectGate } from './project/ProjectGate';
import { StageTabs } from './project/StageTabs';
import { Timeline } from './project/Timeline';
import { StageScreen } from './stage-screens';
import { StageStepper } from './stage/StageStepper';
import '../../components/form/forms.css';
import './projects.css';

/** The project page. */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const { db } = useApp();
  const loaded = useLiveQuery(
    async () => ({ project: (await db.projects.get(projectId)) ?? null }),
    [db, projectId],
  );
  if (!loaded) return <p className="muted">Loading the project…</p>;
  if (!loaded.project) {
    return (
      <>
        <PageHeader title="Project not found" />
        <EmptyState title="This project is not recorded">
          <p>
            It may have been deleted in another window, or the link is wrong.{' '}
            <Link to="/projects">Go to the projects register</Link>.
          </p>
        </EmptyState>
      </>
    );
  }
  return (
    <UnsavedFormsProvider>
      <ProjectView project={loaded.project} />
    </UnsavedFormsProvider>
  );
}

function ProjectView({ project }: { project: Project }) {
  const { db } = useApp();
  const [params, setParams] = useSearchParams();
  const lead = useLiveQuery(
    async () =>
      project.onboarding.leadResearcherId
        ? ((await db.people.get(project.onboarding.leadResearcherId)) ?? null)
        : null,
    [db, project.onboarding.leadResearcherId],
  );
  const open = project.status === 'open';
  const reached = STAGES.filter((stage) => stageNumber(stage) <= stageNumber(project.stage));
  const asked = params.get('stage');
  const selected: Stage = reached.find((stage) => stage === asked) ?? project.stage;
  const selectStage = (stage: Stage) =>
    setParams(stage === project.stage ? {} : { stage }, { replace: true, preventScrollReset: true });

  const who = lead ? `Lead researcher: ${lead.name}` : `Contact: ${project.enquiry.contact.name}`;
  return (
    <>
      <p className="back-link">
        <Link to="/projects">← Projects</Link>
      </p>
      <PageHeader
        title={`${project.reference} · ${project.title}`}
        description={`${statusLabel(project.status)} · ${who} · ${project.enquiry.contact.organisation} · Received ${formatShortDate(project.enquiry.receivedOn)}`}
        actions={<ExportProjectRecordButton projectId={project.id} />}
      />
      <StageStepper project={project} />
      <EndedNotice project={project} />
      <RetentionPanel project={project} />
      <div className="project-layout">
        <div className="project-main">
          <StageTabs
            stages={reached}
            current={open ? project.stage : undefined}
            selected={selected}
            onSelect={selectStage}
            panel={(stage) => (
              <StageScreen stage={stage} project={project} editable={open && stage === project.stage} />
            )}
          />
        </div>
        <aside className="project-aside" aria-label="Gate, case officer, e-mail and timeline">
          <ProjectGate
            projectId={project.id}
            onMoved={() => setParams({}, { replace: true })}
            onShowStage={() => selectStage(project.stage)}
          />
          <CaseOfficerPanel project={project} />
          <EmailDrafts project={project} />
          <Timeline projectId={project.id} />
        </aside>
      </div>
    </>
  );
}
