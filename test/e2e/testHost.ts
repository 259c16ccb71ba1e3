import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { FileFormat, PaperSize } from '../../shared/contract/index.js';
import type { HostServices } from '../../electron/host/services.js';

/**
 * The desktop as the e2e tests see it: the save dialog answers with a file in a temporary folder (or
 * "cancel"), printing to PDF is Chromium's page.pdf() in a page with JavaScript off, tagged and with
 * bookmarks (as Electron's hidden print window), the print dialog and the file manager only record
 * what they were asked.
 */
export interface TestHost {
  services: HostServices;
  /** Where "saved" files go. */
  folder: string;
  /** What the next save dialogs answer: 'save' (the suggested name in `folder`) or 'cancel'. */
  answer: 'save' | 'cancel';
  /** Every save dialog shown: the suggested name and format. */
  dialogs: { suggestedName: string; format: FileFormat }[];
  printed: { html: string; paper: PaperSize }[];
  shown: string[];
}

export function testHostServices(browser: Browser, dir: string): TestHost {
  const folder = join(dir, 'saved');
  mkdirSync(folder, { recursive: true });
  const host: TestHost = {
    folder,
    answer: 'save',
    dialogs: [],
    printed: [],
    shown: [],
    services: {
      chooseSavePath(suggestedName, format) {
        host.dialogs.push({ suggestedName, format });
        return Promise.resolve(host.answer === 'cancel' ? null : join(folder, suggestedName));
      },
      async printToPdf(html, paper) {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        try {
          const page = await context.newPage();
          await page.setContent(html, { waitUntil: 'load' });
          return await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
        } finally {
          await context.close();
        }
      },
      print(html, paper) {
        host.printed.push({ html, paper });
        return Promise.resolve(true);
      },
      showInFolder(path) {
        host.shown.push(path);
      },
    },
  };
  return host;
}
