/**
 * The gate of each stage: what must be true before a project moves on. Each gate lists EVERY unmet
 * requirement in plain words, so the officer sees the whole to-do list at once.
 */
import { formatShortDate, type IsoDate } from '../dates';
import { certificateBlockers } from './closure-checklist';
import { membersOf, personName, type ProjectFacts } from './facts';
import { accessReasons, trainingReasons } from './readiness';
import { onboardingFormReasons } from './schemas/onboarding-validation';
import { suitabilityLabel, type Project } from './schemas/project';
import { SETUP_TASK_KINDS, setupTaskLabel } from './schemas/setup-task';
import type { Stage } from './stages';

/** The unmet requirements of one stage's gate. */
type Gate = (project: Project, facts: ProjectFacts, today: IsoDate) => string[];

const NO_MEMBERS = 'Add at least one member to the project.';

const enquiryGate: Gate = (project) => {
  const reasons: string[] = [];
  if (!project.discussion) reasons.push('Record the initial discussion.');
  if (!project.suitability) reasons.push('Record the suitability outcome.');
  else if (project.suitability.outcome !== 'suitable') {
    reasons.push(
      `The suitability outcome must be ‘suitable’ (it is ‘${suitabilityLabel(project.suitability.outcome)}’).`,
    );
  }
  return reasons;
};

const onboardingGate: Gate = (project, facts) => {
  const reasons = onboardingFormReasons(project.onboarding, facts.connectionTypes);
  const members = membersOf(project, facts);
  const leadId = project.onboarding.leadResearcherId;
  if (members.length === 0) {
    reasons.push('Add the people who will need access, at least the lead researcher.');
  } else if (leadId) {
    if (!members.some((m) => m.personId === leadId && m.role === 'lead')) {
      reasons.push(
        `Add the lead researcher, ${personName(leadId, facts)}, as a member with the role ‘lead’.`,
      );
    }
  } else if (!members.some((m) => m.role === 'lead')) {
    reasons.push('Give one member the role ‘lead’.');
  }
  return [...new Set(reasons)];
};

const setupGate: Gate = (project, facts, today) => {
  const done = new Set(facts.setupTasks.filter((t) => t.projectId === project.id).map((t) => t.kind));
  const reasons = SETUP_TASK_KINDS.filter((kind) => !done.has(kind)).map(
    (kind) => `Mark ‘${setupTaskLabel(kind)}’ done, with who did it and when.`,
  );
  const members = membersOf(project, facts);
  if (members.length === 0) reasons.push(NO_MEMBERS);
  for (const m of members) {
    reasons.push(
      ...trainingReasons(m.personId, facts.trainings, today, facts.settings, personName(m.personId, facts)),
    );
  }
  return reasons;
};

/** Readiness gates stage moves: on the day, every member is trained, has signed the form, and has access. */
const accessGate: Gate = (project, facts, today) => {
  const members = membersOf(project, facts);
  const reasons = members.length === 0 ? [NO_MEMBERS] : [];
  for (const m of members) {
    const who = personName(m.personId, facts);
    reasons.push(...trainingReasons(m.personId, facts.trainings, today, facts.settings, who));
    reasons.push(...accessReasons(m, today, who));
  }
  return reasons;
};

const activeGate: Gate = (project, _facts, today) => {
  if (!project.closureStart) return ['Start the closure: record the date and the reason.'];
  if (project.closureStart.startedOn > today) {
    return [`The closure starts on ${formatShortDate(project.closureStart.startedOn)}: wait until then.`];
  }
  return [];
};

const closureGate: Gate = (project, facts, today) => {
  const reasons = certificateBlockers(project, facts, today);
  if (facts.certificate?.projectId !== project.id) reasons.push('Issue the certificate of deletion.');
  return reasons;
};

const GATES: Record<Stage, Gate> = {
  enquiry: enquiryGate,
  onboarding: onboardingGate,
  setup: setupGate,
  access: accessGate,
  active: activeGate,
  closure: closureGate,
};

/** Every unmet requirement of the gate of the project's current stage (empty when the gate is met). */
export function unmetRequirements(project: Project, facts: ProjectFacts, today: IsoDate): string[] {
  return GATES[project.stage](project, facts, today);
}
