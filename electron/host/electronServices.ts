import { dialog, shell, type BrowserWindow } from 'electron';
import type { FileFormat, PaperSize } from '../../shared/contract/index.js';
import type { HostServices } from './services.js';
import { withOwnWindow, type PrintWindow } from './printWindow.js';

export interface ElectronServicesOptions {
  parent: () => BrowserWindow | null;
  /** The save dialog's filter names in the UI language, by format. */
  filterName: (format: FileFormat) => string;
  /** The hidden window PDFs are printed in (kept between exports). */
  pdfWindow: PrintWindow;
}

export function electronServices({ parent, filterName, pdfWindow }: ElectronServicesOptions): HostServices {
  return {
    async chooseSavePath(suggestedName, format) {
      const options = { defaultPath: suggestedName, filters: [{ name: filterName(format), extensions: [format] }] };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    printToPdf: (html, paper: PaperSize) =>
      pdfWindow.withDocument(html, (contents) =>
        // The document sets its own pages (size, margins, running head and page numbers in CSS @page rules);
        // tagged (accessible), its headings become the PDF's bookmarks.
        contents.printToPDF({ pageSize: paper, printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true }),
      ),
    print: (html, paper) =>
      withOwnWindow(
        html,
        (contents) =>
          new Promise<boolean>((resolve) =>
            contents.print({ silent: false, printBackground: true, pageSize: paper }, (success) => resolve(success)),
          ),
      ),
    showInFolder: (path) => shell.showItemInFolder(path),
  };
}
