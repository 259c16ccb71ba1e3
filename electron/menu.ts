import type { MenuItemConstructorOptions } from 'electron';
import type { BridgeEvent } from '../shared/contract/bridge.js';
import type { Messages } from '../shared/i18n/index.js';

export interface MenuContext {
  labels: Messages['menu'];
  platform: NodeJS.Platform;
  /** Developer tools and reload are for development builds only. */
  isPackaged: boolean;
  send(event: BridgeEvent): void;
  showDataFile(): void;
}

/**
 * The native menu. The Edit roles are what make undo, cut, copy, paste and select-all work in the
 * page's inputs (and their shortcuts on macOS). Labels are explicit so the menu follows Keyplan's language.
 */
export function menuTemplate({ labels: l, platform, isPackaged, send, showDataFile }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const newAccount: MenuItemConstructorOptions = { label: l.newAccount, accelerator: 'CmdOrCtrl+N', click: () => send('menu:new-account') };
  const settings: MenuItemConstructorOptions = { label: l.settings, accelerator: 'CmdOrCtrl+,', click: () => send('menu:settings') };

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about', label: l.about },
      sep,
      settings,
      sep,
      { role: 'services', label: l.services },
      sep,
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.unhide },
      sep,
      { role: 'quit', label: l.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: mac ? [newAccount, sep, { role: 'close', label: l.close }] : [newAccount, settings, sep, { role: 'quit', label: l.quit }],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      sep,
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.toggleDevTools }, sep];
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      ...developer,
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      sep,
      { role: 'togglefullscreen', label: l.fullscreen },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: l.window,
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize', label: l.minimize }, { role: 'zoom', label: l.zoom }, sep, { role: 'front', label: l.front }]
      : [{ role: 'minimize', label: l.minimize }, { role: 'close', label: l.close }],
  };
  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: [{ label: l.showDataFile, click: showDataFile }, ...(mac ? [] : [sep, { role: 'about' as const, label: l.about }])],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
