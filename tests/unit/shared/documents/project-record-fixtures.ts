/** Project records built from the demo data set, as the app would gather them. */
import type { DemoDataSet } from '../../../../shared/demo';
import type { ProjectRecordInput } from '../../../../shared/documents';
import { readinessOf, stageLabel, type Project } from '../../../../shared/domain';

const byId = <T extends { id: string; name: string }>(rows: readonly T[]) =>
  Object.fromEntries(rows.map((row) => [row.id, row.name]));

/** The record of `project` on `asOf`, with a timeline made from the days it entered each stage. */
export function recordOf(data: DemoDataSet, project: Project, asOf: string): ProjectRecordInput {
  const memberships = data.memberships.filter((m) => m.projectId === project.id);
  const personIds = new Set([...memberships.map((m) => m.personId), project.onboarding.leadResearcherId]);
  const trainings = data.trainingRecords.filter((t) => personIds.has(t.personId));
  const bookings = data.bookings.filter((b) => b.projectId === project.id);
  return {
    project,
    asOf,
    people: data.people.filter((p) => personIds.has(p.id)),
    staffNames: byId(data.staffMembers),
    applicationNames: byId(data.applications),
    connectionTypeNames: byId(data.connectionTypes),
    members: memberships.map((membership) => ({
      membership,
      readiness: readinessOf(membership, trainings, asOf),
    })),
    trainings,
    setupTasks: data.setupTasks.filter((t) => t.projectId === project.id),
    changeRequests: data.changeRequests.filter((c) => c.projectId === project.id),
    bookings: {
      upcoming: bookings.filter((b) => b.status === 'booked' && b.date >= asOf).length,
      past: bookings.filter((b) => b.status === 'booked' && b.date < asOf).length,
      cancelled: bookings.filter((b) => b.status === 'cancelled').length,
    },
    closure: data.closureRecords.find((c) => c.projectId === project.id),
    certificate: data.certificates.find((c) => c.projectId === project.id),
    timeline: Object.entries(project.stageEnteredAt)
      .filter((entry): entry is [keyof typeof project.stageEnteredAt, string] => entry[1] !== undefined)
      .map(([stage, day]) => ({ at: `${day}T09:30:00.000Z`, text: `Moved to ${stageLabel(stage)}.` })),
  };
}
