/**
 * Closing or quitting with unsaved changes. The page's `beforeunload` handler cancels the unload while a form
 * is dirty; Electron shows no dialog of its own for that, it just cancels the close, so without this the X,
 * Alt+F4 and Quit would silently do nothing. Main asks the officer instead, with a native dialog.
 */
import { dialog, type BrowserWindow } from 'electron';

/** The dialog's buttons, in order; "Stay" first so that Enter and Escape both keep the work. */
export const UNSAVED_CHANGES_BUTTONS = ['Stay', 'Leave without saving'] as const;
const LEAVE = UNSAVED_CHANGES_BUTTONS.indexOf('Leave without saving');

/** Asks "Leave without saving?" whenever the page refuses to unload; leaving lets the close go on. */
export function confirmLeavingWithUnsavedChanges(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'Leave without saving?',
      message: 'Leave without saving?',
      // The page does not tell main which forms are dirty: the bridge stays as small as it is.
      detail:
        'There are changes that are not saved. If you leave now, they will be lost. Choose Stay to go back and save them.',
      buttons: [...UNSAVED_CHANGES_BUTTONS],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // Electron's rule: preventing the default of will-prevent-unload ignores beforeunload and unloads.
    if (choice === LEAVE) event.preventDefault();
  });
}
