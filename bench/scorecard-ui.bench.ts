import type { Page } from 'playwright-core';
import { emptyAccountFields, emptyOpportunityFields } from '../shared/contract/index.js';
import { en } from '../shared/i18n/en/index.js';
import { DEFAULT_TEMPLATE_KEY } from '../shared/templates/scorecards.js';
import { closeBrowser, launchApp } from '../test/e2e/harness.js';
import { median } from './measure.js';
import type { Bench } from './types.js';
import { freshPageAt } from './freshPage.js';

/**
 * The scorecard tab of one opportunity with 100 assessments of a 10-criterion template, in the
 * production build over the real backend: click on the tab → the latest assessment, the cross-checks,
 * the radar and the trend (100 points × 11 lines, drawn to SVG) painted.
 */
async function scorecardRenderMs(): Promise<number> {
  const app = await launchApp({ language: 'en' });
  try {
    const { db } = app;
    const accountId = db.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Bench bank' } }).id;
    const opportunityId = db.call('opportunities.create', { accountId, fields: { ...emptyOpportunityFields, name: 'Bench deal' } }).id;
    const copy = db.call('scorecards.copyTemplate', { key: DEFAULT_TEMPLATE_KEY }).template;
    const { key: _k, version: _v, ...editable } = copy;
    const extra = [0, 1, 2].map((i) => ({ ...copy.criteria[i]!, key: `extra_${i}`, label: { 'zh-CN': `附加 ${i}`, en: `Extra ${i}` } }));
    const template = db.call('scorecards.updateTemplate', { key: copy.key, template: { ...editable, criteria: [...editable.criteria, ...extra] } }).template;
    if (template.criteria.length !== 10) throw new Error(`expected 10 criteria, got ${template.criteria.length}`);
    for (let n = 0; n < 100; n++) {
      const scores = Object.fromEntries(
        template.criteria.map((c, i) => [c.key, { value: c.scale[(n + i) % c.scale.length]!.value, evidence: `Evidence ${n}/${i}`, personIds: [] }]),
      );
      const assessedAt = new Date(Date.UTC(2024, 0, 1) + n * 5 * 86_400_000).toISOString();
      db.call('assessments.create', { opportunityId, templateKey: template.key, scores, author: 'Bench', authorId: null, assessedAt });
    }
    const times: number[] = [];
    for (let i = 0; i < 6; i++) times.push(await openOnce(app.page, app.url, accountId, opportunityId));
    return median(times.slice(1)); // the first run also loads the chunks and ECharts
  } finally {
    await app.close();
    await closeBrowser();
  }
}

async function openOnce(page: Page, url: string, accountId: string, opportunityId: string): Promise<number> {
  await freshPageAt(page, `${url}#/accounts/${accountId}/opportunities/${opportunityId}`);
  const tab = page.getByRole('navigation', { name: en.opportunities.page.sections }).getByRole('link', { name: en.opportunities.page.scorecard, exact: true });
  await tab.waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const box = (await tab.boundingBox())!;
  await page.evaluate(() => {
    (window as unknown as { __start: number }).__start = performance.now();
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll<HTMLImageElement>('img.chart')];
    return charts.length === 2 && charts.every((img) => img.complete && img.naturalWidth > 0);
  });
  return page.evaluate(
    () => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - (window as unknown as { __start: number }).__start)))),
  );
}

export const benches: Bench[] = [{ name: 'ui.scorecard.render.ms', unit: 'ms', run: scorecardRenderMs }];
