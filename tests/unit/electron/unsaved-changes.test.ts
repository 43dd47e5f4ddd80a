import { confirmLeavingWithUnsavedChanges, unsavedChangesDetail } from '../../../electron/unsaved-changes';
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

describe('naming the unsaved forms', () => {
  it('names the forms the page last reported, in the dialog', () => {
    const window = new BrowserWindow();
    let unsaved = { labels: ['Initial discussion'], unnamed: 0 };
    confirmLeavingWithUnsavedChanges(window as never, () => unsaved);
    pageRefusesToUnload(window);
    unsaved = { labels: ['Initial discussion', 'Closure checklist'], unnamed: 1 };
    pageRefusesToUnload(window);
    expect(electronMock.messageBoxes.map((box) => (box as { detail: string }).detail)).toEqual([
      '“Initial discussion” has changes that are not saved. If you leave now, they will be lost. Choose Stay to go back and save them.',
      '“Initial discussion”, “Closure checklist” and a form on this page have changes that are not saved. If you leave now, they will be lost. Choose Stay to go back and save them.',
    ]);
  });

  it('says "a form on this page" when the page does not name it, and stays general when it said nothing', () => {
    expect(unsavedChangesDetail({ labels: [], unnamed: 1 })).toMatch(/^A form on this page has changes/);
    expect(unsavedChangesDetail({ labels: [], unnamed: 3 })).toMatch(/^3 forms on this page have changes/);
    expect(unsavedChangesDetail({ labels: [], unnamed: 0 })).toMatch(
      /^There are changes that are not saved\./,
    );
  });
});
