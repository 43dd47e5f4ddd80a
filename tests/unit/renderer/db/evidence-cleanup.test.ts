/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// Letting go of a cancelled proposal's file: the renderer names every file its rows use, and main removes
// only the cancelled file no row names (the REAL handlers, a real evidence folder).
jest.setTimeout(60_000);

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { letGoOfEvidence, referencedEvidence } from '../../../../renderer/db/evidence-cleanup';
import { attachEvidence } from '../../../../renderer/db/repositories/evidence-files';
import { freshDb } from './db-fixtures';
import { folderHostPerTest } from './backup-host';

const place = folderHostPerTest();

function png(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode(text)]);
}

it('removes the file of a cancelled proposal, but never one a record names', async () => {
  const { db, ctx } = await freshDb();
  const { host } = place();
  const keep = async (text: string) => {
    const stored = await host.storeEvidenceFile({ fileName: `${text}.png`, bytes: png(text) });
    if (stored.status !== 'stored') throw new Error(stored.message);
    return stored;
  };
  const attached = await keep('a signed form on a record');
  const cancelled = await keep('a certificate the officer cancelled');
  const now = new Date().toISOString();
  await db.trainingRecords.add({
    id: 't1',
    personId: 'p1',
    kind: 'nhs-dsa-level-1',
    completedOn: '2026-12-01',
    expiresOn: '2027-12-01',
    evidenceReference: 'cert',
    createdAt: now,
    updatedAt: now,
  } as never);
  const { status: _s, text: _t, ...kept } = attached;
  await attachEvidence(ctx, { entity: 'training-record', entityId: 't1' }, { ...kept, fileName: 'form.png' });
  expect(await referencedEvidence(db)).toEqual([attached.sha256]);

  // The officer cancels two proposals: one of a file that is also another record's evidence.
  await expect(letGoOfEvidence(db, host, [cancelled.sha256, attached.sha256])).resolves.toBe(1);
  const folder = path.join(path.dirname(place().folder), 'evidence');
  expect((await fs.readdir(folder)).filter((name) => name !== 'viewing')).toEqual([attached.sha256]);
});
