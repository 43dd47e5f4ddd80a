/**
 * Where on the stage's screen each unmet requirement is recorded, and moving the keyboard focus there: to the
 * field itself where there is one, else to the first control of the card or section that records it.
 */
import type { GateTarget, Stage } from '../../../../shared/domain';

const CLOSURE_SECTIONS = {
  extracts: 'closure-extracts',
  revocation: 'closure-revocation',
  storage: 'closure-storage',
  destruction: 'closure-destruction',
  authorisation: 'closure-authorisation',
  certificate: 'certificate-heading',
} as const;

const FIELDS =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';
const CONTROLS = `${FIELDS}, a[href]`;

/** The id of the heading, card or field the requirement is recorded at (the link's address). */
export function gateTargetId(target: GateTarget, stage: Stage): string {
  switch (target.kind) {
    case 'discussion':
      return 'discussion-heading';
    case 'suitability':
      return 'suitability-heading';
    case 'onboarding-field':
      return 'onboarding-heading';
    case 'members':
      return 'members-heading';
    case 'setup-task':
      return `setup-task-${target.task}`;
    case 'member-training':
      return `member-${target.membershipId}`;
    case 'member-access':
      return stage === 'closure'
        ? `closure-revocation-heading-${target.membershipId}`
        : `access-heading-${target.membershipId}`;
    case 'closure-start':
      return 'closure-start-heading';
    case 'closure-section':
      return CLOSURE_SECTIONS[target.section];
  }
}

/** The element the requirement is recorded at, on the screen of `stage`, if it is shown. */
function elementOf(target: GateTarget, stage: Stage): HTMLElement | null {
  if (target.kind !== 'onboarding-field') return document.getElementById(gateTargetId(target, stage));
  // The field itself; a list's row or an IG reference by its first field; else the top of the form.
  const [head = '', second] = target.path.split('.');
  const form = document.getElementById('onboarding-heading')?.closest('form') ?? document;
  const prefix = head === 'igReferences' && second ? `${head}.${second}` : `${head}.`;
  return (
    form.querySelector<HTMLElement>(`[name="${CSS.escape(target.path)}"]`) ??
    form.querySelector<HTMLElement>(`[name^="${CSS.escape(prefix)}"]`) ??
    document.getElementById(head === 'leadResearcherId' ? 'lead-label' : 'onboarding-heading')
  );
}

/** The control to focus for `element`: itself if it is one, else the first control of its card or section. */
function controlFor(element: HTMLElement): HTMLElement {
  if (element.matches(CONTROLS)) return element;
  const container =
    element.closest<HTMLElement>('article, li, fieldset, section, form, .field') ?? element.parentElement;
  // A card's own buttons before the link to the person's page.
  return (
    container?.querySelector<HTMLElement>(FIELDS) ??
    container?.querySelector<HTMLElement>(CONTROLS) ??
    element
  );
}

/** Focuses where the requirement is recorded and scrolls it to the middle of the view; false if not shown. */
export function focusGateTarget(target: GateTarget, stage: Stage): boolean {
  const element = elementOf(target, stage);
  if (!element) return false;
  const control = controlFor(element);
  if (!control.matches(CONTROLS)) control.tabIndex = -1;
  control.focus({ preventScroll: true });
  control.scrollIntoView({ block: 'center' });
  return true;
}
