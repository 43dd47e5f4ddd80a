jest.setTimeout(60_000);

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FolderBackupReason } from '../../../shared/contract/backup-payloads';
import { createBackupFolder } from '../../../electron/services/backups';
import { parseBackupFileName } from '../../../electron/services/backups-files';
import { backupsToRemove } from '../../../electron/services/backups-rotation';
import { testInstallationKey } from '../../helpers/fake-key-protection';
import { keptInFolder } from './backups-helpers';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-rotation-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** What is left in the folder, as "yyyy-MM-ddTHH:mm reason" (UTC; London is on GMT in Nov and Dec). */
async function left(folder: string): Promise<string[]> {
  return (await fs.readdir(folder))
    .map((name) => parseBackupFileName(name))
    .filter((named) => named !== null)
    .map((named) => `${named.createdAt.slice(0, 16)} ${named.reason}`)
    .sort();
}

describe('rotation over a simulated month (the last 7 daily and 4 weekly)', () => {
  it('keeps the right files, written one by one as the app would', async () => {
    const clock = { now: new Date(0) };
    const folder = path.join(root, 'backups');
    // Plain writes: the atomic writer's fsyncs would make 190 backups slow, and it has tests of its own.
    const backups = createBackupFolder({
      folder,
      chooseBackupFile: async () => null,
      now: () => clock.now,
      writeFile: (target, bytes) => fs.writeFile(target, bytes),
      installationKey: await testInstallationKey(path.join(root, 'data')),
    });
    const write = async (at: string, reason: FolderBackupReason) => {
      clock.now = new Date(at);
      await keptInFolder(backups, reason);
    };
    // Every four hours from Monday 2 November 2026 to Wednesday 2 December, and a few made by hand or for safety.
    const extras: Record<string, FolderBackupReason> = {
      '2026-11-03T09:00:00.000Z': 'before-upgrade',
      '2026-11-10T09:00:00.000Z': 'manual',
      '2026-11-12T09:00:00.000Z': 'before-restore',
      '2026-11-27T10:15:00.000Z': 'manual',
    };
    for (
      let t = Date.parse('2026-11-02T02:00:00.000Z');
      t <= Date.parse('2026-12-02T22:00:00.000Z');
      t += 4 * 3600_000
    ) {
      await write(new Date(t).toISOString(), 'periodic');
      for (const [at, reason] of Object.entries(extras)) {
        if (Date.parse(at) > t && Date.parse(at) < t + 4 * 3600_000) await write(at, reason);
      }
    }

    expect(await left(folder)).toEqual([
      '2026-11-03T09:00 before-upgrade', // the newest before an upgrade: the way back, however old
      '2026-11-10T09:00 manual', // made by hand: only the officer removes it
      '2026-11-12T09:00 before-restore', // the newest before a restore: the undo, however old
      '2026-11-15T22:00 periodic', // newest of the week of 9 November
      '2026-11-22T22:00 periodic', // newest of the week of 16 November
      '2026-11-26T22:00 periodic', // the newest of each of the last 7 days…
      '2026-11-27T10:15 manual', // …and what the officer asked for on those days
      '2026-11-27T22:00 periodic',
      '2026-11-28T22:00 periodic',
      '2026-11-29T22:00 periodic', // (also the newest of the week of 23 November)
      '2026-11-30T22:00 periodic',
      '2026-12-01T22:00 periodic',
      '2026-12-02T22:00 periodic', // (also the newest of this week)
    ]);

    // Back after two months away: the backups from before are not all aged out at once.
    await write('2027-02-03T09:00:00.000Z', 'start');
    expect(await left(folder)).toEqual([
      '2026-11-03T09:00 before-upgrade',
      '2026-11-10T09:00 manual',
      '2026-11-12T09:00 before-restore',
      '2026-11-22T22:00 periodic',
      '2026-11-27T10:15 manual',
      '2026-11-27T22:00 periodic',
      '2026-11-28T22:00 periodic',
      '2026-11-29T22:00 periodic',
      '2026-11-30T22:00 periodic',
      '2026-12-01T22:00 periodic',
      '2026-12-02T22:00 periodic',
      '2027-02-03T09:00 start',
    ]);
  });
});

describe('the rotation rule', () => {
  const NOW = new Date('2026-12-02T12:00:00.000Z');
  const candidate = (createdAt: string, reason: FolderBackupReason = 'periodic') => ({
    fileName: `${createdAt} ${reason}`,
    createdAt,
    reason,
  });

  it('counts London days: 23:30 UTC in June is the next day in London', () => {
    const backups = [candidate('2026-06-01T22:30:00.000Z'), candidate('2026-06-01T23:30:00.000Z')];
    expect(backupsToRemove(backups, { keepDaily: 2, keepWeekly: 0 }, NOW)).toEqual([]);
    expect(backupsToRemove(backups, { keepDaily: 1, keepWeekly: 0 }, NOW)).toEqual([
      '2026-06-01T22:30:00.000Z periodic',
    ]);
  });

  it('always keeps the newest backup, and weekly 0 keeps no extra weeks', () => {
    const backups = [candidate('2026-11-02T10:00:00.000Z'), candidate('2026-11-20T10:00:00.000Z')];
    expect(backupsToRemove(backups, { keepDaily: 1, keepWeekly: 0 }, NOW)).toEqual([
      '2026-11-02T10:00:00.000Z periodic',
    ]);
    expect(backupsToRemove(backups, { keepDaily: 1, keepWeekly: 4 }, NOW)).toEqual([]);
  });

  it('removes nothing when there is nothing to remove', () => {
    expect(backupsToRemove([], { keepDaily: 7, keepWeekly: 4 }, NOW)).toEqual([]);
  });

  it('never counts a backup dated in the future as the newest, nor lets it push an older one out', () => {
    const backups = [
      candidate('2026-11-30T10:00:00.000Z'),
      candidate('2026-12-01T10:00:00.000Z'),
      // Made while the clock was a week fast.
      candidate('2026-12-08T10:00:00.000Z'),
      candidate('2026-12-09T10:00:00.000Z'),
    ];
    expect(backupsToRemove(backups, { keepDaily: 2, keepWeekly: 0 }, NOW)).toEqual([]);
    // A few minutes ahead is a clock that drifts, not a wrong one: that backup is the newest.
    const drift = [candidate('2026-12-01T10:00:00.000Z'), candidate('2026-12-02T12:03:00.000Z')];
    expect(backupsToRemove(drift, { keepDaily: 1, keepWeekly: 0 }, NOW)).toEqual([
      '2026-12-01T10:00:00.000Z periodic',
    ]);
  });

  it('never rotates away a backup the officer made by hand, however old', () => {
    const backups = [
      candidate('2026-10-01T10:00:00.000Z', 'manual'),
      candidate('2026-11-30T10:00:00.000Z', 'manual'),
      candidate('2026-11-30T09:00:00.000Z'),
      candidate('2026-12-01T10:00:00.000Z'),
    ];
    expect(backupsToRemove(backups, { keepDaily: 1, keepWeekly: 0 }, NOW)).toEqual([
      '2026-11-30T09:00:00.000Z periodic',
    ]);
  });
});

describe('a clock that was wrong for a day', () => {
  it('does not stop "Back up now" from keeping the genuine backups of the previous days, and is reported', async () => {
    const clock = { now: new Date(0) };
    const folder = path.join(root, 'backups');
    const backups = createBackupFolder({
      folder,
      chooseBackupFile: async () => null,
      now: () => clock.now,
      writeFile: (target, bytes) => fs.writeFile(target, bytes),
      installationKey: await testInstallationKey(path.join(root, 'data')),
    });
    await backups.saveSettings({ keepDaily: 3, keepWeekly: 0, everyHours: 4 });
    const write = async (at: string, reason: FolderBackupReason) => {
      clock.now = new Date(at);
      return keptInFolder(backups, reason);
    };
    await write('2026-11-22T10:00:00.000Z', 'manual');
    for (const day of ['2026-11-22', '2026-11-23', '2026-11-24'])
      await write(`${day}T11:00:00.000Z`, 'periodic');
    // On the 25th the clock jumped a month ahead for a day.
    for (const day of ['2026-12-25', '2026-12-26']) await write(`${day}T11:00:00.000Z`, 'start');
    const before = await left(folder);

    const { removed } = await write('2026-11-26T09:00:00.000Z', 'manual');
    expect(removed).toEqual([]);
    expect(await left(folder)).toEqual([...before, '2026-11-26T09:00 manual'].sort());

    const list = await backups.list();
    expect(list.clock).toEqual({
      now: '2026-11-26T09:00:00.000Z',
      futureDated: [
        'dsh-desk-backup-2026-12-26T11-00-00-000Z-start.json',
        'dsh-desk-backup-2026-12-25T11-00-00-000Z-start.json',
      ],
    });
  });
});
