/**
 * An unmet requirement of a gate with where it is recorded, so the gate panel can link each line to the
 * field or section that completes it. The place is said in the domain's terms; the screen finds its field.
 */
import type { SetupTaskKind } from './schemas/setup-task';

/** Where an unmet requirement is recorded. */
export type GateTarget =
  | { kind: 'discussion' }
  | { kind: 'suitability' }
  | { kind: 'onboarding-field'; path: string }
  | { kind: 'members' }
  | { kind: 'setup-task'; task: SetupTaskKind }
  | { kind: 'member-training'; membershipId: string }
  | { kind: 'member-access'; membershipId: string }
  | { kind: 'closure-start' }
  | {
      kind: 'closure-section';
      section: 'extracts' | 'revocation' | 'storage' | 'destruction' | 'authorisation' | 'certificate';
    };

/** One unmet requirement, in plain words, and where it is recorded (when it has one place). */
export interface GateItem {
  text: string;
  target?: GateTarget;
}

/** Items of `texts`, all recorded at `target`. */
export function itemsAt(texts: readonly string[], target: GateTarget | undefined): GateItem[] {
  return texts.map((text) => (target ? { text, target } : { text }));
}
