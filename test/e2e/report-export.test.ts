import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { pdfInfo, pdfText } from '../report/pdf.js';
import { appPerTest } from './appPerTest.js';
import { screenshot, type App } from './harness.js';
import { card, openMapReady, panel } from './mapHelpers.js';
import { watchDialogs } from './watchDialogs.js';

const launch = appPerTest();
const d = en.report.dialog;

async function savedPdf(app: App, before: number): Promise<{ name: string; pdf: Buffer }> {
  await expect.poll(() => app.host.dialogs.length).toBe(before + 1);
  const name = app.host.dialogs[before]!.suggestedName;
  await expect.poll(() => existsSync(join(app.host.folder, name)), { timeout: 20_000 }).toBe(true);
  return { name, pdf: readFileSync(join(app.host.folder, name)) };
}

describe('export account plan', () => {
  it('chooses sections, language and map, previews, saves the PDF, shows it in the folder and remembers the export', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const dialogs = watchDialogs(page);
    const accountId = app.db.call('sample.load', { language: 'zh-CN' }).id;
    await page.goto(`${app.url}#/accounts/${accountId}`);
    await page.getByRole('button', { name: d.exportPlan }).click();

    const dialog = page.getByRole('dialog', { name: d.exportPlan });
    await dialog.waitFor();
    const preview = dialog.frameLocator(`iframe[title="${d.previewTitle}"]`);
    await preview.getByRole('heading', { name: en.report.sections.glance }).waitFor();
    // No script can run in the preview: its frame is sandboxed without allow-scripts.
    expect(await dialog.locator('iframe').getAttribute('sandbox')).toBe('');
    await dialog.getByText(d.neverExported).waitFor();
    // The sections the sample has something for: all of them, the anomalies and next steps included.
    const offered = await dialog.getByRole('group', { name: d.sections }).locator('label').allTextContents();
    expect(offered).toEqual(['glance', 'profile', 'map', 'people', 'opportunities', 'whitespace', 'anomalies', 'nextSteps'].map((s) => en.report.sections[s as 'glance']));

    await dialog.getByLabel(d.language, { exact: true }).selectOption('zh-CN');
    await preview.getByRole('heading', { name: zhCN.report.sections.glance }).waitFor();
    await dialog.getByRole('checkbox', { name: en.report.sections.profile }).uncheck();
    await dialog.getByLabel(d.mapScope, { exact: true }).selectOption('key');
    await expect.poll(() => preview.locator('#profile').count()).toBe(0);
    await screenshot(page, 'report.dialog.en');

    const before = app.host.dialogs.length;
    await dialog.getByRole('button', { name: d.savePdf }).click();
    const { name, pdf } = await savedPdf(app, before);
    expect(name).toBe('华东联合银行（总行）-客户计划.pdf');
    const text = pdfText(pdf);
    for (const heading of [zhCN.report.sections.glance, zhCN.report.sections.people, zhCN.report.sections.map]) expect(text).toContain(heading);
    expect(text).not.toContain(zhCN.report.sections.profile);
    expect(text).not.toContain(en.report.sections.glance);
    expect(text).toContain('华东联合银行（总行）');
    expect(pdfInfo(pdf).pages).toBeGreaterThanOrEqual(3);

    await dialog.getByRole('status').getByText(/^Saved 华东联合银行（总行）-客户计划\.pdf \(\d+(\.\d)? (kB|MB)\)\.$/).waitFor();
    await dialog.getByRole('button', { name: en.common.showInFolder }).click();
    await expect.poll(() => app.host.shown).toEqual([join(app.host.folder, name)]);
    const plan = app.db.call('report.accountPlan', { accountId });
    expect(plan.lastExport?.summary.peopleCount).toBe(22);
    await dialog.getByText(/^Last exported /).waitFor();

    await dialog.getByRole('button', { name: d.print }).click();
    await expect.poll(() => app.host.printed.length).toBe(1);
    expect(app.host.printed[0]!.paper).toBe('A4');
    expect(app.host.printed[0]!.html).toContain(zhCN.report.sections.glance);
    await dialog.getByRole('status').getByText(d.printed).waitFor();

    // Cancelling the save dialog saves nothing and says so.
    app.host.answer = 'cancel';
    await dialog.getByRole('button', { name: d.savePdf }).click();
    await dialog.getByRole('status').getByText(d.cancelled).waitFor();

    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('exports the plan with the opportunities chosen in the dialog: their influences, competitors, scorecard, charts and negotiation plan', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const dialogs = watchDialogs(page);
    const accountId = app.db.call('sample.load', { language: 'en' }).id;
    const [core, cloud] = app.db.call('report.accountPlan', { accountId }).opportunities!;
    await page.goto(`${app.url}#/accounts/${accountId}`);
    await page.getByRole('button', { name: d.exportPlan }).click();
    const dialog = page.getByRole('dialog', { name: d.exportPlan });
    const preview = dialog.frameLocator(`iframe[title="${d.previewTitle}"]`);
    await preview.getByRole('heading', { name: `${en.report.sections.opportunity}: ${cloud!.name}` }).waitFor();

    const chosen = dialog.getByRole('group', { name: d.opportunities });
    expect(await chosen.getByRole('checkbox').count()).toBe(2);
    await chosen.getByRole('checkbox', { name: cloud!.name }).uncheck();
    await expect.poll(() => preview.getByText(cloud!.name).count()).toBe(0);
    await preview.getByRole('heading', { name: `${en.report.sections.opportunity}: ${core!.name}` }).waitFor();
    await screenshot(page, 'report.dialog.opportunities.en');

    const before = app.host.dialogs.length;
    await dialog.getByRole('button', { name: d.savePdf }).click();
    const { pdf } = await savedPdf(app, before);
    const squash = (text: string) => text.replace(/\s+/g, '');
    const flat = squash(pdfText(pdf));
    const o = en.opportunities;
    for (const heading of [o.influences.title, o.competitors.title, o.scorecard.title, o.scorecard.radar, o.history.trend, o.checks.title, o.negotiation.title, o.whitespace.title]) {
      expect(flat, heading).toContain(squash(heading));
    }
    expect(flat).toContain(squash(core!.name));
    expect(flat).toContain('CN¥36M');
    expect(flat).not.toContain(squash(cloud!.name));
    expect(flat).not.toContain(squash(zhCN.opportunities.influences.title));
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('a visit brief from the person panel on the map and from the key-person table', async () => {
    const app = await launch({ language: 'zh-CN' });
    const { page } = app;
    const accountId = app.db.call('sample.load', { language: 'zh-CN' }).id;
    const target = app.db.call('report.accountPlan', { accountId }).people.find((p) => p.style === 'analytical')!;
    await openMapReady(app, accountId, `?focus=${target.id}`);
    await card(page, target.name).click();
    const z = zhCN.report.dialog;
    await panel(page, zhCN.map.panel.label).getByRole('button', { name: z.briefFor.replace('{{name}}', target.name) }).click();
    const dialog = page.getByRole('dialog', { name: z.briefFor.replace('{{name}}', target.name) });
    const preview = dialog.frameLocator('iframe');
    await preview.getByRole('heading', { name: zhCN.report.brief.approach }).waitFor();
    await preview.getByText(zhCN.report.styles.analytical.avoid).waitFor();
    await screenshot(page, 'report.brief-dialog.zh-CN');

    const before = app.host.dialogs.length;
    await dialog.getByRole('button', { name: z.savePdf }).click();
    const { name, pdf } = await savedPdf(app, before);
    expect(name).toBe(`${target.name}-拜访简报.pdf`);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain(zhCN.report.agenda[0]!.step);
    expect(text).toContain(zhCN.report.styles.analytical.values.replace(/\s+/g, ''));
    await dialog.getByRole('button', { name: zhCN.common.close }).click();

    await page.goto(`${app.url}#/accounts/${accountId}/people`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: target.name }) });
    await row.getByRole('button', { name: z.briefFor.replace('{{name}}', target.name) }).click();
    await page.getByRole('dialog', { name: z.briefFor.replace('{{name}}', target.name) }).frameLocator('iframe').getByRole('heading', { name: zhCN.report.brief.wayIn }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
