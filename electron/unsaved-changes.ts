/**
 * Closing or quitting with unsaved changes. The page's `beforeunload` handler cancels the unload while a form
 * is dirty; Electron shows no dialog of its own for that, it just cancels the close, so without this the X,
 * Alt+F4 and Quit would silently do nothing. Main asks the officer instead, with a native dialog naming the
 * forms the page last said were unsaved (bridge operation `noteUnsavedForms`).
 */
import { dialog, type BrowserWindow } from 'electron';
import type { UnsavedForms } from '../shared/contract/payloads';

/** The dialog's buttons, in order; "Stay" first so that Enter and Escape both keep the work. */
export const UNSAVED_CHANGES_BUTTONS = ['Stay', 'Leave without saving'] as const;
const LEAVE = UNSAVED_CHANGES_BUTTONS.indexOf('Leave without saving');

/** The dialog's text: which forms hold unsaved changes, as far as the page named them. */
export function unsavedChangesDetail(forms: UnsavedForms): string {
  const named = [...new Set(forms.labels)].map((label) => `“${label}”`);
  const unnamedWords =
    forms.unnamed === 1
      ? 'a form on this page'
      : `${forms.unnamed} ${named.length > 0 ? 'other forms' : 'forms on this page'}`;
  const others = forms.unnamed > 0 ? [unnamedWords] : [];
  const all = [...named, ...others];
  const which =
    all.length === 0
      ? 'There are changes that are not saved.'
      : `${all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} and ${all.at(-1)!}`} ${all.length === 1 && forms.unnamed <= 1 ? 'has' : 'have'} changes that are not saved.`;
  return `${which.charAt(0).toUpperCase()}${which.slice(1)} If you leave now, they will be lost. Choose Stay to go back and save them.`;
}

/** Asks "Leave without saving?" whenever the page refuses to unload; leaving lets the close go on. */
export function confirmLeavingWithUnsavedChanges(
  window: BrowserWindow,
  unsaved: () => UnsavedForms = () => ({ labels: [], unnamed: 0 }),
): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'Leave without saving?',
      message: 'Leave without saving?',
      detail: unsavedChangesDetail(unsaved()),
      buttons: [...UNSAVED_CHANGES_BUTTONS],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // Electron's rule: preventing the default of will-prevent-unload ignores beforeunload and unloads.
    if (choice === LEAVE) event.preventDefault();
  });
}
