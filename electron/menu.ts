/**
 * The application menu. Editing and zoom work through Electron's built-in roles; reload and the developer
 * tools exist only in development builds, because in a shipped app they would let anyone at the desk run
 * code in the page or throw away unsaved form input.
 */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** What the menu depends on, passed in so the template can be checked without a running app. */
export interface MenuContext {
  appName: string;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  showAbout(): void;
}

/** The menu template for a platform and build. */
export function menuTemplate({
  appName,
  isPackaged,
  platform,
  showAbout,
}: MenuContext): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: showAbout };
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit', label: `Quit ${appName}` }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: [about] },
  ];
  if (!isMac) return template;
  // macOS puts About, Hide and Quit in a menu named after the app.
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [appMenu, ...template];
}

/** Shows name, version and data folder, the three facts support asks for first. */
export async function showAboutDialog(window: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `Data folder: ${app.getPath('userData')}`,
    buttons: ['OK'],
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Builds and installs the application menu. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const template = menuTemplate({
    appName: app.getName(),
    isPackaged: app.isPackaged,
    platform: process.platform,
    showAbout: () => {
      showAboutDialog(getWindow()).catch((error: unknown) =>
        console.error('DSH Desk: About dialog failed', error),
      );
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
