import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { installContextMenu } from '../../../electron/context-menu';
import { electronMock, MockWebContents, resetElectronMock } from '../../helpers/electron-mock';

let contents: MockWebContents;

beforeEach(() => {
  resetElectronMock();
  contents = new MockWebContents();
  installContextMenu(contents as unknown as WebContents);
});

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

/** Right-clicks with `params` and returns the menu shown, or null when none was. */
function rightClick(params: Record<string, unknown>): MenuItemConstructorOptions[] | null {
  contents.emit(
    'context-menu',
    {},
    {
      misspelledWord: '',
      dictionarySuggestions: [],
      isEditable: false,
      selectionText: '',
      editFlags: allowed,
      ...params,
    },
  );
  const menu = electronMock.poppedUpMenus.at(-1);
  return menu ? (menu.template as MenuItemConstructorOptions[]) : null;
}

const names = (items: MenuItemConstructorOptions[] | null): string[] =>
  (items ?? []).map((item) => item.label ?? item.role ?? item.type ?? '?');

describe('the right-click menu', () => {
  it('offers Cut, Copy, Paste and Select All in a field', () => {
    const menu = rightClick({ isEditable: true, editFlags: { ...allowed, canCut: false, canCopy: false } });
    expect(names(menu)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    // Nothing selected: Cut and Copy are there but greyed out.
    expect(menu?.filter((item) => item.enabled === false).map((item) => item.role)).toEqual(['cut', 'copy']);
  });

  it('offers spelling suggestions for an underlined word, and replaces it with the one chosen', () => {
    const menu = rightClick({
      isEditable: true,
      misspelledWord: 'recieve',
      dictionarySuggestions: ['receive', 'relieve', 'reprieve', 'recite', 'recede', 'revive'],
    });
    expect(names(menu).slice(0, 8)).toEqual([
      'receive',
      'relieve',
      'reprieve',
      'recite',
      'recede',
      'separator',
      'Add to dictionary',
      'separator',
    ]);
    menu?.[0]?.click?.({} as never, undefined, {} as never);
    expect(contents.replacedMisspellings).toEqual(['receive']);
  });

  it('adds the word to the dictionary when asked', () => {
    const menu = rightClick({ isEditable: true, misspelledWord: 'Caldicott', dictionarySuggestions: [] });
    expect(names(menu)[0]).toBe('No spelling suggestions');
    menu?.find((item) => item.label === 'Add to dictionary')?.click?.({} as never, undefined, {} as never);
    expect(contents.session.wordsAddedToDictionary).toEqual(['Caldicott']);
  });

  it('offers Copy for text selected on the page', () => {
    expect(names(rightClick({ selectionText: 'DSH-2026-014' }))).toEqual(['copy', 'selectAll']);
  });

  it('shows nothing where there is nothing to do', () => {
    expect(rightClick({})).toBeNull();
  });
});
