import type { Locator, Page } from 'playwright-core';
import { emptyAccountFields, emptyPersonFields, type LinkFields, type PersonFields } from '../../shared/contract/index.js';
import type { App } from './harness.js';

/** Helpers shared by the map's e2e tests: seeding through the real backend, finding cards and lines. */

export function createAccount(app: App, name = 'Pacific Grid Corp'): string {
  return app.db.call('accounts.create', { fields: { ...emptyAccountFields, name, industry: 'Energy', tier: 'A' } }).id;
}

export function addPerson(app: App, accountId: string, fields: Partial<PersonFields>, position: { x: number; y: number } | null = null): string {
  return app.db.call('people.create', { accountId, fields: { ...emptyPersonFields, ...fields }, position }).id;
}

export function addLink(app: App, accountId: string, sourceId: string, targetId: string, fields: Partial<LinkFields> & Pick<LinkFields, 'kind'>): string {
  return app.db.call('links.create', { accountId, sourceId, targetId, fields: { label: '', step: null, notes: '', ...fields } }).id;
}

export const mapOf = (app: App, accountId: string) => app.db.call('map.get', { accountId });
/** A person as stored, every field (the map itself carries only what it draws). */
export const personNamed = (app: App, accountId: string, name: string) => app.db.call('people.list', { accountId }).find((p) => p.name === name);

export async function openMap(app: App, accountId: string, query = ''): Promise<void> {
  await app.page.goto(`${app.url}#/accounts/${accountId}/map${query}`);
  await app.page.locator('.react-flow__pane').waitFor();
}

/** A person's card on the canvas, by their exact name. */
export const card = (page: Page, name: string): Locator =>
  page.locator('.react-flow__node-person').filter({ has: page.locator('.card-name').getByText(name, { exact: true }) });

/** A line on the canvas, by its accessible name (e.g. "Decision step: Alice → Bob (1)"). */
export const line = (page: Page, name: string | RegExp): Locator => page.getByRole('group', { name });

/**
 * Clicks a line where a user would: on the line itself, halfway along it. (A click at the centre of
 * its bounding box can miss a curved or routed line and land on the canvas.)
 */
export async function clickLine(page: Page, name: string | RegExp): Promise<void> {
  const path = line(page, name).locator('path').last();
  await path.waitFor({ state: 'attached' });
  const point = await path.evaluate((element) => {
    const geometry = element as unknown as SVGPathElement;
    const local = geometry.getPointAtLength(geometry.getTotalLength() / 2);
    const screen = new DOMPoint(local.x, local.y).matrixTransform(geometry.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y);
}

/** Drags from one card's link handle onto another card, as a person would. */
export async function drawLink(page: Page, from: string, to: string): Promise<void> {
  const handle = card(page, from).locator('.handle-link');
  await card(page, from).hover();
  const start = (await handle.boundingBox())!;
  const end = (await card(page, to).boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y + 10, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Drags a card by (dx, dy) screen pixels from its title row. */
export async function dragCard(page: Page, name: string, dx: number, dy: number): Promise<void> {
  const box = (await card(page, name).boundingBox())!;
  const x = box.x + 40;
  const y = box.y + 14;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 6 });
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
}

/** The side panel (a person, a new person, a link). */
export const panel = (page: Page, name: string | RegExp): Locator => page.getByRole('complementary', { name });

/** Opens a map and waits for its first view to be in place (fitted, or centred on `?focus=`). */
export async function openMapReady(app: App, accountId: string, query = ''): Promise<void> {
  await openMap(app, accountId, query);
  await app.page.locator('.react-flow[data-view-ready="true"] .react-flow__node-person').first().waitFor();
}

/** The cards whose box is not wholly inside the canvas, by name (cut off at an edge, or out of view). */
export async function cardsOutsideCanvas(page: Page): Promise<string[]> {
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const out: string[] = [];
  for (const node of await page.locator('.react-flow__node-person').all()) {
    const box = await node.boundingBox();
    const inside =
      box !== null && box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
    if (!inside) out.push((await node.locator('.card-name').textContent()) ?? '?');
  }
  return out;
}

/** Picks an item of the map toolbar's "More" menu (re-layout, compact, export), by its name. */
export async function fromMoreMenu(page: Page, item: string | RegExp, more = 'More'): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: more }).click();
  const menu = page.getByRole('menu');
  const entry = menu.getByRole('menuitem', { name: item }).or(menu.getByRole('menuitemcheckbox', { name: item }));
  // Actions are disabled while the map is busy (e.g. an export still finishing); the open menu follows.
  for (let tries = 0; (await entry.getAttribute('aria-disabled')) === 'true' && tries < 150; tries++) await page.waitForTimeout(100);
  await entry.click();
}

/** Whether a toggle of the "More" menu is on (the menu is opened to read it and closed again). */
export async function moreMenuChecked(page: Page, item: string, more = 'More'): Promise<boolean> {
  await page.getByRole('toolbar').getByRole('button', { name: more }).click();
  const checked = await page.getByRole('menu').getByRole('menuitemcheckbox', { name: item }).getAttribute('aria-checked');
  await page.keyboard.press('Escape');
  return checked === 'true';
}
