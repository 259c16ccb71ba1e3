import type { Locator, Page } from 'playwright-core';
import { emptyAccountFields } from '../shared/contract/index.js';
import { en } from '../shared/i18n/en/index.js';
import { launchApp, type App } from '../test/e2e/harness.js';
import { generateOrg, insertOrgFast, type GeneratedOrg } from '../test/helpers/orgGenerator.js';
import { freshPageAt } from './freshPage.js';

/**
 * The map in the production build, in Chromium, over the real backend (the e2e harness), with a
 * generated org (depth 6–9, spans 1–15, size/5 extra links, nobody placed yet) whose ids look like
 * the app's (UUIDs), so the payload is the size a real account's is.
 */
export interface MapSession {
  app: App;
  accountId: string;
  org: GeneratedOrg;
}

const uuidOf = (index: number, kind: number) => `00000000-0000-4${kind}00-8000-${String(index).padStart(12, '0')}`;

/** The same org with UUID-shaped ids (people and links), the references following. */
export function withUuids(org: GeneratedOrg): GeneratedOrg {
  const ids = new Map(org.people.map((p, i) => [p.id, uuidOf(i, 1)]));
  return {
    ...org,
    people: org.people.map((p) => ({ ...p, id: ids.get(p.id)!, fields: { ...p.fields, reportsToId: p.fields.reportsToId && ids.get(p.fields.reportsToId)! } })),
    links: org.links.map((l, i) => ({ ...l, id: uuidOf(i, 2), sourceId: ids.get(l.sourceId)!, targetId: ids.get(l.targetId)! })),
  };
}

export const benchOrg = (size: number) => withUuids(generateOrg({ size, seed: size, extraLinks: size / 5, idPrefix: 'b' }));

/** Long tasks of the page since it loaded, kept for `settled` (PerformanceObserver, from the first script on). */
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})()`;

export async function startSession(org: GeneratedOrg): Promise<MapSession> {
  const app = await launchApp({ language: 'en' });
  await app.context.addInitScript({ content: LONG_TASKS });
  const accountId = app.db.call('accounts.create', { fields: { ...emptyAccountFields, name: `Org of ${org.people.length}` } }).id;
  insertOrgFast(app.db.handle.sqlite, accountId, org);
  return { app, accountId, org };
}

/** Marks the start of a measured action (in the page's clock). */
export const markStart = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __start: number }).__start = performance.now();
  });

/**
 * Milliseconds from `markStart` until the page has painted what it shows and is interactive: two
 * frames after now (the one that renders, and its paint), and then the end of the last long task
 * before a quiet quarter of a second (main-thread work still going on after the paint counts).
 * In-page code is a string: tsx would wrap named functions in a helper the page does not have.
 */
const SETTLED = `new Promise((done) => {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const painted = performance.now();
    const poll = () => {
      const ends = window.__longTasks.filter(([start]) => start >= window.__start).map(([, end]) => end);
      const busyUntil = Math.max(painted, ...ends);
      if (performance.now() - busyUntil >= 250) done(busyUntil - window.__start);
      else setTimeout(poll, 50);
    };
    setTimeout(poll, 50);
  }));
})`;

export const settled = (page: Page) => page.evaluate<number>(SETTLED);

/** Two frames, so what was just done is on screen. */
export const twoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Where to click `target`, read before the start: a measured click is `page.mouse.click` there, as
 * a user's is. `locator.click` would first wait, after the start, for the target to hold still
 * over two frames (and more checks), and that wait would count as the action's time.
 */
export async function clickPoint(target: Locator): Promise<{ x: number; y: number }> {
  await target.waitFor();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to click: the target has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Click on the account's Map tab → the first view in place, painted and interactive (query, layout worker, render). */
export async function openKeyplan({ app, accountId }: MapSession, query = ''): Promise<number> {
  const { page } = app;
  // A fresh page each time: nothing cached, the map is read from the database again.
  await freshPageAt(page, `${app.url}#/accounts/${accountId}${query}`);
  const tab = page.getByRole('link', { name: en.map.tab, exact: true });
  await tab.waitFor();
  await twoFrames(page);
  const at = await clickPoint(tab);
  await markStart(page);
  await page.mouse.click(at.x, at.y);
  // Watched from the page every frame, as the peer's drawing is: a locator's waitFor polls at
  // intervals of up to 100 ms, and those would count as Keyplan's time.
  await page.waitForFunction(() => document.querySelector('.react-flow[data-view-ready="true"]') !== null, undefined, { timeout: 120_000, polling: 'raf' });
  return settled(page);
}

/** The same for the peer: click Open → its data fetched, its default view drawn, painted and interactive. */
export async function openPeer(page: Page, url: string, size: number): Promise<number> {
  await page.goto(`${url}?size=${size}`);
  await page.evaluate((s) => {
    document.querySelector<HTMLButtonElement>('#open')!.dataset.size = String(s);
  }, size);
  const open = page.locator('#open');
  await open.waitFor();
  await twoFrames(page);
  const at = await clickPoint(open);
  await markStart(page);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => (window as unknown as { __peerDrawn?: number }).__peerDrawn !== undefined, undefined, { timeout: 60_000 });
  return settled(page);
}

/** A page of its own for the peer, in the same Chromium, served by its own static server. */
export async function peerPage(app: App): Promise<Page> {
  const context = await app.browser.newContext({ viewport: app.page.viewportSize() ?? undefined });
  await context.addInitScript({ content: LONG_TASKS });
  return context.newPage();
}
