/**
 * The files due to be fetched in a team: many noted at once in one transaction (a pulled batch), moved a
 * bounded number per round, and files the team server does not hold yet never hold up those behind them.
 */
import { freshDb } from './db-fixtures';
import { fixtureId } from '../../../helpers/domain-fixtures';
import {
  EVIDENCE_TO_FETCH_KEY,
  evidenceIds,
  noteEvidenceToFetch,
} from '../../../../renderer/db/sync/evidence-due';
import { EVIDENCE_PER_ROUND, receiveEvidence } from '../../../../renderer/db/sync/evidence-transfer';
import type { TeamTransport } from '../../../../renderer/db/sync/transport';

const row = (n: number) => ({
  id: fixtureId(700 + n),
  sha256: n.toString(16).padStart(64, '0'),
  entity: 'training-record',
  entityId: fixtureId(1),
  fileName: `file ${n}.pdf`,
  mediaType: 'application/pdf' as const,
  size: 100,
  at: '2026-11-25T10:00:00.000Z',
  staffId: fixtureId(201),
  staffName: 'Kim Officer',
});

it('asks for the files behind ones the server does not hold yet, and keeps asking for those', async () => {
  const { db } = await freshDb();
  const rows = Array.from({ length: EVIDENCE_PER_ROUND + 1 }, (_, i) => row(i + 1));
  await db.evidenceFiles.bulkAdd(rows);
  await db.transaction('rw', db.meta, () =>
    noteEvidenceToFetch(
      db,
      rows.map((r) => r.id),
    ),
  );
  expect(await evidenceIds(db, EVIDENCE_TO_FETCH_KEY)).toEqual(rows.map((r) => r.id));
  const last = rows.at(-1)!;
  const asked: string[] = [];
  const transport = {
    fetchEvidence: async (request: { sha256: string }) => {
      asked.push(request.sha256);
      return request.sha256 === last.sha256 ? { status: 'stored' as const } : { status: 'not-yet' as const };
    },
  } as unknown as TeamTransport;

  expect(await receiveEvidence(db, transport)).toEqual({ settled: 0, due: EVIDENCE_PER_ROUND + 1 });
  expect(asked).toHaveLength(EVIDENCE_PER_ROUND);
  expect(await receiveEvidence(db, transport)).toEqual({ settled: 1, due: EVIDENCE_PER_ROUND });
  // The second round asks first for the file behind the waiting ones; those are still due.
  expect(asked[EVIDENCE_PER_ROUND]).toBe(last.sha256);
  expect((await evidenceIds(db, EVIDENCE_TO_FETCH_KEY)).sort()).toEqual(rows.slice(0, -1).map((r) => r.id));
});
