/** The six stages every DSH project goes through, and the status that says whether it is still moving. */

/** The stages, in order. */
export const STAGES = ['enquiry', 'onboarding', 'setup', 'access', 'active', 'closure'] as const;
/** One of the six stages. */
export type Stage = (typeof STAGES)[number];

/** `open` = in progress; the others are terminal: nothing moves any more. */
export const PROJECT_STATUSES = ['open', 'declined', 'withdrawn', 'closed'] as const;
/** Where a project stands overall. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

const STAGE_LABELS: Record<Stage, string> = {
  enquiry: 'Enquiry',
  onboarding: 'Onboarding',
  setup: 'Set Up',
  access: 'Access',
  active: 'Active',
  closure: 'Closure',
};

const STATUS_LABELS: Record<ProjectStatus, string> = {
  open: 'In progress',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  closed: 'Closed',
};

/** The stage as the DSH team names it ("Set Up"). */
export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

/** The status as the DSH team names it ("In progress", "Declined"…). */
export function statusLabel(status: ProjectStatus): string {
  return STATUS_LABELS[status];
}

/** 1 for Enquiry … 6 for Closure. */
export function stageNumber(stage: Stage): number {
  return STAGES.indexOf(stage) + 1;
}

/** The stage after this one, or undefined after Closure. */
export function nextStage(stage: Stage): Stage | undefined {
  return STAGES[STAGES.indexOf(stage) + 1];
}

/** The stage before this one, or undefined before Enquiry. */
export function previousStage(stage: Stage): Stage | undefined {
  const index = STAGES.indexOf(stage);
  return index > 0 ? STAGES[index - 1] : undefined;
}
