/** Applies the spelling plan (services/spelling.ts) to a session, so no dictionary is ever downloaded. */
import type { Session } from 'electron';
import type { SpellingPlan } from './services/spelling';

/** Turns the session's spell-checker on or off and sets its languages where the platform allows it. */
export function applySpellingPlan(session: Session, plan: SpellingPlan): void {
  session.setSpellCheckerEnabled(plan.enabled);
  // macOS picks the language itself; Electron's setSpellCheckerLanguages is not available there.
  if (plan.languages !== null) session.setSpellCheckerLanguages(plan.languages);
}
