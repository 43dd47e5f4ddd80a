/**
 * Every move of a project, as pure functions: each returns the project with its new stage and status (and
 * the move, for the audit log and timeline), or a refusal listing every reason.
 *
 * Decisions: an override is for an UNMET gate only (a met gate is simply advanced, so every override in the
 * log stands for real unmet requirements, which it keeps); the closure gate cannot be overridden, because
 * "Closed" promises that the data is destroyed and the certificate issued. A decline needs the enquiry's
 * outcome not to be "suitable". `stageEnteredAt` keeps the day each stage was last entered.
 */
import type { IsoDate } from '../dates';
import type { ProjectFacts } from './facts';
import { unmetRequirements } from './gates';
import type { Project } from './schemas/project';
import { checkReason } from './schemas/reasons';
import { nextStage, previousStage, type ProjectStatus, type Stage } from './stages';

/** A move that may not happen, and every reason why. */
export type Refusal = { allowed: false; reasons: string[] };
/** Whether the project's gate is met. */
export type GateResult = { allowed: true } | Refusal;
/** The kinds of move, as named in the audit log. */
export type MoveKind = 'advance' | 'override' | 'move-back' | 'withdraw' | 'decline' | 'close';
/** A move that happened: for the audit event and the project timeline. */
export type Move = {
  kind: MoveKind;
  from: { stage: Stage; status: ProjectStatus };
  to: { stage: Stage; status: ProjectStatus };
  on: IsoDate;
  reason?: string;
  /** For an override: the unmet requirements the staff member chose to override. */
  overridden?: string[];
};
/** The project after the move, and the move; or a refusal. */
export type MoveResult = { allowed: true; project: Project; move: Move } | Refusal;

const TERMINAL_MESSAGES: Record<Exclude<ProjectStatus, 'open'>, string> = {
  declined: 'This project was declined, so it cannot move.',
  withdrawn: 'This project was withdrawn, so it cannot move.',
  closed: 'This project is closed, so it cannot move.',
};

function terminalReasons(project: Project): string[] {
  return project.status === 'open' ? [] : [TERMINAL_MESSAGES[project.status]];
}

function reasonProblems(reason: string): string[] {
  const checked = checkReason(reason);
  return checked.ok ? [] : [checked.message];
}

function moved(
  project: Project,
  kind: MoveKind,
  to: Move['to'],
  on: IsoDate,
  extra: Partial<Move> = {},
): MoveResult {
  const next: Project = { ...project, stage: to.stage, status: to.status };
  if (to.stage !== project.stage) next.stageEnteredAt = { ...project.stageEnteredAt, [to.stage]: on };
  if (to.status !== 'open') next.ended = extra.reason === undefined ? { on } : { on, reason: extra.reason };
  const move: Move = { kind, from: { stage: project.stage, status: project.status }, to, on, ...extra };
  return { allowed: true, project: next, move };
}

/** Whether the project may move on from its stage today: allowed, or every unmet requirement. */
export function canAdvance(project: Project, facts: ProjectFacts, today: IsoDate): GateResult {
  const reasons = terminalReasons(project);
  if (reasons.length === 0) reasons.push(...unmetRequirements(project, facts, today));
  return reasons.length === 0 ? { allowed: true } : { allowed: false, reasons };
}

/** Moves the project to the next stage when its gate is met; from Closure, the project becomes Closed. */
export function advance(project: Project, facts: ProjectFacts, today: IsoDate): MoveResult {
  const gate = canAdvance(project, facts, today);
  if (!gate.allowed) return gate;
  const to = nextStage(project.stage);
  return to
    ? moved(project, 'advance', { stage: to, status: 'open' }, today)
    : moved(project, 'close', { stage: project.stage, status: 'closed' }, today);
}

/** Moves the project on although its gate is unmet, with the staff member's reason. */
export function overrideGate(
  project: Project,
  facts: ProjectFacts,
  today: IsoDate,
  reason: string,
): MoveResult {
  const reasons = [...terminalReasons(project), ...reasonProblems(reason)];
  const to = nextStage(project.stage);
  const unmet = project.status === 'open' ? unmetRequirements(project, facts, today) : [];
  if (project.status === 'open' && !to) {
    reasons.push(
      'The closure gate cannot be overridden: a project is closed only once its data is destroyed and the certificate of deletion issued.',
    );
  } else if (project.status === 'open' && unmet.length === 0) {
    reasons.push('Every requirement is met: move the project on without an override.');
  }
  if (reasons.length > 0 || !to) return { allowed: false, reasons };
  return moved(project, 'override', { stage: to, status: 'open' }, today, {
    reason: reason.trim(),
    overridden: unmet,
  });
}

/** Moves the project one stage back, with a reason (not from Enquiry, not once it has ended). */
export function moveBack(project: Project, reason: string, today: IsoDate): MoveResult {
  const reasons = [...terminalReasons(project), ...reasonProblems(reason)];
  const to = previousStage(project.stage);
  if (!to) reasons.push('An enquiry is the first stage: there is no stage to move back to.');
  if (reasons.length > 0 || !to) return { allowed: false, reasons };
  return moved(project, 'move-back', { stage: to, status: 'open' }, today, { reason: reason.trim() });
}

/** Withdraws the project from whatever stage it is in, with a reason. */
export function withdraw(project: Project, reason: string, today: IsoDate): MoveResult {
  const reasons = [...terminalReasons(project), ...reasonProblems(reason)];
  if (reasons.length > 0) return { allowed: false, reasons };
  return moved(project, 'withdraw', { stage: project.stage, status: 'withdrawn' }, today, {
    reason: reason.trim(),
  });
}

/** Declines an enquiry (e.g. found not suitable), with a reason. */
export function decline(project: Project, reason: string, today: IsoDate): MoveResult {
  const reasons = [...terminalReasons(project), ...reasonProblems(reason)];
  if (project.status === 'open' && project.stage !== 'enquiry') {
    reasons.push('Only an enquiry can be declined: withdraw the project instead.');
  }
  if (project.status === 'open' && project.suitability?.outcome === 'suitable') {
    reasons.push('The suitability outcome is ‘suitable’: change it before declining the enquiry.');
  }
  if (reasons.length > 0) return { allowed: false, reasons };
  return moved(project, 'decline', { stage: project.stage, status: 'declined' }, today, {
    reason: reason.trim(),
  });
}
