import { BrowserWindow, type WebContents } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A hidden window that shows one HTML document and nothing else: sandboxed, JavaScript off, no preload,
 * no network (the session's rules apply). The document is a file in a private temp folder (a data: URL
 * of a large report would hit Chromium's URL limits).
 */
function hiddenDocumentWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, javascript: false, disableBlinkFeatures: 'Auxclick', contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
  });
}

export interface PrintWindow {
  /** Loads the document into the window and hands its contents to `use`, one document at a time. */
  withDocument<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T>;
  /** Closes the window and removes its folder (before the app quits, or when the main window closes). */
  dispose(): void;
}

/**
 * One hidden window kept for every PDF: making a window and its renderer costs more than printing a
 * short document, so the second export onwards skips it. Documents go through it one after another.
 * A window that crashed or was closed is replaced on the next document.
 */
export function reusablePrintWindow(): PrintWindow {
  let window: BrowserWindow | null = null;
  let folder: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let documents = 0;

  const ready = (): { window: BrowserWindow; folder: string } => {
    if (!window || window.isDestroyed() || window.webContents.isCrashed()) {
      if (window && !window.isDestroyed()) window.destroy();
      window = hiddenDocumentWindow();
    }
    folder ??= mkdtempSync(join(tmpdir(), 'keyplan-print-'));
    return { window, folder };
  };

  return {
    withDocument<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
      const job = queue.then(async () => {
        const target = ready();
        const file = join(target.folder, `document-${++documents}.html`);
        writeFileSync(file, html, 'utf8');
        try {
          // Resolves after the load event, which waits for the document's fonts and images.
          await target.window.loadFile(file);
          return await use(target.window.webContents);
        } finally {
          rmSync(file, { force: true });
        }
      });
      queue = job.catch(() => undefined);
      return job;
    },
    dispose() {
      if (window && !window.isDestroyed()) window.destroy();
      window = null;
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}

/** A window for one document, closed afterwards (the system print dialog keeps its own window). */
export async function withOwnWindow<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'keyplan-print-'));
  const file = join(folder, 'document.html');
  writeFileSync(file, html, 'utf8');
  const window = hiddenDocumentWindow();
  try {
    await window.loadFile(file);
    return await use(window.webContents);
  } finally {
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}
