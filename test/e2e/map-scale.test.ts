import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toColumns } from '../../shared/contract/index.js';
import { guessMapping, planImport, readCsvBytes } from '../../shared/import/index.js';
import { en } from '../../shared/i18n/en/index.js';
import type { Language } from '../../shared/i18n/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { generateOrg, insertOrgFast } from '../helpers/orgGenerator.js';
import { appPerTest } from './appPerTest.js';
import { screenshot, type App } from './harness.js';
import { createAccount, openMapReady } from './mapHelpers.js';
import { READABLE_ZOOM } from '../../renderer/src/features/map/zoomLevels.js';

/**
 * The map at any size: the first view is readable (on the top of the tree, deep levels folded),
 * Expand all and Fit view show the whole tree as blocks with department labels, zooming in brings
 * the names and then the full cards back. At 1440×900 and 1280×720, in both languages; the
 * screenshots go to test-results/ (the good ones are copied to docs/screenshots/ with SHOTS=docs).
 */

const launch = appPerTest();
const texts = { en, 'zh-CN': zhCN } as const;
const SIZES = { '1440x900': { width: 1440, height: 900 }, '1280x720': { width: 1280, height: 720 } } as const;
type Size = keyof typeof SIZES;
const FIXTURE = fileURLToPath(new URL('../fixtures/org-oracle-hr.csv', import.meta.url));

/** The zoom the canvas is at (React Flow's viewport transform). */
const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** The smallest on-screen size (px) of a card's ordinary text (title line), over the cards in view. */
const cardTextPx = async (page: Page) => {
  const zoom = await zoomOf(page);
  const sizes = await page.locator('.react-flow__node-person .card-sub').evaluateAll((rows) => rows.map((r) => parseFloat(getComputedStyle(r).fontSize)));
  return Math.min(...sizes) * zoom;
};

const canvasBox = async (page: Page) => (await page.locator('.react-flow').boundingBox())!;

const fitsCount = (page: Page) => page.locator('.react-flow').getAttribute('data-fits');
/** Waits for the next automatic fit (they are animated) to be done. */
async function nextFit(page: Page, before: string | null, act: () => Promise<void>) {
  await act();
  await page.waitForFunction((n) => document.querySelector('.react-flow')?.getAttribute('data-fits') !== n, before);
}

/** The top person's card is in view, at the top of the canvas, in its middle third. */
async function expectTopInView(page: Page, id: string) {
  const canvas = await canvasBox(page);
  const box = (await page.locator(`.react-flow__node-person[data-id="${id}"]`).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(canvas.y);
  expect(box.y).toBeLessThan(canvas.y + 40);
  expect(Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(canvas.width / 6);
}

async function setUp(language: Language, size: Size): Promise<App> {
  const app = await launch({ language });
  await app.page.setViewportSize(SIZES[size]);
  return app;
}

describe('stakeholder map at scale', () => {
  const cases: [Language, Size][] = [
    ['en', '1440x900'],
    ['zh-CN', '1440x900'],
    ['en', '1280x720'],
    ['zh-CN', '1280x720'],
  ];
  it.each(cases)('%s, %s: 1,516 people open readable; Expand all and Fit view show the whole tree as blocks; zooming in brings the cards back', async (language, size) => {
    const app = await setUp(language, size);
    const { page } = app;
    const t = texts[language].map;
    const docs = size === '1440x900';
    const accountId = createAccount(app, 'Org of 1516');
    const org = generateOrg({ size: 1516, seed: 1516, idPrefix: 's' });
    insertOrgFast(app.db.handle.sqlite, accountId, org);

    await openMapReady(app, accountId);
    expect(await cardTextPx(page)).toBeGreaterThanOrEqual(11);
    await expectTopInView(page, org.people[0]!.id);
    expect(await page.locator('.collapse-toggle.is-collapsed').count()).toBeGreaterThan(0);
    await screenshot(page, `map-first-1500.${language}.${size}`, docs ? `map-first-1500.${language}` : undefined);

    // Expand all: re-laid out and fitted, every one of the 1,516 drawn as a block, all in view, with department labels.
    await nextFit(page, await fitsCount(page), () => page.getByRole('button', { name: t.filters.expandAll }).click());
    const canvas = await canvasBox(page);
    const blocks = page.locator('.map-overview-canvas');
    expect(await blocks.getAttribute('data-people')).toBe('1516');
    const [left, top, right, bottom] = (await blocks.getAttribute('data-bounds'))!.split(' ').map(Number);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(canvas.width);
    expect(bottom).toBeLessThanOrEqual(canvas.height);
    const labels = page.locator('.overview-label');
    expect(await labels.count()).toBeGreaterThanOrEqual(5);
    for (const label of await labels.all()) {
      const box = (await label.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      // Readable: the labels keep their size however far out the map is.
      expect(box.height).toBeGreaterThanOrEqual(16);
    }
    expect(await page.locator('.react-flow__node-person').count()).toBe(0);
    await screenshot(page, `map-expanded-1500.${language}.${size}`, docs ? `map-expanded-1500.${language}` : undefined);

    // Zooming in on a department: its people by name, then full cards.
    await labels.first().click();
    await page.waitForTimeout(400);
    const zoomIn = page.locator('.react-flow__controls-zoomin');
    while ((await zoomOf(page)) < 0.3) await zoomIn.click();
    await page.locator('.react-flow.lod-names .react-flow__node-person').first().waitFor();
    await screenshot(page, `map-names-1500.${language}.${size}`, docs ? `map-names-1500.${language}` : undefined);
    // Up to the zoom the map opens at when it cannot show everything: there the cards' text is 11 px.
    while ((await zoomOf(page)) < READABLE_ZOOM) await zoomIn.click();
    await page.locator('.react-flow.lod-full .react-flow__node-person .card-foot').first().waitFor();
    expect(await cardTextPx(page)).toBeGreaterThanOrEqual(11);
    await screenshot(page, `map-zoomed-1500.${language}.${size}`, docs ? `map-zoomed-1500.${language}` : undefined);

    // The overview in the corner: every card shown, and a click there moves the view to that point.
    const minimap = page.getByRole('img', { name: t.minimap });
    await minimap.waitFor();
    expect(await minimap.locator('.map-minimap-cards').getAttribute('data-cards')).toBe('1516');
    const viewport = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    const before = await viewport();
    const mapBox = (await minimap.boundingBox())!;
    await page.mouse.click(mapBox.x + 12, mapBox.y + mapBox.height - 12);
    await page.waitForFunction((b) => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform !== b, before);
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);
    await page.getByRole('button', { name: t.minimapHide }).click();
    await minimap.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: t.minimapShow }).click();
    await minimap.waitFor();

    // Fit view: the whole tree again.
    await nextFit(page, await fitsCount(page), () => page.getByRole('button', { name: t.fitView }).click());
    expect(await page.locator('.react-flow.lod-blocks .map-overview-canvas').getAttribute('data-people')).toBe('1516');
    await screenshot(page, `map-fit-1500.${language}.${size}`, docs ? `map-fit-1500.${language}` : undefined);
    expect(app.errors).toEqual([]);
  });

  it.each<[Language, Size]>([
    ['en', '1440x900'],
    ['zh-CN', '1280x720'],
  ])('%s, %s: zoomed in on 1,516 people unfolded, a line to a manager far out of view is drawn, and a selection the view has left is cleared by a click on the canvas', async (language, size) => {
    const app = await setUp(language, size);
    const { page } = app;
    const t = texts[language].map;
    const accountId = createAccount(app, 'Org of 1516');
    const org = generateOrg({ size: 1516, seed: 1516, idPrefix: 's' });
    insertOrgFast(app.db.handle.sqlite, accountId, org);
    await openMapReady(app, accountId);
    await nextFit(page, await fitsCount(page), () => page.getByRole('button', { name: t.filters.expandAll }).click());

    // The top's first report, at the far left of the unfolded tree, its manager far away in the middle.
    const top = org.people[0]!;
    const report = org.people.find((p) => p.fields.reportsToId === top.id)!;
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await page.getByRole('combobox', { name: t.search.label }).fill(report.fields.name);
    await page.keyboard.press('Enter');
    const reportCard = page.locator(`.react-flow__node-person[data-id="${report.id}"]`);
    await reportCard.waitFor();
    await page.waitForTimeout(400);
    const canvas = await canvasBox(page);
    expect(await page.locator(`.react-flow__node-person[data-id="${top.id}"]`).count()).toBe(0);
    const reportsLine = page.locator(`.react-flow__edge[data-id="reports:${report.id}"]`);
    await reportsLine.waitFor();
    const lineBox = (await reportsLine.boundingBox())!;
    expect(lineBox.x).toBeLessThan(canvas.x + canvas.width);
    expect(lineBox.x + lineBox.width).toBeGreaterThan(canvas.x + canvas.width);
    // Found, so selected: the status line offers to delete it.
    const deleteSelected = page.getByRole('button', { name: t.toolbar.deleteSelected.replace('{{count}}', '1') });
    await deleteSelected.waitFor();
    await screenshot(page, `map-far-line-1500.${language}.${size}`);

    // The minimap takes the view to the far right, at the same zoom; a click on the canvas there clears the selection.
    const minimap = page.getByRole('img', { name: t.minimap });
    const mapBox = (await minimap.boundingBox())!;
    await page.mouse.click(mapBox.x + mapBox.width - 6, mapBox.y + mapBox.height / 2);
    await reportCard.waitFor({ state: 'detached' });
    const empty = await page.evaluate(() => {
      const r = document.querySelector('.react-flow')!.getBoundingClientRect();
      for (let y = r.top + 20; y < r.bottom - 20; y += 16) {
        for (let x = r.left + 60; x < r.right - 220; x += 16) if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
      return null;
    });
    await page.mouse.click(empty!.x, empty!.y);
    await deleteSelected.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
  });

  it.each<Language>(['en', 'zh-CN'])('%s: the sample and an imported 107-person chart open readable, on the top of the tree', async (language) => {
    const app = await setUp(language, '1280x720');
    const { page } = app;
    const account = app.db.call('sample.load', { language });
    await openMapReady(app, account.id);
    expect(await cardTextPx(page)).toBeGreaterThanOrEqual(11);
    const top = app.db.call('people.list', { accountId: account.id }).find((p) => p.reportsToId === null)!;
    await expectTopInView(page, top.id);
    // The line under the canvas counts the cards shown, not the people folded away.
    const messages = (language === 'en' ? en : zhCN).map;
    const cards = await page.locator('.react-flow__node-person').count();
    expect(cards).toBeLessThan(22);
    await page.getByText(messages.filters.shown.replace('{{shown}}', String(cards)).replace('{{total}}', '22'), { exact: true }).waitFor();
    await screenshot(page, `map-first-sample.${language}.1280x720`);

    const read = readCsvBytes(readFileSync(FIXTURE));
    if (!read.ok) throw new Error(read.error.key);
    const imported = createAccount(app, 'Oracle HR');
    app.db.call('people.import', { accountId: imported, people: toColumns(planImport(read.table, guessMapping(read.table)).people), merges: [] });
    await openMapReady(app, imported);
    expect(await cardTextPx(page)).toBeGreaterThanOrEqual(11);
    const king = app.db.call('people.list', { accountId: imported }).find((p) => p.name === 'Steven King')!;
    await expectTopInView(page, king.id);
    await screenshot(page, `map-first-import.${language}.1280x720`, `map-first-import.${language}`);
    expect(app.errors).toEqual([]);
  });
});
