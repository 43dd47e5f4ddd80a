import { offerReloadAfterCrash } from '../../../electron/crash-recovery';
import { BrowserWindow, dialog, electronMock, resetElectronMock } from '../../helpers/electron-mock';

beforeEach(() => resetElectronMock());
afterEach(() => jest.restoreAllMocks());

/** The page dies with `reason`; waits for main's answer to be acted on. */
async function pageGone(window: BrowserWindow, reason: string): Promise<void> {
  window.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
  await new Promise((resolve) => setImmediate(resolve));
}

describe('when the window’s page crashes', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));

  it('offers to reload, and reloads when the officer agrees', async () => {
    const window = new BrowserWindow();
    offerReloadAfterCrash(window as never);
    await pageGone(window, 'oom');
    expect(electronMock.messageBoxes).toEqual([
      expect.objectContaining({
        message: 'This window stopped working.',
        detail: expect.stringMatching(/^It ran out of memory\. Everything that was saved is safe/),
        buttons: ['Reload', 'Quit DSH Desk'],
      }),
    ]);
    expect(window.webContents.reloadCount).toBe(1);
  });

  it('quits when the officer chooses to', async () => {
    jest.spyOn(dialog, 'showMessageBox').mockResolvedValue({ response: 1 });
    const window = new BrowserWindow();
    offerReloadAfterCrash(window as never);
    await pageGone(window, 'crashed');
    expect(window.webContents.reloadCount).toBe(0);
    expect(electronMock.quitCount).toBe(1);
  });

  it('says nothing when the page simply closed', async () => {
    const window = new BrowserWindow();
    offerReloadAfterCrash(window as never);
    await pageGone(window, 'clean-exit');
    expect(electronMock.messageBoxes).toEqual([]);
  });
});
