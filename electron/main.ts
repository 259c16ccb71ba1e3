import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createAutomaticBackup,
  createDispatch,
  DamagedDatabaseError,
  defaultBackupDir,
  openDatabase,
  planRecovery,
  purgeTrash,
  recoverFromBackup,
  removeLeftovers,
  type DbHandle,
  type OpenOptions,
} from '../db/index.js';
import type { Settings } from '../shared/contract/index.js';
import { languageFromLocales, messages, type Language } from '../shared/i18n/index.js';
import { registerAppScheme, serveApp } from './appProtocol.js';
import { scheduleBackups, type BackupSchedule } from './backupSchedule.js';
import { createHostHandlers } from './host/handlers.js';
import { electronServices } from './host/electronServices.js';
import { reusablePrintWindow } from './host/printWindow.js';
import { registerIpc } from './ipc.js';
import { menuTemplate } from './menu.js';
import { isOwnPage, resolvePageSource, type PageSource } from './pageSource.js';
import { createRouter } from './router.js';
import { hardenSession, hardenWebContents } from './security.js';
import { damagedPrompt, databasePath, nativeBindingFrom, recoveredNotice, startupFailure } from './startup.js';
import { createMainWindow } from './window.js';

// This file is bundled to dist/electron/main.cjs; the preload, migrations and renderer ship beside it (in app.asar when packaged).
const paths = {
  preload: join(__dirname, 'preload.cjs'),
  migrations: join(__dirname, 'migrations'),
  renderer: join(__dirname, '..', 'renderer', 'index.html'),
};
const BACKUP_EVERY_MS = 6 * 60 * 60 * 1000;

let mainWindow: BrowserWindow | null = null;

// Before the app is ready, or the scheme has no origin of its own.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady()
    .then(start)
    .catch((error: unknown) => fatal(error));
}

const systemLanguage = (): Language => languageFromLocales([app.getLocale(), ...app.getPreferredSystemLanguages()]);

function fatal(error: unknown, dbPath: string | null = null): void {
  const { title, body } = startupFailure(error, dbPath, messages[systemLanguage()].startup);
  dialog.showErrorBox(title, body);
  app.exit(1);
}

/**
 * The database file is damaged: offer the newest intact backup in its place, or quit. The decisions
 * (which backup, where the damaged file goes) are db/recovery.ts's; this only asks.
 */
async function offerRecovery(error: DamagedDatabaseError, dbPath: string, options: OpenOptions): Promise<DbHandle | null> {
  const language = systemLanguage();
  const text = messages[language].startup;
  const plan = planRecovery(dbPath, options);
  const prompt = damagedPrompt(plan, error.message, text, language);
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: prompt.title,
    message: prompt.message,
    detail: prompt.detail,
    buttons: prompt.buttons,
    defaultId: 0,
    cancelId: prompt.buttons.length - 1,
    noLink: true,
  });
  if (prompt.restoreButton === null || choice !== prompt.restoreButton) return null;
  recoverFromBackup(plan, options);
  const handle = await openDatabase(dbPath, options);
  const notice = recoveredNotice(plan, text, language);
  dialog.showMessageBoxSync({ type: 'info', title: notice.title, message: notice.message, buttons: [messages[language].common.close] });
  return handle;
}

async function start(): Promise<void> {
  const text = messages[systemLanguage()].startup;
  let page: PageSource;
  try {
    page = resolvePageSource(paths.renderer, app.isPackaged ? undefined : process.env.KEYPLAN_DEV_URL);
  } catch (error) {
    return fatal(error);
  }
  if (page.kind === 'app' && !existsSync(page.path)) {
    dialog.showErrorBox(text.startFailedTitle, text.rendererMissing.replace('{{path}}', page.path));
    return app.exit(1);
  }

  const dbPath = databasePath(process.env, app.getPath('userData'));
  // A replacement native build is for development (`npm start` builds one for Electron); a packaged app uses its own.
  const nativeBinding = nativeBindingFrom(process.env, app.isPackaged);
  const openOptions: OpenOptions = { migrationsFolder: paths.migrations, nativeBinding };
  let handle: DbHandle;
  try {
    handle = await openDatabase(dbPath, openOptions);
  } catch (error) {
    // Never delete anything here. A damaged file may be swapped for a backup if the user says so (it is
    // kept under another name); otherwise the dialog says where the untouched file and the backup are.
    if (!(error instanceof DamagedDatabaseError)) return fatal(error, dbPath);
    const recovered = await offerRecovery(error, dbPath, openOptions).catch((failure: unknown) => {
      fatal(failure, dbPath);
      return null;
    });
    if (!recovered) return app.exit(1);
    handle = recovered;
  }

  try {
    purgeTrash(handle.db);
  } catch (error) {
    console.error('[keyplan] could not empty the trash', error);
  }
  // Working copies and half-written backups of a run that was killed (each a full copy of the data).
  removeLeftovers({ backupDir: defaultBackupDir(dbPath) });

  const backend = createDispatch(handle, {
    version: app.getVersion(),
    // Restoring a backup opens a second connection (on a temp copy): same migrations and native build.
    migrationsFolder: paths.migrations,
    nativeBinding,
  });
  const uiLanguage = (): Language => {
    const settings = backend('settings.get', {});
    return (settings.ok && (settings.data as Settings).language) || systemLanguage();
  };
  const applyMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          labels: messages[uiLanguage()].menu,
          platform: process.platform,
          isPackaged: app.isPackaged,
          send: (event) => mainWindow?.webContents.send(event),
          showDataFile: () => shell.showItemInFolder(dbPath),
        }),
      ),
    );

  if (page.kind === 'app') serveApp(session.defaultSession, page.root);
  hardenSession(session.defaultSession, page);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, page));
  const pdfWindow = reusablePrintWindow();
  const invoke = createRouter({
    dispatch: backend,
    host: createHostHandlers(
      electronServices({ parent: () => mainWindow, filterName: (format) => messages[uiLanguage()].files.filters[format], pdfWindow }),
    ),
    // The menus speak the language the user chose.
    onWrites: (entities) => {
      if (entities.includes('settings')) applyMenu();
    },
  });
  registerIpc(ipcMain, invoke, (url) => isOwnPage(page, url));
  applyMenu();

  const openWindow = () => {
    mainWindow = createMainWindow({ page, preload: paths.preload, devTools: !app.isPackaged });
    mainWindow.on('closed', () => {
      mainWindow = null;
      // The hidden print window must not keep the app open (or count as a window on macOS).
      pdfWindow.dispose();
    });
  };
  openWindow();

  const backups: BackupSchedule = scheduleBackups(
    () => createAutomaticBackup(handle.sqlite, dbPath),
    BACKUP_EVERY_MS,
    (error) => console.error('[keyplan] automatic backup failed', error),
  );

  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    // Let a running backup finish before the connection closes.
    event.preventDefault();
    void backups.stop().finally(() => {
      handle.close();
      closed = true;
      app.quit();
    });
  });
}
