import type { FileFormat, PaperSize } from '../../shared/contract/index.js';

/**
 * What the main-process channels need from the desktop: the one seam between Keyplan and Electron's
 * dialog, printing and shell. electron/host/electronServices.ts is the real one; the e2e harness gives
 * its own (Chromium's page.pdf(), a temporary folder for "save").
 */
export interface HostServices {
  /** The system save dialog; the chosen path, or null when the user cancelled. */
  chooseSavePath(suggestedName: string, format: FileFormat): Promise<string | null>;
  /** The HTML document printed to PDF, with vector text and embedded fonts. */
  printToPdf(html: string, paper: PaperSize): Promise<Uint8Array>;
  /** The system print dialog for the HTML document; false when the user cancelled. */
  print(html: string, paper: PaperSize): Promise<boolean>;
  /** Shows the file in the system file manager. */
  showInFolder(path: string): void;
}
