import { BRIDGE_ERROR_PREFIX, CHANNELS, operations, type DshBridge } from '../../../shared/contract/bridge';
import { electronMock, resetElectronMock } from '../../helpers/electron-mock';
// Loading the preload runs it against the mock, as Electron would run it in the page.
import '../../../electron/preload/index';

const exposedNames = [...electronMock.exposedInMainWorld.keys()];
const exposed = electronMock.exposedInMainWorld.get('dsh') as DshBridge;

function bridgeWithFreshMock(): DshBridge {
  resetElectronMock();
  return exposed;
}

describe('the preload bridge', () => {
  it("exposes window.dsh with exactly the contract's methods and nothing else", () => {
    const bridge = bridgeWithFreshMock();
    expect(exposedNames).toEqual(['dsh']);
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(operations).sort());
    for (const method of Object.values(bridge)) expect(typeof method).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it("calls each operation's own channel with the input", async () => {
    const bridge = bridgeWithFreshMock();
    electronMock.invokeReply = async (channel) =>
      channel === CHANNELS.getAppInfo ? { name: 'DSH Desk' } : { ok: true };
    const bytes = new Uint8Array([1, 2, 3]);

    await bridge.getAppInfo();
    await bridge.saveFile({ suggestedName: 'a.pdf', kind: 'pdf', bytes });
    await bridge.showInFolder({ path: '/tmp/a.pdf' });
    await bridge.openExternal({ url: 'mailto:ada@example.ac.uk' });
    await bridge.listBackups();
    await bridge.openBackupReader({ from: 'pick' });
    await bridge.setBackupSettings({ keepDaily: 7, keepWeekly: 4, everyHours: 4 });
    await bridge.readMainLog();

    expect(electronMock.invoked).toEqual([
      { channel: CHANNELS.getAppInfo, args: [] },
      { channel: CHANNELS.saveFile, args: [{ suggestedName: 'a.pdf', kind: 'pdf', bytes }] },
      { channel: CHANNELS.showInFolder, args: [{ path: '/tmp/a.pdf' }] },
      { channel: CHANNELS.openExternal, args: [{ url: 'mailto:ada@example.ac.uk' }] },
      { channel: CHANNELS.listBackups, args: [] },
      { channel: CHANNELS.openBackupReader, args: [{ from: 'pick' }] },
      { channel: CHANNELS.setBackupSettings, args: [{ keepDaily: 7, keepWeekly: 4, everyHours: 4 }] },
      { channel: CHANNELS.readMainLog, args: [] },
    ]);
  });

  it('ignores anything passed to an operation that takes no input', async () => {
    const bridge = bridgeWithFreshMock();
    await (bridge.getAppInfo as (x: unknown) => Promise<unknown>)({ sneaky: true });
    expect(electronMock.invoked).toEqual([{ channel: CHANNELS.getAppInfo, args: [] }]);
  });

  it("turns main's refusal into an Error with just the plain-English message", async () => {
    const bridge = bridgeWithFreshMock();
    electronMock.invokeReply = async () => {
      throw new Error(
        `Error invoking remote method 'dsh:open-external': Error: ${BRIDGE_ERROR_PREFIX}openExternal: Only e-mail links (mailto:) can be opened outside DSH Desk.`,
      );
    };
    await expect(bridge.openExternal({ url: 'https://example.org' })).rejects.toThrow(
      /^openExternal: Only e-mail links \(mailto:\) can be opened outside DSH Desk\.$/,
    );
  });

  it('passes other errors on unchanged', async () => {
    const bridge = bridgeWithFreshMock();
    electronMock.invokeReply = async () => {
      throw new Error('An object could not be cloned.');
    };
    await expect(
      bridge.saveFile({ suggestedName: 'a', kind: 'pdf', bytes: new Uint8Array() }),
    ).rejects.toThrow('An object could not be cloned.');
  });
});
