import path from 'node:path';
import { decideUserDataFolder } from '../../../electron/services/user-data';

const appDataFolder = path.resolve('/home/officer/.config');
const fixed = path.join(appDataFolder, 'DSH Desk');
const development = path.join(appDataFolder, 'DSH Desk (development)');
const testFolder = path.resolve('/tmp/dsh-test-profile');

describe('where DSH Desk keeps its data', () => {
  it('is "DSH Desk" under the application-data folder in the installed app', () => {
    expect(decideUserDataFolder({ appDataFolder, isPackaged: true, env: {} })).toEqual({
      folder: fixed,
      overridden: false,
    });
  });

  it('is a folder of its own in a development run, so it never touches the installed app’s database', () => {
    expect(decideUserDataFolder({ appDataFolder, isPackaged: false, env: {} })).toEqual({
      folder: development,
      overridden: false,
    });
  });

  it('honours DSH_DESK_USER_DATA in a development build run by the test suite', () => {
    const env = { DSH_DESK_TEST: '1', DSH_DESK_USER_DATA: testFolder };
    expect(decideUserDataFolder({ appDataFolder, isPackaged: false, env })).toEqual({
      folder: testFolder,
      overridden: true,
    });
  });

  it.each([
    ['in a packaged app, even in test mode', true, { DSH_DESK_TEST: '1', DSH_DESK_USER_DATA: testFolder }],
    ['without DSH_DESK_TEST', false, { DSH_DESK_USER_DATA: testFolder }],
    [
      'when DSH_DESK_TEST is not exactly "1"',
      false,
      { DSH_DESK_TEST: 'true', DSH_DESK_USER_DATA: testFolder },
    ],
    ['when the override is empty', false, { DSH_DESK_TEST: '1', DSH_DESK_USER_DATA: '' }],
  ])('ignores the override %s', (_label, isPackaged, env) => {
    expect(decideUserDataFolder({ appDataFolder, isPackaged, env })).toEqual({
      folder: isPackaged ? fixed : development,
      overridden: false,
    });
  });

  it('refuses a relative override instead of guessing where it points', () => {
    const env = { DSH_DESK_TEST: '1', DSH_DESK_USER_DATA: 'profile' };
    expect(() => decideUserDataFolder({ appDataFolder, isPackaged: false, env })).toThrow(
      /must be an absolute folder path/,
    );
  });
});
