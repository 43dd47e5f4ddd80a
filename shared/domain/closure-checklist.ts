/**
 * The closure checklist: what must be done before the certificate of deletion can be issued.
 *
 * Decisions: the extract list may be empty (nothing left the DSH) but the officer must confirm it
 * (`extractsConfirmed`), so an unfilled list is never mistaken for "no extracts". Access must be revoked for
 * every member whose access was granted; a member never granted access has nothing to revoke.
 */
import { formatShortDate, type IsoDate } from '../dates';
import { membersOf, personName, type ProjectFacts } from './facts';
import type { GateItem, GateTarget } from './gate-items';
import type { Project } from './schemas/project';

/** Every unmet item of the closure checklist on `today`, in plain words (empty: the certificate may be issued). */
export function certificateBlockers(project: Project, facts: ProjectFacts, today: IsoDate): string[] {
  return certificateBlockerItems(project, facts, today).map((item) => item.text);
}

/** Every unmet item of the closure checklist on `today`, each with the section that records it. */
export function certificateBlockerItems(project: Project, facts: ProjectFacts, today: IsoDate): GateItem[] {
  const closure = facts.closure?.projectId === project.id ? facts.closure : undefined;
  const reasons: GateItem[] = [];
  const at = (section: Extract<GateTarget, { kind: 'closure-section' }>['section']) =>
    ({ kind: 'closure-section', section }) as const;
  if (!closure?.extractsConfirmed) {
    reasons.push({
      text: 'Confirm the outputs extracted: record each approved extract, or confirm there were none.',
      target: at('extracts'),
    });
  }
  for (const membership of membersOf(project, facts)) {
    const revoked = membership.accessRevoked;
    if (membership.accessGranted && (!revoked || revoked.on > today)) {
      reasons.push({
        text: revoked
          ? `${personName(membership.personId, facts)}’s access is only revoked from ${formatShortDate(revoked.on)}.`
          : `${personName(membership.personId, facts)}’s access has not been revoked.`,
        target: { kind: 'member-access', membershipId: membership.id },
      });
    }
  }
  const locations = closure?.storageLocations ?? [];
  if (locations.length === 0) {
    reasons.push({
      text: 'List where the data was stored: at least one location, including backups and removable media.',
      target: at('storage'),
    });
  }
  for (const location of locations) {
    if (!location.checkedBy || !location.checkedOn) {
      reasons.push({
        text: `Check the storage location ‘${location.location}’ and record who checked it and when.`,
        target: at('storage'),
      });
    }
  }
  if (!closure?.destruction) {
    reasons.push({
      text: 'Record the destruction of the data: date, method, technique, tool, verification, performed by and witnessed by.',
      target: at('destruction'),
    });
  }
  if (!closure?.dataOwnerAuthorisationRef) {
    reasons.push({
      text: 'Record the data owner’s authorisation reference.',
      target: at('authorisation'),
    });
  }
  return reasons;
}
