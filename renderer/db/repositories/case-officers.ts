/**
 * The case officer of a project: the DSH staff member who looks after it day to day. Set through the project
 * write path (one transaction, one `update` audit event naming the case officer before and after).
 *
 * Decisions: only a staff member still in the team can be chosen (one who has left stays shown on the
 * projects they had, until someone else is chosen); a closed project is read-only like the rest of its record.
 * There is no index on the field (no schema version for it): lists of "my projects" filter the register's
 * in-memory texts (project-search-texts.ts), and the dashboard filters the projects it has already read.
 */
import type { Project } from '../../../shared/domain';
import { RefusedError } from '../errors';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { updateRecord } from '../write/records';

const NOTHING_SAVED = 'The case officer was not changed.';

/** Makes `staffId` the project's case officer, or clears it (undefined). */
export function setCaseOfficer(
  ctx: WriteContext,
  projectId: string,
  expectedRevision: number,
  staffId: string | undefined,
): Promise<Project> {
  const { db } = ctx;
  return updateRecord(
    ctx,
    ENTITIES.project,
    projectId,
    expectedRevision,
    async (current) => {
      if (current.status === 'closed') {
        throw new RefusedError(
          ['This project is closed, so its record can no longer be changed.'],
          NOTHING_SAVED,
        );
      }
      const { caseOfficerId: _previous, ...rest } = current;
      if (staffId === undefined) return rest;
      const staff = await db.staffMembers.get(staffId);
      if (!staff || !staff.active) {
        throw new RefusedError(
          ['Choose a case officer from the current DSH team: this staff member is not in it.'],
          NOTHING_SAVED,
        );
      }
      return { ...rest, caseOfficerId: staffId };
    },
    { tables: [db.staffMembers] },
  );
}
