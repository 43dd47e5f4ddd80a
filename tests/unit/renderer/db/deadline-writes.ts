/**
 * Seeded random writes to every record the deadlines come from — NHS DSA training (renewals, records completed
 * on a future day, explicit expiries, deletions), memberships (access steps signed on past and future days,
 * revocations, deletions), projects (moved between stages and statuses, planned ends, closures started) and
 * the settings (the DSA's validity) — through single puts, bulk puts, concurrent writes in one transaction and
 * changes applied from the team server.
 */
import type { DshDatabase } from '../../../../renderer/db/database';
import { applyPullBatch } from '../../../../renderer/db/sync/apply';
import { addDaysIso, type IsoDate } from '../../../../shared/dates';
import { STAGES, type Membership, type Project, type TrainingRecord } from '../../../../shared/domain';
import { documentToRecord, recordToDocument } from '../../../../shared/sync/documents';

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A day up to `spread` days either side of `today`. */
const someDay = (random: () => number, today: IsoDate, spread: number): IsoDate =>
  addDaysIso(today, Math.floor((random() * 2 - 1) * spread));

function dsaRecord(random: () => number, person: string, today: IsoDate, n: number): TrainingRecord {
  const completedOn = someDay(random, today, 500);
  const base = {
    id: `00000000-0000-4000-8000-${String(700_000_000 + n).padStart(12, '0')}`,
    personId: person,
    kind: 'nhs-dsa-level-1' as const,
    completedOn,
    evidenceReference: `DSA-${n}`,
    revision: 1,
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
  };
  return (
    random() < 0.3 ? { ...base, expiresOn: addDaysIso(completedOn, 1 + Math.floor(random() * 400)) } : base
  ) as TrainingRecord;
}

function changedMembership(random: () => number, m: Membership, today: IsoDate): Membership {
  const { accessForm: _f, accessGranted: _g, accessRevoked: _r, ...rest } = m;
  const signed = random() < 0.7 ? someDay(random, today, 60) : undefined;
  const granted = signed && random() < 0.7 ? addDaysIso(signed, Math.floor(random() * 20)) : undefined;
  const revoked = random() < 0.2 ? someDay(random, today, 60) : undefined;
  return {
    ...rest,
    ...(signed ? { accessForm: { signedOn: signed, formVersion: 'v1' } } : {}),
    ...(granted ? { accessGranted: { on: granted, by: m.personId } } : {}),
    ...(revoked ? { accessRevoked: { on: revoked, by: m.personId } } : {}),
    revision: m.revision + 1,
  } as Membership;
}

function movedProject(random: () => number, p: Project, today: IsoDate): Project {
  const stage = pick(random, STAGES);
  const { closureStart: _c, ...rest } = p;
  const closing = stage === 'active' && random() < 0.3;
  return {
    ...rest,
    stage,
    status: random() < 0.85 ? 'open' : 'withdrawn',
    stageEnteredAt: { ...p.stageEnteredAt, [stage]: someDay(random, today, 60) },
    onboarding: { ...p.onboarding, plannedEnd: someDay(random, today, 90) },
    ...(closing ? { closureStart: { startedOn: someDay(random, today, 20), reason: 'Finished.' } } : {}),
    revision: p.revision + 1,
  } as Project;
}

/** Writes `record` of `type` as a change pulled from the team server. */
async function fromServer(db: DshDatabase, type: 'membership' | 'training-record', record: object) {
  const rev = `${(record as { revision: number }).revision + 1}-abc`;
  const checked = documentToRecord(recordToDocument(type, record as never, rev));
  if (!checked.ok) throw new Error(checked.reason);
  await applyPullBatch(db, { records: [checked], deletions: [], quarantined: [], checkpoint: rev });
}

/** `count` random writes to the records the deadlines come from, around `today`. */
export async function deadlineWrites(db: DshDatabase, seed: number, count: number, today: IsoDate) {
  const random = seeded(seed);
  for (let step = 0; step < count; step += 1) {
    const [memberships, projects] = await Promise.all([db.memberships.toArray(), db.projects.toArray()]);
    const membership = pick(random, memberships);
    const choice = random();
    if (choice < 0.2) {
      await db.trainingRecords.put(dsaRecord(random, membership.personId, today, step));
    } else if (choice < 0.3) {
      const some = memberships
        .slice(0, 4)
        .map((m, i) => dsaRecord(random, m.personId, today, 1000 + step * 10 + i));
      await db.transaction('rw', db.trainingRecords, () =>
        Promise.all([
          db.trainingRecords.bulkPut(some),
          db.trainingRecords.put({ ...some[0]!, completedOn: today }),
        ]),
      );
    } else if (choice < 0.35) {
      const theirs = await db.trainingRecords.where('personId').equals(membership.personId).toArray();
      if (theirs.length > 0) await db.trainingRecords.delete(pick(random, theirs).id);
    } else if (choice < 0.55) {
      await db.memberships.put(changedMembership(random, membership, today));
    } else if (choice < 0.6) {
      await db.memberships.delete(membership.id);
    } else if (choice < 0.8) {
      await db.projects.put(movedProject(random, pick(random, projects), today));
    } else if (choice < 0.85) {
      const stored = await db.settings.get('settings');
      if (stored) await db.settings.put({ ...stored, dsaValidityMonths: 1 + Math.floor(random() * 24) });
    } else if (choice < 0.93) {
      await fromServer(db, 'membership', changedMembership(random, membership, today));
    } else {
      await fromServer(db, 'training-record', dsaRecord(random, membership.personId, today, 2000 + step));
    }
  }
}
