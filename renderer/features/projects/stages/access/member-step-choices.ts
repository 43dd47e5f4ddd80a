/**
 * Which members a step recorded for several at once is for: the members it can apply to, and of those the
 * ones ticked when the dialog opens (those who still need it). The words of each step, for buttons and messages.
 */
import type { IsoDate } from '../../../../../shared/dates';
import {
  trainingLabel,
  validTraining,
  type RuleSettings,
  type TrainingKind,
} from '../../../../../shared/domain';
import type { MemberView } from '../../../../components/people/use-project-members';

/** A step the dialog records: a course, or one access step. */
export type StepChoice =
  | { step: 'training'; kind: TrainingKind }
  | { step: 'access-form' }
  | { step: 'access-granted' }
  | { step: 'access-revoked' };

/** A member listed in the dialog, ticked or not when it opens, and why they cannot be chosen (if so). */
export interface StepCandidate {
  member: MemberView;
  ticked: boolean;
  /** Why this step cannot be recorded for them here (shown instead of a tick box). */
  unavailable?: string;
}

/** The step's name in a sentence ("NHS DSA Level 1 training", "the signed access form"). */
export function stepWords(choice: StepChoice): string {
  if (choice.step === 'training') return trainingLabel(choice.kind);
  if (choice.step === 'access-form') return 'Signed access form';
  if (choice.step === 'access-granted') return 'Access granted';
  return 'Access revoked';
}

/** Each member and whether the step is for them. */
export function stepCandidates(
  choice: StepChoice,
  members: readonly MemberView[],
  today: IsoDate,
  settings: RuleSettings,
): StepCandidate[] {
  return members.map((member) => {
    const { membership: m } = member;
    if (!member.person) return { member, ticked: false, unavailable: 'No person record' };
    if (choice.step === 'training') {
      const valid = validTraining(m.personId, choice.kind, member.trainings, today, settings);
      return { member, ticked: valid === undefined };
    }
    if (choice.step === 'access-form') {
      return m.accessForm
        ? { member, ticked: false, unavailable: 'Form already signed' }
        : { member, ticked: true };
    }
    if (choice.step === 'access-granted') {
      if (m.accessGranted) return { member, ticked: false, unavailable: 'Access already granted' };
      if (!m.accessForm) return { member, ticked: false, unavailable: 'Form not signed yet' };
      return { member, ticked: true };
    }
    if (m.accessRevoked) return { member, ticked: false, unavailable: 'Access already revoked' };
    if (!m.accessGranted) return { member, ticked: false, unavailable: 'Never granted access' };
    return { member, ticked: true };
  });
}

/** The latest form version signed on this project, to suggest for the next members. */
export function latestFormVersion(members: readonly MemberView[]): string | undefined {
  return members
    .map((member) => member.membership.accessForm)
    .filter((form) => form !== undefined)
    .sort((a, b) => a.signedOn.localeCompare(b.signedOn))
    .at(-1)?.formVersion;
}
