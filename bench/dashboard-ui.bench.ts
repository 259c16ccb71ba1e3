import type { Page } from 'playwright-core';
import { en } from '../shared/i18n/en/index.js';
import { closeBrowser, launchApp } from '../test/e2e/harness.js';
import { median } from './measure.js';
import { DASHBOARD, seedAccount } from './seedAccounts.js';
import type { Bench } from './types.js';
import { freshPageAt } from './freshPage.js';

/**
 * The dashboard of 200 accounts (bench/seedAccounts.ts's DASHBOARD shape) in the production build
 * over the real backend: from "Our team" (a light page, so the figure is the dashboard's own and not
 * the teardown of a page of thousands of rows), click on "Dashboard" in the main navigation → every
 * account's row painted.
 */
async function dashboardPaintMs(): Promise<number> {
  const app = await launchApp({ language: 'en' });
  try {
    app.db.handle.sqlite.pragma('synchronous = OFF');
    for (let i = 0; i < 200; i++) seedAccount(app.db, `Account ${i}`, DASHBOARD);
    app.db.handle.sqlite.pragma('synchronous = FULL');
    const times: number[] = [];
    for (let i = 0; i < 6; i++) times.push(await openOnce(app.page, app.url));
    return median(times.slice(1)); // the first run also loads the chunk and fills the anomaly cache
  } finally {
    await app.close();
    await closeBrowser();
  }
}

async function openOnce(page: Page, url: string): Promise<number> {
  await freshPageAt(page, `${url}#/team`);
  const link = page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.dashboard.nav, exact: true });
  await link.waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const box = (await link.boundingBox())!;
  await page.evaluate(() => {
    (window as unknown as { __start: number }).__start = performance.now();
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => document.querySelectorAll('.dashboard-table tbody tr').length === 200, undefined, { timeout: 60_000 });
  return page.evaluate(
    () => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - (window as unknown as { __start: number }).__start)))),
  );
}

export const benches: Bench[] = [{ name: 'ui.dashboard.200.ms', unit: 'ms', run: dashboardPaintMs }];
