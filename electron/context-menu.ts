/**
 * The right-click menu desktop users expect: spelling suggestions and "Add to dictionary" for an underlined
 * word, Cut/Copy/Paste/Select All in a field, Copy for selected text. Electron shows no menu of its own.
 */
import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';

/** The most spelling suggestions offered, as word processors do. */
export const MAX_SUGGESTIONS = 5;

/** The menu for one right-click; empty when there is nothing useful to offer (no menu is shown). */
export function contextMenuTemplate(
  params: Pick<
    ContextMenuParams,
    'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'
  >,
  contents: Pick<WebContents, 'replaceMisspelling' | 'session'>,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    const word = params.misspelledWord;
    items.push(
      { type: 'separator' },
      {
        label: 'Add to dictionary',
        click: () => contents.session.addWordToSpellCheckerDictionary(word),
      },
      { type: 'separator' },
    );
  }
  if (params.isEditable) {
    const flags = params.editFlags;
    items.push(
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy' }, { role: 'selectAll' });
  }
  return items;
}

/** Shows the context menu on right-click in `contents`. */
export function installContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, contents);
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
