/**
 * The engine's state counts evidence files still on their way and refused here, so the header can say so.
 */
import { SyncEngine } from '../../../../renderer/db/sync/engine';
import {
  EVIDENCE_TO_FETCH_KEY,
  noteEvidenceToFetch,
  noteEvidenceToSend,
  settleEvidence,
} from '../../../../renderer/db/sync/evidence-due';
import type { TeamTransport } from '../../../../renderer/db/sync/transport';
import { freshDb } from './db-fixtures';

const never = () => Promise.reject(new Error('not used'));
const transport: TeamTransport = {
  bulkDocs: never,
  changes: never,
  waitForChanges: never,
  getDoc: never,
  allocate: never,
};

it('counts the files still to send, still to fetch, and refused', async () => {
  const { db } = await freshDb();
  const engine = new SyncEngine(db, transport);
  await engine.refresh();
  expect(engine.status.files).toEqual({ sending: 0, fetching: 0, refused: 0 });

  await noteEvidenceToSend(db, ['e1']);
  await noteEvidenceToFetch(db, ['e2', 'e3', 'e4']);
  await settleEvidence(db, EVIDENCE_TO_FETCH_KEY, {
    settled: ['e4'],
    waiting: [],
    refused: { e4: 'Its contents do not match the file the record names.' },
  });
  await engine.refresh();
  expect(engine.status.files).toEqual({ sending: 1, fetching: 2, refused: 1 });
});
