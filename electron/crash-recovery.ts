/**
 * A renderer that crashes (out of memory, killed) leaves a blank window with no way back. Main notices and
 * offers to reload the page; what was saved is in IndexedDB and comes back with it.
 */
import { app, dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';

/** The dialog's buttons, in order. */
export const CRASH_BUTTONS = ['Reload', 'Quit DSH Desk'] as const;

/** Offers Reload or Quit whenever the window's page stops working, except when it simply closed. */
export function offerReloadAfterCrash(window: BrowserWindow): void {
  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    console.error(`DSH Desk: the window's page stopped (${details.reason}, exit code ${details.exitCode})`);
    dialog
      .showMessageBox(window, {
        type: 'error',
        title: 'DSH Desk stopped working',
        message: 'This window stopped working.',
        detail: `${reasonText(details.reason)} Everything that was saved is safe; changes not yet saved in open forms are lost. Reload to carry on.`,
        buttons: [...CRASH_BUTTONS],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (response === 0) window.webContents.reload();
        else app.quit();
      })
      .catch((error: unknown) => console.error('DSH Desk: the crash dialog failed', error));
  });
}

function reasonText(reason: RenderProcessGoneDetails['reason']): string {
  switch (reason) {
    case 'oom':
      return 'It ran out of memory.';
    case 'crashed':
      return 'It crashed.';
    case 'killed':
      return 'It was stopped by the system or another program.';
    default:
      return `It stopped (${reason}).`;
  }
}
