/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// jsdom, not node: dexie-export-import reads Blobs with FileReader and looks at `self` when it loads.
import { recordCheckpoint } from '../../../../renderer/db/audit/anchors';
import { checkBackup, createBackup } from '../../../../renderer/db/backup';
import { exports, memoryAnchor, reopened, settled } from './anchor-fixtures';
import { freshDb } from './db-fixtures';

describe('a backup checked against the checkpoints of this installation', () => {
  it('is vouched for when its log is the one recorded here, and warned about when it is another log', async () => {
    const anchor = memoryAnchor();
    const ours = await reopened(await freshDb(), anchor);
    await exports(ours, 3);
    await settled();
    await recordCheckpoint(ours.db, 'backup');
    const made = await createBackup(ours.db, { reason: 'manual', appVersion: '0.1.0' });
    expect((await checkBackup(ours.db, made.blob)).auditWarning).toBeNull();

    // Another installation's database: a log of its own, three events long too.
    const theirs = await freshDb();
    await exports(theirs, 4);
    const foreign = await createBackup(theirs.db, { reason: 'manual', appVersion: '0.1.0' });
    expect((await checkBackup(ours.db, foreign.blob)).auditWarning).toMatch(
      /^Its audit log is not the one this installation recorded on .* \(event 3 differs\): either it was rewritten, or it comes from another installation of DSH Desk\.$/,
    );
  });
});
