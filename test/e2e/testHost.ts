import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
  const printPage = reusablePrintPage(browser);
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
      printToPdf: (html, paper) =>
        printPage.withPage(async (page) => {
          await page.setContent(html, { waitUntil: 'load' });
          return page.pdf({ format: paper, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
        }),
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

/**
 * As Electron's hidden print window (electron/host/printWindow.ts): one page with JavaScript off, kept
 * for every PDF and used by one document at a time; replaced if it was closed.
 */
function reusablePrintPage(browser: Browser): { withPage<T>(use: (page: Page) => Promise<T>): Promise<T> } {
  let page: Page | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const open = async () => (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
  return {
    withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
      const job = queue.then(async () => {
        if (!page || page.isClosed()) page = await open();
        return use(page);
      });
      queue = job.catch(() => undefined);
      return job;
    },
  };
}
