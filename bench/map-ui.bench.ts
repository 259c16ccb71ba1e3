import type { Page } from 'playwright-core';
import { emptyAccountFields } from '../shared/contract/index.js';
import { en } from '../shared/i18n/en/index.js';
import { closeBrowser, launchApp, type App } from '../test/e2e/harness.js';
import { generateOrg, insertOrgFast } from '../test/helpers/orgGenerator.js';
import { median } from './measure.js';
import type { Bench } from './types.js';

/**
 * The map in the production build, in Chromium, over the real backend (the e2e harness), with a
 * generated org of `size` people (depth 6–9, spans 1–15) and size/5 extra links, nobody placed yet.
 */
async function withLargeMap<T>(size: number, run: (app: App, accountId: string) => Promise<T>): Promise<T> {
  const app = await launchApp({ language: 'en' });
  try {
    const accountId = app.db.call('accounts.create', { fields: { ...emptyAccountFields, name: `Org of ${size}` } }).id;
    insertOrgFast(app.db.handle.sqlite, accountId, generateOrg({ size, seed: size, extraLinks: size / 5, idPrefix: 'b' }));
    return await run(app, accountId);
  } finally {
    await app.close();
    await closeBrowser();
  }
}

/** Click on the account's Map tab → the first view in place and painted (query, layout worker, render). */
async function openOnce(page: Page, url: string, accountId: string): Promise<number> {
  // A fresh page each time: nothing cached, the map is read from the database again.
  await page.goto(`${url}#/accounts/${accountId}`);
  await page.reload();
  const tab = page.getByRole('link', { name: en.map.tab, exact: true });
  await tab.waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const box = (await tab.boundingBox())!;
  await page.evaluate(() => {
    (window as unknown as { __openStart: number }).__openStart = performance.now();
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.react-flow[data-view-ready="true"] .react-flow__node-person').first().waitFor({ timeout: 30_000 });
  return page.evaluate(
    () =>
      new Promise<number>((done) =>
        // Two frames: the one that renders the fitted view, and its paint.
        requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - (window as unknown as { __openStart: number }).__openStart))),
      ),
  );
}

async function openMs(size: number): Promise<number> {
  return withLargeMap(size, async (app, accountId) => {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) times.push(await openOnce(app.page, app.url, accountId));
    const shown = await app.page.locator('.react-flow__node-person').count();
    if (shown === 0 || shown >= size) throw new Error(`expected only the cards in view, got ${shown}`);
    return median(times.slice(1)); // the first run also loads the JavaScript chunks and starts the worker
  });
}

// A string, not a function: tsx would wrap named functions in a helper the page does not have.
const START_RECORDING = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last = 0;
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
})()`;

/** p95 of the time between animation frames while a card is dragged across the canvas. */
async function dragP95(size: number, expanded = false): Promise<number> {
  return withLargeMap(size, async (app, accountId) => {
    const { page } = app;
    await openOnce(page, app.url, accountId);
    if (expanded) {
      // Unfold everyone (a large map opens folded to its top levels); the tree is laid out again.
      await page.getByRole('button', { name: en.map.filters.expandAll }).click();
      await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node-person').length > count, 5);
      await page.getByRole('button', { name: 'Fit View' }).click();
      await page.waitForTimeout(500);
    }
    const stage = (await page.locator('.map-stage').boundingBox())!;
    const centre = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
    // The card nearest the middle of the view.
    const boxes = await page.locator('.react-flow__node-person').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    const card = boxes.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y))[0]!;
    // Grabbed in its middle: at the far zoom of an unfolded 1,500-person map a card is ~20 px wide,
    // and a point beside it would pan the canvas instead of dragging the card.
    const from = { x: card.x + card.width / 2, y: card.y + card.height / 3 };
    const frames: number[] = [];
    for (let round = 0; round < 3; round++) {
      await page.evaluate(START_RECORDING);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let step = 1; step <= 90; step++) {
        const angle = (step / 90) * Math.PI * 2;
        await page.mouse.move(centre.x + Math.cos(angle) * 180 - 60, centre.y + Math.sin(angle) * 120);
      }
      await page.mouse.up();
      frames.push(
        ...(await page.evaluate(() => {
          const w = window as unknown as { __frames: number[]; __recording: boolean };
          w.__recording = false;
          return w.__frames;
        })),
      );
      await page.keyboard.press('Control+z'); // put the card back, so every round drags the same map
      await page.waitForTimeout(200);
    }
    frames.sort((a, b) => a - b);
    return frames[Math.min(frames.length - 1, Math.floor(frames.length * 0.95))]!;
  });
}

export const benches: Bench[] = [
  { name: 'map.open.1500.ms', unit: 'ms', run: () => openMs(1500) },
  { name: 'map.drag.p95.300.ms', unit: 'ms', run: () => dragP95(300) },
  { name: 'map.drag.p95.1500.ms', unit: 'ms', run: () => dragP95(1500) },
  { name: 'map.drag.p95.1500.unfolded.ms', unit: 'ms', run: () => dragP95(1500, true) },
];
