/**
 * The closure checklist: what must be done before the certificate of deletion can be issued.
 *
 * Decisions: the extract list may be empty (nothing left the DSH) but the officer must confirm it
 * (`extractsConfirmed`), so an unfilled list is never mistaken for "no extracts". Access must be revoked for
 * every member whose access was granted; a member never granted access has nothing to revoke.
 */
import { formatShortDate, type IsoDate } from '../dates';
import { membersOf, personName, type ProjectFacts } from './facts';
import type { Project } from './schemas/project';

/** Every unmet item of the closure checklist on `today`, in plain words (empty: the certificate may be issued). */
export function certificateBlockers(project: Project, facts: ProjectFacts, today: IsoDate): string[] {
  const closure = facts.closure?.projectId === project.id ? facts.closure : undefined;
  const reasons: string[] = [];
  if (!closure?.extractsConfirmed) {
    reasons.push('Confirm the outputs extracted: record each approved extract, or confirm there were none.');
  }
  for (const membership of membersOf(project, facts)) {
    const revoked = membership.accessRevoked;
    if (membership.accessGranted && (!revoked || revoked.on > today)) {
      reasons.push(
        revoked
          ? `${personName(membership.personId, facts)}’s access is only revoked from ${formatShortDate(revoked.on)}.`
          : `${personName(membership.personId, facts)}’s access has not been revoked.`,
      );
    }
  }
  const locations = closure?.storageLocations ?? [];
  if (locations.length === 0) {
    reasons.push(
      'List where the data was stored: at least one location, including backups and removable media.',
    );
  }
  for (const location of locations) {
    if (!location.checkedBy || !location.checkedOn) {
      reasons.push(`Check the storage location ‘${location.location}’ and record who checked it and when.`);
    }
  }
  if (!closure?.destruction) {
    reasons.push(
      'Record the destruction of the data: date, method, technique, tool, verification, performed by and witnessed by.',
    );
  }
  if (!closure?.dataOwnerAuthorisationRef) {
    reasons.push('Record the data owner’s authorisation reference.');
  }
  return reasons;
}
