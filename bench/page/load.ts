/**
 * The benchmark data set: the demo generator at scale, written through the app's own data layer
 * (loadDataSet: every record checked against its schema, one hash-chained audit event each), then history
 * events up to the audit log's size. The audit times are spread over two years, so a date filter on the
 * Audit page selects a real slice of the log.
 */
import { addDaysIso, londonToday, type IsoDate } from '../../shared/dates';
import { generateDemoData, type DemoDataSet } from '../../shared/demo';
import { weekStartOf, type TrainingRecord } from '../../shared/domain';
import { CURRENT_STAFF_KEY } from '../../renderer/db/repositories/current-staff';
import { loadDataSet } from '../../renderer/db/data-set-loader';
import { DshDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open-database';
import type { DataSetInfo, LoadReport } from '../bench-api';
import type { ScaleSpec } from '../scales';
import { writeAuditHistory } from './audit-history';

/** Bookings per ready member per week: more than the scale needs, thinned evenly to exactly its count. */
const BOOKING_RATE = 8;
const BOOKING_WEEKS = { back: 52, ahead: 12 };
const DAY_MS = 86_400_000;
/** The meta row where the bench keeps what it chose (which project, person… the screens open). */
export const BENCH_META_KEY = 'benchmarkDataSet';

/** Keeps exactly `target` of the bookings, spread evenly over them (so every week keeps its share). */
function thinBookings(data: DemoDataSet, target: number): DemoDataSet {
  const all = data.bookings;
  if (all.length <= target) return data;
  const kept = all.filter(
    (_, i) => Math.floor(((i + 1) * target) / all.length) > Math.floor((i * target) / all.length),
  );
  return { ...data, bookings: kept };
}

/** Gives the person on most projects `count` training records: years of renewals and refreshers. */
function withBusyPerson(data: DemoDataSet, count: number, today: IsoDate) {
  const projectsOf = new Map<string, number>();
  for (const m of data.memberships) projectsOf.set(m.personId, (projectsOf.get(m.personId) ?? 0) + 1);
  const [personId] = [...projectsOf].sort((a, b) => b[1] - a[1])[0]!;
  const at = (day: IsoDate) => `${day}T09:30:00.000Z`;
  const extra: TrainingRecord[] = Array.from({ length: count }, (_, i) => {
    const completedOn = addDaysIso(today, -400 - i * 180);
    const base = {
      id: crypto.randomUUID(),
      revision: 1,
      createdAt: at(completedOn),
      updatedAt: at(completedOn),
    };
    return i % 2 === 0
      ? {
          ...base,
          personId,
          kind: 'nhs-dsa-level-1' as const,
          completedOn,
          expiresOn: addDaysIso(completedOn, 365),
          evidenceReference: `DSA-HIST-${i}`,
        }
      : {
          ...base,
          personId,
          kind: 'dsh-environment' as const,
          completedOn,
          evidenceReference: `DSH-TRN-H${i}`,
        };
  });
  return { data: { ...data, trainingRecords: [...data.trainingRecords, ...extra] }, personId };
}

function bookingDensity(data: DemoDataSet) {
  const perSession = new Map<string, number>();
  for (const b of data.bookings)
    perSession.set(`${b.date}|${b.sessionId}`, (perSession.get(`${b.date}|${b.sessionId}`) ?? 0) + 1);
  const days = data.bookings.map((b) => b.date).sort();
  const weeks = days.length ? (Date.parse(days.at(-1)!) - Date.parse(days[0]!)) / (7 * DAY_MS) + 1 : 1;
  return {
    maxBookingsPerSession: Math.max(0, ...perSession.values()),
    bookingsPerWeek: data.bookings.length / weeks,
  };
}

function recordCount(data: DemoDataSet): number {
  return Object.values(data).reduce((sum, rows) => sum + (Array.isArray(rows) ? rows.length : 1), 0);
}

/** A clock that moves from `from` to `to` in `steps` calls (one call per load batch). */
function steppingClock(from: number, to: number, steps: number): () => Date {
  let call = 0;
  return () => new Date(from + ((to - from) * Math.min(call++, steps)) / Math.max(1, steps));
}

/** Generates the data set of `scale` and writes it into the (empty) app database. */
export async function loadBenchmarkData(scale: ScaleSpec): Promise<LoadReport> {
  const today = londonToday();
  const started = performance.now();
  const generated = generateDemoData({
    today,
    projects: scale.projects,
    people: scale.people,
    bookingsPerMemberPerWeek: BOOKING_RATE,
    bookingWeeks: BOOKING_WEEKS,
    seatsPerSession: scale.seatsPerSession,
    sessionsPerDay: scale.sessionsPerDay,
  });
  const { data, personId } = withBusyPerson(
    thinBookings(generated, scale.bookings),
    scale.busyPersonTrainings,
    today,
  );
  const generateMs = performance.now() - started;
  console.info(`progress: generated in ${(generateMs / 1000).toFixed(1)} s; writing`);

  const db = await openDatabase(new DshDatabase());
  try {
    const staff = data.staffMembers[0]!;
    const actor = { staffId: staff.id, staffName: staff.name, osUser: 'bench' };
    const records = recordCount(data);
    const now = Date.now();
    const clock = steppingClock(now - 730 * DAY_MS, now - 365 * DAY_MS, Math.ceil(records / scale.batchSize));
    const progress: [number, number][] = [];
    const loadStarted = performance.now();
    const loaded = await loadDataSet({ db, actor, now: clock }, data, {
      batchSize: scale.batchSize,
      reason: 'Benchmark data set.',
      onProgress: (written, total) => {
        progress.push([performance.now(), written]);
        const tenth = Math.ceil(total / 10);
        if (Math.floor(written / tenth) > Math.floor((written - scale.batchSize) / tenth))
          console.info(
            `progress: ${written.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} records written`,
          );
      },
    });
    const loadMs = performance.now() - loadStarted;
    const batchRowsPerSecond = progress
      .slice(1)
      .map(([at, written], i) => ((written - progress[i]![1]) * 2 * 1000) / (at - progress[i]![0]));

    const historyStarted = performance.now();
    const historyEvents = await writeAuditHistory(db, data, Math.max(0, scale.auditEvents - loaded.events), {
      from: now - 365 * DAY_MS,
      to: now,
    });
    const historyMs = performance.now() - historyStarted;

    const busyProject = busiestProject(data);
    const info: Omit<DataSetInfo, 'counts'> = {
      projectId: busyProject.id,
      personId,
      personTrainings: data.trainingRecords.filter((t) => t.personId === personId).length,
      certificateId: data.certificates[0]?.id,
      today,
      weekStart: weekStartOf(today),
      searchText: 'asthma',
      staffId: staff.id,
    };
    await db.meta.bulkPut([
      { key: CURRENT_STAFF_KEY, value: staff.id },
      { key: BENCH_META_KEY, value: JSON.stringify(info) },
    ]);
    return {
      generateMs,
      loadMs,
      historyMs,
      records: loaded.records,
      recordEvents: loaded.events,
      historyEvents,
      batchRowsPerSecond,
      ...bookingDensity(data),
    };
  } finally {
    db.close();
  }
}

/** The project with the most bookings (its page and timeline read the most). */
function busiestProject(data: DemoDataSet) {
  const bookings = new Map<string, number>();
  for (const b of data.bookings) bookings.set(b.projectId, (bookings.get(b.projectId) ?? 0) + 1);
  const [id] = [...bookings].sort((a, b) => b[1] - a[1])[0] ?? [data.projects[0]!.id];
  return data.projects.find((p) => p.id === id)!;
}
