/**
 * The maintained aggregates stay true whichever path writes the records: after an import and a bounded
 * run of random writes (seeded, so a failure replays) through forms' repositories, bulk table operations,
 * concurrent writes in one transaction, refused writes and changes applied from the team server, every
 * aggregate (the deadlines included: deadline-writes.ts) equals the one rebuilt from the records — and the
 * screens' counts read them. A restore is checked in backup-round-trip.test.ts.
 */
jest.setTimeout(60_000);

import type { DshDatabase } from '../../../../renderer/db/database';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import { bookedSeatsPerDay } from '../../../../renderer/db/repositories/booking-calendar';
import { cancelBooking, createBooking, seatsTaken } from '../../../../renderer/db/repositories/bookings';
import { pipelineCounts } from '../../../../renderer/db/repositories/dashboard-queries';
import { moveProject } from '../../../../renderer/db/repositories/project-moves';
import { createEnquiry } from '../../../../renderer/db/repositories/projects';
import { applyPullBatch } from '../../../../renderer/db/sync/apply';
import { loadWeek } from '../../../../renderer/features/calendar/data/board-data';
import { addDaysIso } from '../../../../shared/dates';
import { generateDemoData } from '../../../../shared/demo';
import { weekStartOf, type Booking } from '../../../../shared/domain';
import { documentToRecord, recordToDocument } from '../../../../shared/sync/documents';
import { bothWays } from './aggregate-check';
import { enquiryForm, freshDb, type TestDb } from './db-fixtures';
import { deadlineWrites, seeded } from './deadline-writes';

const allowAll = async () => [];
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Writes a booking through the sync pull (a new one, or a change of an existing one, or a deletion). */
async function fromServer(db: DshDatabase, random: () => number, booking: Booking): Promise<void> {
  const rev = `${2 + Math.floor(random() * 50)}-abc`;
  if (random() < 0.3) {
    const docId = recordToDocument('booking', booking as never)._id;
    await applyPullBatch(db, {
      records: [],
      deletions: [{ docId, type: 'booking', rev }],
      quarantined: [],
      checkpoint: rev,
    });
    return;
  }
  const moved = {
    ...booking,
    date: random() < 0.5 ? booking.date : '2026-12-07',
    revision: booking.revision + 1,
  };
  const checked = documentToRecord(recordToDocument('booking', moved as never, rev));
  if (!checked.ok) throw new Error(checked.reason);
  await applyPullBatch(db, { records: [checked], deletions: [], quarantined: [], checkpoint: rev });
}

async function randomWrites(t: TestDb, seed: number, count: number): Promise<void> {
  const { db, ctx } = t;
  const random = seeded(seed);
  for (let step = 0; step < count; step += 1) {
    const bookings = await db.bookings.toArray();
    const projects = await db.projects.toArray();
    const choice = random();
    const booking = pick(random, bookings);
    if (choice < 0.2) {
      await createBooking(
        ctx,
        {
          projectId: booking.projectId,
          personId: booking.personId,
          date: '2026-12-08',
          sessionId: booking.sessionId,
        },
        allowAll,
      );
    } else if (choice < 0.3) {
      const standing = bookings.filter((b) => b.status === 'booked');
      const chosen = pick(random, standing);
      await cancelBooking(ctx, chosen.id, chosen.revision, 'The researcher cannot come.');
    } else if (choice < 0.4) {
      // A refused booking writes nothing, aggregates included.
      await expect(
        createBooking(ctx, { ...booking, date: '2026-12-09' }, async () => ['No seat is free.']),
      ).rejects.toThrow();
    } else if (choice < 0.5) {
      const open = projects.filter((p) => p.status === 'open');
      const project = pick(random, open);
      await moveProject(ctx, project.id, project.revision, { kind: 'withdraw', reason: 'Funding ended.' });
    } else if (choice < 0.55) {
      await createEnquiry(ctx, enquiryForm({ title: `Enquiry ${step}` }));
    } else if (choice < 0.65) {
      // A bulk action: every booking of a day moved to another session in one modify.
      await db.bookings
        .where('date')
        .equals(booking.date)
        .modify({ sessionId: pick(random, bookings).sessionId });
    } else if (choice < 0.7) {
      await db.bookings.where('[date+sessionId]').equals([booking.date, booking.sessionId]).delete();
    } else if (choice < 0.8) {
      // Concurrent writes in one transaction, the same record twice among them.
      const some = bookings.slice(0, 5);
      await db.transaction('rw', db.bookings, () =>
        Promise.all([
          ...some.map((b) => db.bookings.put({ ...b, date: '2026-12-11' })),
          db.bookings.bulkPut(some.map((b) => ({ ...b, date: '2026-12-10' }))),
        ]),
      );
    } else {
      await fromServer(db, random, booking);
    }
  }
}

describe('maintained aggregates', () => {
  it('equal their rebuild from the records after an import and random writes through every path', async () => {
    const t = await freshDb();
    await loadDataSet(t.ctx, generateDemoData({ today: '2026-11-25', seed: 7, projects: 40, people: 120 }));
    const afterImport = await bothWays(t.db);
    expect(afterImport.maintained.seatCounts!.length).toBeGreaterThan(0);
    expect(afterImport.maintained.deadlines!.length).toBeGreaterThan(0);
    expect(afterImport.maintained).toEqual(afterImport.expected);

    await randomWrites(t, 18, 60);
    const after = await bothWays(t.db);
    expect(after.maintained).toEqual(after.expected);

    // The deadlines come from training, memberships, projects and the settings too.
    await deadlineWrites(t.db, 19, 40, '2026-11-25');
    const later = await bothWays(t.db);
    expect(later.maintained.deadlines!.length).toBeGreaterThan(0);
    expect(later.maintained).toEqual(later.expected);
  });

  it('give the calendar and the pipeline the counts the records make', async () => {
    const t = await freshDb();
    await loadDataSet(t.ctx, generateDemoData({ today: '2026-11-25', seed: 3, projects: 20, people: 60 }));
    await randomWrites(t, 5, 20);
    const bookings = await t.db.bookings.toArray();
    const standing = bookings.filter((b) => b.status === 'booked');
    const day = standing[0]!.date;
    expect((await bookedSeatsPerDay(t.db, [day])).get(day)).toBe(
      standing.filter((b) => b.date === day).length,
    );
    const session = standing[0]!.sessionId;
    expect(await seatsTaken(t.db, day, session)).toBe(
      standing.filter((b) => b.date === day && b.sessionId === session).length,
    );
    // The week names, in each session, its first standing bookings in index order (cancelled ones skipped).
    const monday = weekStartOf(day);
    const week = await loadWeek(t.db, monday, addDaysIso(monday, 6), 2);
    const sessions = [
      ...new Set(
        standing
          .filter((b) => b.date >= monday && b.date <= addDaysIso(monday, 6))
          .map((b) => `${b.date}|${b.sessionId}`),
      ),
    ];
    const expectedNames: string[] = [];
    for (const slot of sessions) {
      const [date, sessionId] = slot.split('|') as [string, string];
      const inSession = await t.db.bookings.where('[date+sessionId]').equals([date, sessionId]).toArray();
      const booked = inSession.filter((b) => b.status === 'booked');
      // A session offered that day names its first two; one no longer offered is read whole.
      const offered = week.standing?.has(slot);
      expectedNames.push(...(offered ? booked.slice(0, 2) : booked).map((b) => b.id));
      if (offered) expect([slot, week.standing?.get(slot)]).toEqual([slot, booked.length]);
    }
    expect(week.bookings.map((b) => b.id).sort()).toEqual(expectedNames.sort());

    const projects = await t.db.projects.toArray();
    const pipeline = await pipelineCounts(t.db);
    expect(pipeline.total).toBe(projects.length);
    expect(pipeline.byStatus.withdrawn).toBe(projects.filter((p) => p.status === 'withdrawn').length);
    expect(pipeline.byStage.active).toBe(
      projects.filter((p) => p.status === 'open' && p.stage === 'active').length,
    );
  });
});
