/**
 * Which writes the deadlines are worked out again for: only those that can change a row. An edit of a
 * title, a note or an evidence reference touches no subject, so it reads nothing more in its transaction
 * (the rows themselves are checked against a rebuild in aggregates.test.ts).
 */
import { deadlinesSpec } from '../../../../renderer/db/aggregates/deadlines-spec';
import type { RecordReader } from '../../../../renderer/db/aggregates/tables';
import { aMembership, aProject, aTraining } from '../../../helpers/domain-fixtures';

/** A reader that finds one member for any index look-up, and notes every read. */
function noting(): { read: RecordReader; reads: string[] } {
  const reads: string[] = [];
  const read: RecordReader = {
    get: (name) => (reads.push(`get ${name}`), Promise.resolve([])),
    where: (name, index) => (reads.push(`where ${name}.${index}`), Promise.resolve([{ id: 'member-1' }])),
    all: (name) => (reads.push(`all ${name}`), Promise.resolve([])),
  };
  return { read, reads };
}

async function subjects(source: string, before: unknown[], after: unknown[]) {
  const { read, reads } = noting();
  return { subjects: await deadlinesSpec.subjectsOf(source, before, after, read), reads };
}

const active = aProject({
  stage: 'active',
  stageEnteredAt: { enquiry: '2026-02-01', active: '2026-08-01' },
  onboarding: { ...aProject().onboarding, plannedEnd: '2027-01-31' },
});

describe('the deadlines of a write', () => {
  it('are left alone when it changes nothing they are worked out from', async () => {
    expect(await subjects('projects', [active], [{ ...active, title: 'Renamed' }])).toEqual({
      subjects: [],
      reads: [],
    });
    const member = aMembership();
    expect(await subjects('memberships', [member], [{ ...member, role: 'analyst' }])).toEqual({
      subjects: [],
      reads: [],
    });
    const dsa = aTraining();
    expect(await subjects('trainingRecords', [dsa], [{ ...dsa, evidenceReference: 'NEW-1' }])).toEqual({
      subjects: [],
      reads: [],
    });
  });

  it('are worked out again when it changes what they come from', async () => {
    const moved = { ...active, onboarding: { ...active.onboarding, plannedEnd: '2027-03-31' } };
    expect((await subjects('projects', [active], [moved])).subjects).toEqual([`project:${active.id}`]);
    const member = aMembership();
    const revoked = { ...member, accessRevoked: { on: '2026-12-01', by: 'staff-1', reason: 'Left' } };
    expect((await subjects('memberships', [member], [revoked])).subjects).toEqual([
      `membership:${member.id}`,
    ]);
    const dsa = aTraining();
    expect(
      (await subjects('trainingRecords', [dsa], [{ ...dsa, completedOn: '2026-09-01' }])).subjects,
    ).toEqual(['membership:member-1']);
    // Added and deleted records always count.
    expect((await subjects('memberships', [], [member])).subjects).toEqual([`membership:${member.id}`]);
    expect((await subjects('projects', [active], [])).subjects).toContain(`project:${active.id}`);
  });
});
