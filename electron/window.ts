import { BrowserWindow } from 'electron';
import type { PageSource } from './pageSource.js';

export interface MainWindowOptions {
  page: PageSource;
  preload: string;
  devTools: boolean;
}

export function createMainWindow({ page, preload, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Keyplan',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // electronegativity PRELOAD_JS_CHECK: reviewed. The preload exposes one function, invoke(channel, input),
      // through contextBridge; the main process checks the sender's page and every input against the contract.
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click would otherwise open links in a new window (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      devTools,
      // Chromium's spellchecker downloads dictionaries on Windows and Linux; Keyplan stays offline. macOS's is local.
      spellcheck: process.platform === 'darwin',
    },
  });
  window.once('ready-to-show', () => window.show());
  const loading = window.loadURL(page.url);
  loading.catch((error: unknown) => console.error('[keyplan] the page did not load', error));
  return window;
}
