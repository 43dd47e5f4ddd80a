/**
 * Leaving a team with projects still numbered provisionally: no team server will confirm them any more, so
 * each gets this workstation's next reference of its year, above every number it knows (the team's too),
 * audited `number-locally` from → to; nothing more is queued for the team, and solo numbering goes on after
 * them. Against pouchdb-server on 127.0.0.1 (or COUCHDB_URL), for the team's numbers.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { newTeamDatabase } from '../../../helpers/sync-fixtures';
import { type TestDb, enquiryForm, freshDb } from './db-fixtures';
import { teamWorkstation } from './team-fixtures';
import { createEnquiry } from '../../../../renderer/db/repositories/projects';
import { leaveTeam } from '../../../../renderer/db/sync/queue-all';
import { PROVISIONAL_KEY } from '../../../../renderer/db/sync/team-numbers';
import {
  countProvisionalReferences,
  numberProvisionalLocally,
} from '../../../../renderer/db/sync/leave-numbers';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { describeAuditEvent } from '../../../../shared/audit/describe';

const couch = useTestCouch();

const referenceOf = async (side: TestDb, id: string) => (await side.db.projects.get(id))?.reference;

it('provisional references become this workstation’s next ones, above the team’s, audited; solo numbering goes on', async () => {
  const team = await newTeamDatabase(couch);
  const a = await teamWorkstation(couch, team);
  const b = await teamWorkstation(couch, team);
  // The team has numbered A's project 001 and 002; B holds them.
  const fromA = [
    await createEnquiry(a.ctx, enquiryForm({ title: 'A one' })),
    await createEnquiry(a.ctx, enquiryForm({ title: 'A two' })),
  ];
  await a.engine.syncNow();
  await a.engine.syncNow();
  await b.engine.syncNow();
  expect(await referenceOf(b, fromA[1]!.id)).toBe('DSH-2026-002');

  // B records two projects, never confirmed (the server is not asked again), then leaves the team.
  const onB = [
    await createEnquiry(b.ctx, enquiryForm({ title: 'B one' })),
    await createEnquiry(b.ctx, enquiryForm({ title: 'B two' })),
  ];
  expect(onB.map((project) => project.reference)).toEqual([
    expect.stringMatching(/^DSH-2026-P-/),
    expect.stringMatching(/^DSH-2026-P-/),
  ]);
  expect(await countProvisionalReferences(b)).toBe(2);
  const queued = await b.db.outbox.count();
  await leaveTeam(b.db);
  const numbered = await numberProvisionalLocally(b.ctx);

  const byProject = Object.fromEntries(numbered.map((row) => [row.projectId, row]));
  expect(Object.keys(byProject).sort()).toEqual(onB.map((project) => project.id).sort());
  expect(numbered.map((row) => row.to).sort()).toEqual(['DSH-2026-003', 'DSH-2026-004']);
  for (const project of onB) {
    expect(byProject[project.id]).toMatchObject({ from: project.reference });
    expect(await referenceOf(b, project.id)).toBe(byProject[project.id]!.to);
  }
  expect(await countProvisionalReferences(b)).toBe(0);
  expect(await b.db.meta.get(PROVISIONAL_KEY)).toBeUndefined();
  // Out of the team: the renumbering is not queued for a server this workstation has left.
  expect(await b.db.outbox.count()).toBe(queued);

  // Each change is in the audit log, in words, and the log still verifies.
  const events = await b.db.auditEvents.where('action').equals('number-locally').toArray();
  expect(
    events
      .map((event) => event.changes.reference)
      .sort((x, y) => String(x?.after).localeCompare(String(y?.after))),
  ).toEqual(
    numbered
      .map((row) => ({ before: row.from, after: row.to }))
      .sort((x, y) => x.after.localeCompare(y.after)),
  );
  expect(describeAuditEvent(events[0]!)).toMatch(
    /^Numbered project DSH-2026-00[34] on this workstation on leaving the team, in place of its provisional reference\.$/,
  );
  expect((await verifyAuditLog(b.db)).intact).toBe(true);

  // Solo from now on: the next enquiry takes the number after them.
  const solo = await createEnquiry(b.ctx, enquiryForm({ title: 'Solo' }));
  expect(solo.reference).toBe('DSH-2026-005');
}, 60_000);

it('with nothing provisional, leaving changes no project and writes no event', async () => {
  const test = await freshDb();
  await createEnquiry(test.ctx, enquiryForm({ title: 'Solo all along' }));
  const before = await test.db.auditEvents.count();
  expect(await numberProvisionalLocally(test.ctx)).toEqual([]);
  expect(await test.db.auditEvents.count()).toBe(before);
});
