import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { AccountPlanData, PaperSize, VisitBriefData } from '../../shared/contract/index.js';
import type { Language } from '../../shared/i18n/index.js';
import { sharedBrowser, testResultsDir } from '../e2e/harness.js';
import { testHostServices } from '../e2e/testHost.js';
import { makeTempDir, openTempDb, type TempDb } from '../helpers/tempDb.js';

/**
 * Printing report HTML to PDF exactly as the e2e harness's desktop stand-in does (Chromium's
 * page.pdf() with JavaScript off), and reading the PDF back with poppler (pdftotext, pdfinfo, pdftoppm).
 */

let printer: { browser: Browser; print(html: string, paper: PaperSize): Promise<Uint8Array> } | null = null;

export async function printPdf(html: string, paper: PaperSize = 'A4'): Promise<Buffer> {
  if (!printer?.browser.isConnected()) {
    const browser = await sharedBrowser();
    const services = testHostServices(browser, makeTempDir('keyplan-report-')).services;
    printer = { browser, print: (doc, size) => services.printToPdf(doc, size) };
  }
  return Buffer.from(await printer.print(html, paper));
}

/** The text in the order it was drawn (each box's lines together), as a search or a copy would get it. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

/** The text of each page, in order (pdftotext separates pages with a form feed). */
export const pdfPages = (pdf: Buffer): string[] => pdfText(pdf).split('\f').slice(0, -1);

export function pdfInfo(pdf: Buffer): { pages: number; sizes: string[] } {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', '-'], { input: pdf }).toString('utf8');
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0);
  const sizes = [...out.matchAll(/^Page\s+\d+ size:\s+(.+?) pts/gm)].map((m) => m[1]!);
  return { pages, sizes };
}

export function pdfFonts(pdf: Buffer): string {
  return execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8');
}

/** Every page as a PNG at 60 dpi into test-results/<name>/ (gitignored), for a person to look at. */
export function pdfPngs(pdf: Buffer, name: string): string[] {
  const dir = join(testResultsDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

/** A real database with the sample account loaded in `lang`; the plan's data as report.accountPlan reads it. */
export async function sampleDb(lang: Language): Promise<{ db: TempDb; accountId: string; plan: () => AccountPlanData; brief: (personId: string) => VisitBriefData }> {
  const db = await openTempDb();
  const accountId = db.call('sample.load', { language: lang }).id;
  return {
    db,
    accountId,
    plan: () => db.call('report.accountPlan', { accountId }),
    brief: (personId) => db.call('report.visitBrief', { personId }),
  };
}
