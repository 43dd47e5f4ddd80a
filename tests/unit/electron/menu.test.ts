import type { MenuItemConstructorOptions } from 'electron';
import { installMenu, menuTemplate } from '../../../electron/menu';
import { app, electronMock, resetElectronMock } from '../../helpers/electron-mock';

const base = { appName: 'DSH Desk', showAbout: () => undefined };

/** Every role and label in the menu, flattened. */
function entries(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    item.role ?? item.label ?? item.type ?? '?',
    ...entries(Array.isArray(item.submenu) ? item.submenu : []),
  ]);
}

beforeEach(() => resetElectronMock());

describe('the application menu', () => {
  it('offers reload and developer tools only in a development build', () => {
    const dev = entries(menuTemplate({ ...base, isPackaged: false, platform: 'win32' }));
    const shipped = entries(menuTemplate({ ...base, isPackaged: true, platform: 'win32' }));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(shipped).not.toContain('reload');
    expect(shipped).not.toContain('forceReload');
    expect(shipped).not.toContain('toggleDevTools');
  });

  it('has File, Edit, View and Help with the editing, zoom and full-screen roles', () => {
    const template = menuTemplate({ ...base, isPackaged: true, platform: 'linux' });
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(entries(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'About DSH Desk',
      ]),
    );
  });

  it('adds the app menu on macOS', () => {
    const template = menuTemplate({ ...base, isPackaged: true, platform: 'darwin' });
    expect(template[0]?.label).toBe('DSH Desk');
    expect(entries([template[0] as MenuItemConstructorOptions])).toEqual(
      expect.arrayContaining(['About DSH Desk', 'hide', 'quit']),
    );
  });

  it('shows name, version and data folder in About', async () => {
    app.setName('DSH Desk');
    app.setPath('userData', '/home/test/.config/DSH Desk');
    installMenu(() => null);
    const template = electronMock.applicationMenu?.template as MenuItemConstructorOptions[];
    const help = template.find((item) => item.role === 'help');
    const about = (help?.submenu as MenuItemConstructorOptions[])[0];
    about?.click?.(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>));
    await Promise.resolve();
    expect(electronMock.messageBoxes).toEqual([
      expect.objectContaining({
        message: 'DSH Desk 0.1.0',
        detail: 'Data folder: /home/test/.config/DSH Desk',
      }),
    ]);
  });
});
