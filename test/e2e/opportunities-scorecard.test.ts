import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { addPerson, card, createAccount, panel, personNamed } from './mapHelpers.js';
import { addOpportunity, openOpportunity, openSection, score } from './opportunityHelpers.js';

const launch = appPerTest();
const o = en.opportunities;

describe('scorecards', () => {
  it('copies and edits a template (a new version, problems shown at the field) while an old assessment keeps its version', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const opportunityId = addOpportunity(app, accountId, {});
    await page.goto(`${app.url}#/scorecards`);
    await page.getByRole('button', { name: o.templates.copyOf.replace('{{name}}', 'Keyplan opportunity scorecard') }).click();
    await page.locator('.criterion-edit').first().waitFor();
    const copy = app.db.call('scorecards.templates', {}).find((e) => !e.builtIn)!;
    expect(copy.template.version).toBe(1);
    app.db.call('assessments.create', {
      opportunityId,
      templateKey: copy.template.key,
      scores: { need: { value: 4, evidence: 'Confirmed', personIds: [] } },
      author: 'Me',
      authorId: null,
    });

    const need = page.getByRole('listitem', { name: 'Need' });
    await need.getByLabel(`Need: ${o.templates.weight}`).fill('-1');
    await need.getByText(en.scoring.errors.negativeWeight).waitFor();
    expect(await page.getByRole('button', { name: o.templates.save.replace('{{version}}', '2') }).isDisabled()).toBe(true);
    await need.getByLabel(`Need: ${o.templates.weight}`).fill('30');
    await need.getByLabel(`Need: ${o.templates.labelEn}`).fill('Business need');
    await page.getByRole('button', { name: o.templates.down.replace('{{name}}', 'Business need') }).click();
    await page.getByRole('button', { name: o.templates.save.replace('{{version}}', '2') }).click();
    await expect.poll(() => app.db.call('scorecards.versions', { key: copy.template.key }).length).toBe(2);
    const [v2] = app.db.call('scorecards.versions', { key: copy.template.key });
    expect(v2!.template.criteria.map((c) => c.key).slice(0, 2)).toEqual(['timeline', 'need']);
    expect(v2!.template.criteria[1]).toMatchObject({ weight: 30, label: { en: 'Business need' } });

    await openOpportunity(app, accountId, opportunityId, 'scorecard');
    await page.getByText('made with Keyplan opportunity scorecard (copy) version 1', { exact: false }).waitFor();
    await page.locator('.criteria-table').getByRole('rowheader', { name: 'Need', exact: true }).waitFor();
    await openSection(page, en, 'history');
    await page.locator('.history-table').getByText('version 1').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('says walk away on any "no" of the Real-Win-Worth it questions', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const opportunityId = addOpportunity(app, accountId, {});
    await openOpportunity(app, accountId, opportunityId, 'scorecard');
    await page.getByLabel(o.scorecard.template).selectOption('rww');
    await page.getByRole('button', { name: o.scorecard.assess }).click();
    await score(page, 'Is there a real need?', 0, 'They have no project');
    await page.getByText(/Walk away/).first().waitFor();
    await page.getByRole('button', { name: o.scorecard.save }).click();
    await page.locator('.score-verdict').getByText(en.scoring.verdicts.walk_away).waitFor();
    await page.getByText('“Is there a real need?” is answered no', { exact: false }).waitFor();
    expect(app.db.call('opportunities.get', { id: opportunityId }).assessments[0]!.verdict).toBe('walk_away');
    expect(app.errors).toEqual([]);
  });

  it('shows a cross-check against the map, which goes away when the map changes (zh-CN)', async () => {
    const app = await launch({ language: 'zh-CN' });
    const { page } = app;
    const z = zhCN.opportunities;
    const accountId = createAccount(app, '太平洋电网');
    const zhou = addPerson(app, accountId, { name: '周国平', title: '行长', roles: ['decision_maker'], relationship: 'acquainted' }, { x: 0, y: 0 });
    const coach = addPerson(app, accountId, { name: '何文', roles: ['coach'], attitude: 'champion', relationship: 'ally' }, { x: 300, y: 0 });
    const opportunityId = addOpportunity(app, accountId, { name: '核心系统' });
    for (const personId of [zhou, coach]) app.db.call('influences.create', { opportunityId, personId, fields: {} });
    await openOpportunity(app, accountId, opportunityId, 'scorecard');
    await page.getByRole('button', { name: z.scorecard.assess }).click();
    await score(page, '决策（流程与决策者）', 4, '周行长亲自拍板', '未知');
    await page.getByRole('button', { name: z.scorecard.save }).click();
    const finding = page.locator('.check-item').filter({ hasText: '还没有与我们达到信赖的决策者' });
    await finding.waitFor();
    await screenshot(page, 'opportunity-crosscheck.zh-CN');

    await finding.getByRole('link', { name: z.checks.openPerson.replace('{{name}}', '周国平') }).click();
    await page.locator('.react-flow__pane').waitFor();
    await card(page, '周国平').click();
    const details = panel(page, zhCN.map.panel.label);
    await details.getByLabel(zhCN.map.panel.fields.relationship, { exact: true }).selectOption('trusted');
    await details.getByRole('button', { name: zhCN.map.panel.save }).click();
    await expect.poll(() => personNamed(app, accountId, '周国平')?.relationship).toBe('trusted');
    await page.goBack();
    await page.locator('.checks').getByText(z.checks.none).waitFor();
    expect(await page.locator('.check-item').filter({ hasText: '还没有与我们达到信赖的决策者' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
