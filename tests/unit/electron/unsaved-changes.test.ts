import { confirmLeavingWithUnsavedChanges } from '../../../electron/unsaved-changes';
import { BrowserWindow, electronMock, resetElectronMock } from '../../helpers/electron-mock';

beforeEach(() => resetElectronMock());

/** The page refused to unload (a dirty form): what main decides, as Electron's event records it. */
function pageRefusesToUnload(window: BrowserWindow): { prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
  window.webContents.emit('will-prevent-unload', event);
  return event;
}

describe('closing the window with unsaved changes', () => {
  it('asks "Leave without saving?" in a native dialog attached to the window', () => {
    const window = new BrowserWindow();
    confirmLeavingWithUnsavedChanges(window as never);
    pageRefusesToUnload(window);
    expect(electronMock.messageBoxes).toEqual([
      expect.objectContaining({
        message: 'Leave without saving?',
        detail: expect.stringContaining('There are changes that are not saved'),
        buttons: ['Stay', 'Leave without saving'],
        defaultId: 0,
        cancelId: 0,
      }),
    ]);
  });

  it('closes (lets the unload go on) when the officer chooses to leave', () => {
    const window = new BrowserWindow();
    confirmLeavingWithUnsavedChanges(window as never);
    electronMock.messageBoxSyncAnswer = 1;
    expect(pageRefusesToUnload(window).prevented).toBe(true);
  });

  it('stays open, keeping the work, when the officer chooses Stay or presses Escape', () => {
    const window = new BrowserWindow();
    confirmLeavingWithUnsavedChanges(window as never);
    electronMock.messageBoxSyncAnswer = 0;
    expect(pageRefusesToUnload(window).prevented).toBe(false);
  });
});
