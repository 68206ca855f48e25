import { Menu, type MenuItemConstructorOptions } from 'electron';

export const LOCK_WORKSPACE_ACCELERATOR = 'CmdOrCtrl+Shift+L';

export interface ApplicationMenuActions {
  lockWorkspace(): void;
}

/** Standard menus plus "Lock workspace"; developer tools only in unpackaged builds. */
export function applicationMenuTemplate(actions: ApplicationMenuActions, platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = isPackaged ? [] : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'Workspace',
      submenu: [
        { label: 'Lock workspace', accelerator: LOCK_WORKSPACE_ACCELERATOR, click: () => actions.lockWorkspace() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...developerItems],
    },
    { role: 'windowMenu' },
  ];
}

export function installApplicationMenu(actions: ApplicationMenuActions, isPackaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(actions, process.platform, isPackaged)));
}
