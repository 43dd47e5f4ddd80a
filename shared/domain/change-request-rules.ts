/**
 * What marking a change request done means. DESIGN: a new user goes through training, the user access form
 * and access before being ready, so "Add a user" is not done while that person is not ready on the day; the
 * officer may still mark it done, but only knowingly (the reasons are kept in the audit log).
 */
import type { IsoDate } from '../dates';
import { personName, type ProjectFacts } from './facts';
import { readinessOf } from './readiness';
import type { ChangeRequest } from './schemas/change-request';
import type { Membership } from './schemas/membership';

/** Why the request is not really done on `on` (empty: nothing stands in the way). */
export function notDoneReasons(
  request: Pick<ChangeRequest, 'kind' | 'personId' | 'projectId'>,
  facts: Pick<ProjectFacts, 'memberships' | 'people' | 'trainings' | 'settings'>,
  on: IsoDate,
): string[] {
  const { personId } = request;
  if (request.kind !== 'add-user' || !personId) return [];
  const membership =
    facts.memberships.find((m) => m.projectId === request.projectId && m.personId === personId) ??
    // Marking done may make them a member in the same step: as such, they have signed nothing yet.
    ({ projectId: request.projectId, personId, role: 'analyst' } as Membership);
  const readiness = readinessOf(membership, facts.trainings, on, facts.settings, personName(personId, facts));
  return readiness.state === 'not-ready' ? readiness.reasons : [];
}
