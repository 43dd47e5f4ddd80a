/** The new projects of an import, with their references and memberships (see run.ts). */
import type { FieldChange } from '../../../shared/audit/diff';
import { fieldChanges } from '../../../shared/audit/diff';
import { parseProjectReference, type Membership, type Project } from '../../../shared/domain';
import type { AuditEntry } from '../audit/append';
import { counterKey, takeNextProjectReference } from '../repositories/counters';
import { instantOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { validated } from '../write/validate';
import type { ImportPlan } from './plan';

/**
 * The plan's new projects with their references (the file's, with the year's counter moved past it so it is
 * never issued again; else the next of the year received) and their memberships, validated, with events.
 */
export async function newProjects(
  ctx: WriteContext,
  plan: ImportPlan,
  note: Record<string, FieldChange>,
  reason: string,
): Promise<{ projects: Project[]; memberships: Membership[]; entries: AuditEntry[] }> {
  const { db } = ctx;
  const now = instantOf(ctx);
  const stamp = { revision: 1, createdAt: now, updatedAt: now };
  const rows = plan.rows.flatMap((row) => (row.action === 'create-project' ? [row.project] : []));
  for (const { body } of rows) {
    const given = body.reference && parseProjectReference(body.reference);
    if (!given) continue;
    const key = counterKey('project', given.year);
    const counted = (await db.counters.get(key))?.last;
    const inUse = await db.projects.where('reference').startsWith(`DSH-${given.year}-`).keys();
    const last =
      counted ?? Math.max(0, ...inUse.map((used) => parseProjectReference(String(used))?.number ?? 0));
    if (given.number > last) await db.counters.put({ key, last: given.number });
  }
  const projects: Project[] = [];
  const memberships: Membership[] = [];
  const entries: AuditEntry[] = [];
  const entry = (entity: AuditEntry['entity'], record: { id: string }): AuditEntry => ({
    entity,
    entityId: record.id,
    action: 'create',
    changes: { ...fieldChanges(undefined, record), ...note },
    reason,
  });
  for (const { body, members } of rows) {
    const reference =
      body.reference ?? (await takeNextProjectReference(db, Number(body.enquiry.receivedOn.slice(0, 4))));
    const project = validated(ENTITIES.project.schema, {
      ...body,
      reference,
      id: crypto.randomUUID(),
      ...stamp,
    });
    projects.push(project);
    entries.push(entry(ENTITIES.project.entity, project));
    for (const member of members) {
      const membership = validated(ENTITIES.membership.schema, {
        ...member,
        projectId: project.id,
        id: crypto.randomUUID(),
        ...stamp,
      });
      memberships.push(membership);
      entries.push(entry(ENTITIES.membership.entity, membership));
    }
  }
  return { projects, memberships, entries };
}
