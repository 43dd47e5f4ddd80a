/**
 * The gate of each stage: what must be true before a project moves on. Each gate lists EVERY unmet
 * requirement in plain words, so the officer sees the whole to-do list at once.
 */
import { formatShortDate, type IsoDate } from '../dates';
import { certificateBlockerItems } from './closure-checklist';
import { membersOf, personName, type ProjectFacts } from './facts';
import { itemsAt, type GateItem } from './gate-items';
import { accessReasons, trainingReasons } from './readiness';
import { describeOnboardingIssue, validateOnboarding } from './schemas/onboarding-validation';
import { suitabilityLabel, type Project } from './schemas/project';
import { SETUP_TASK_KINDS, setupTaskLabel } from './schemas/setup-task';
import type { Stage } from './stages';

/** The unmet requirements of one stage's gate, each with where it is recorded. */
type Gate = (project: Project, facts: ProjectFacts, today: IsoDate) => GateItem[];

const NO_MEMBERS = 'Add at least one member to the project.';

const enquiryGate: Gate = (project) => {
  const reasons: GateItem[] = [];
  if (!project.discussion)
    reasons.push({ text: 'Record the initial discussion.', target: { kind: 'discussion' } });
  const suitability = { kind: 'suitability' } as const;
  if (!project.suitability) reasons.push({ text: 'Record the suitability outcome.', target: suitability });
  else if (project.suitability.outcome !== 'suitable') {
    reasons.push({
      text: `The suitability outcome must be ‘suitable’ (it is ‘${suitabilityLabel(project.suitability.outcome)}’).`,
      target: suitability,
    });
  }
  return reasons;
};

const onboardingGate: Gate = (project, facts) => {
  // One line per problem, said once (as onboardingFormReasons lists them), at the first field it names.
  const reasons: GateItem[] = [];
  for (const issue of validateOnboarding(project.onboarding, facts.connectionTypes)) {
    const text = describeOnboardingIssue(issue);
    if (!reasons.some((item) => item.text === text)) {
      reasons.push({ text, target: { kind: 'onboarding-field', path: issue.path } });
    }
  }
  const members = membersOf(project, facts);
  const leadId = project.onboarding.leadResearcherId;
  const add = (text: string) => {
    if (!reasons.some((item) => item.text === text)) reasons.push({ text, target: { kind: 'members' } });
  };
  if (members.length === 0) {
    add('Add the people who will need access, at least the lead researcher.');
  } else if (leadId) {
    if (!members.some((m) => m.personId === leadId && m.role === 'lead')) {
      add(`Add the lead researcher, ${personName(leadId, facts)}, as a member with the role ‘lead’.`);
    }
  } else if (!members.some((m) => m.role === 'lead')) {
    add('Give one member the role ‘lead’.');
  }
  return reasons;
};

const setupGate: Gate = (project, facts, today) => {
  const done = new Set(facts.setupTasks.filter((t) => t.projectId === project.id).map((t) => t.kind));
  const reasons: GateItem[] = SETUP_TASK_KINDS.filter((kind) => !done.has(kind)).map((kind) => ({
    text: `Mark ‘${setupTaskLabel(kind)}’ done, with who did it and when.`,
    target: { kind: 'setup-task', task: kind },
  }));
  const members = membersOf(project, facts);
  if (members.length === 0) reasons.push({ text: NO_MEMBERS });
  for (const m of members) {
    const who = personName(m.personId, facts);
    reasons.push(
      ...itemsAt(trainingReasons(m.personId, facts.trainings, today, facts.settings, who), {
        kind: 'member-training',
        membershipId: m.id,
      }),
    );
  }
  return reasons;
};

/** Readiness gates stage moves: on the day, every member is trained, has signed the form, and has access. */
const accessGate: Gate = (project, facts, today) => {
  const members = membersOf(project, facts);
  const reasons: GateItem[] = members.length === 0 ? [{ text: NO_MEMBERS }] : [];
  for (const m of members) {
    const who = personName(m.personId, facts);
    const training = trainingReasons(m.personId, facts.trainings, today, facts.settings, who);
    reasons.push(...itemsAt(training, { kind: 'member-training', membershipId: m.id }));
    reasons.push(...itemsAt(accessReasons(m, today, who), { kind: 'member-access', membershipId: m.id }));
  }
  return reasons;
};

const activeGate: Gate = (project, _facts, today) => {
  const target = { kind: 'closure-start' } as const;
  if (!project.closureStart) return [{ text: 'Start the closure: record the date and the reason.', target }];
  if (project.closureStart.startedOn > today) {
    const text = `The closure starts on ${formatShortDate(project.closureStart.startedOn)}: wait until then.`;
    return [{ text, target }];
  }
  return [];
};

const closureGate: Gate = (project, facts, today) => {
  const reasons = certificateBlockerItems(project, facts, today);
  if (facts.certificate?.projectId !== project.id) {
    const target = { kind: 'closure-section', section: 'certificate' } as const;
    reasons.push({ text: 'Issue the certificate of deletion.', target });
  }
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
  return unmetRequirementItems(project, facts, today).map((item) => item.text);
}

/** Every unmet requirement of the current stage's gate, each with where it is recorded. */
export function unmetRequirementItems(project: Project, facts: ProjectFacts, today: IsoDate): GateItem[] {
  return GATES[project.stage](project, facts, today);
}
