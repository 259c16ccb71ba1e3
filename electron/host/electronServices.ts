import { BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileFormat, PaperSize } from '../../shared/contract/index.js';
import type { HostServices } from './services.js';

export interface ElectronServicesOptions {
  parent: () => BrowserWindow | null;
  /** The save dialog's filter names in the UI language, by format. */
  filterName: (format: FileFormat) => string;
}

/**
 * A hidden window that shows one HTML document and nothing else: sandboxed, JavaScript off, no preload,
 * no network (the session's rules apply). The document is a file in a private temp folder (a data: URL
 * of a large report would hit Chromium's URL limits).
 */
async function withDocument<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'keyplan-print-'));
  const file = join(folder, 'document.html');
  writeFileSync(file, html, 'utf8');
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, javascript: false, disableBlinkFeatures: 'Auxclick', contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
  });
  try {
    // Resolves after the load event, which waits for the document's fonts and images.
    await window.loadFile(file);
    return await use(window.webContents);
  } finally {
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function electronServices({ parent, filterName }: ElectronServicesOptions): HostServices {
  return {
    async chooseSavePath(suggestedName, format) {
      const options = { defaultPath: suggestedName, filters: [{ name: filterName(format), extensions: [format] }] };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    printToPdf: (html, paper: PaperSize) =>
      withDocument(html, (contents) =>
        // The document sets its own pages (size, margins, running head and page numbers in CSS @page rules);
        // tagged (accessible), its headings become the PDF's bookmarks.
        contents.printToPDF({ pageSize: paper, printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true }),
      ),
    print: (html, paper) =>
      withDocument(
        html,
        (contents) =>
          new Promise<boolean>((resolve) =>
            contents.print({ silent: false, printBackground: true, pageSize: paper }, (success) => resolve(success)),
          ),
      ),
    showInFolder: (path) => shell.showItemInFolder(path),
  };
}
