import type { Page } from 'playwright-core';

/**
 * Loads `url` afresh (nothing cached in the page). A goto that only changes the hash resolves
 * before the page has taken the new hash, and a reload then would load the old one: wait for it.
 */
export async function freshPageAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction((wanted) => location.href === wanted, url);
  await page.reload();
}
