import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyAccountFields } from '../../shared/contract/index.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import type { Messages } from '../../shared/i18n/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { addOpportunity, openOpportunity } from './opportunityHelpers.js';
import { fill } from './uiText.js';

const launch = appPerTest();
const s = en.stageTemplates;
const inEn = (name: string) => fill(s.inEnglish, { name });
const inZh = (name: string) => fill(s.inChinese, { name });

const openLibrary = async (page: Page, t: Messages) => {
  await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.stageTemplates.nav, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: t.stageTemplates.title }).waitFor();
};

describe('sales process library', () => {
  it('copies the six stages, renames it, adds a stage with a key node and exit criteria, refuses an empty stage name at the field, and keeps the save', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    await openLibrary(page, en);

    // The built-ins are read-only, in the UI language.
    const builtIn = page.locator('.template-card').filter({ hasText: 'Six stages' });
    await builtIn.getByText('Customer development').waitFor();
    expect(await builtIn.getByRole('button', { name: fill(s.deleteOf, { name: 'Six stages' }) }).count()).toBe(0);
    await builtIn.getByRole('link', { name: fill(s.viewOf, { name: 'Six stages' }) }).click();
    await page.getByText(fill(en.stagePlan.keyNode, { node: 'Accurate project information' })).waitFor();
    await page.getByText(s.readOnly).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);

    // Copy it, with a name of our own.
    await page.getByRole('button', { name: fill(s.copyOf, { name: 'Six stages' }) }).click();
    const dialog = page.getByRole('dialog', { name: fill(s.copyTitle, { name: 'Six stages' }) });
    expect(await dialog.getByLabel(s.nameEn).inputValue()).toBe('Six stages (copy)');
    await dialog.getByLabel(s.nameEn).fill('');
    await dialog.getByLabel(s.nameZh).fill('');
    await dialog.getByRole('button', { name: s.copyConfirm }).click();
    await dialog.getByText(en.plan.templateProblems.emptyName).waitFor();
    await dialog.getByLabel(s.nameZh).fill('公用事业六阶段');
    await dialog.getByLabel(s.nameEn).fill('Utilities six stages');
    await dialog.getByRole('button', { name: s.copyConfirm }).click();
    await page.getByRole('heading', { level: 1, name: 'Utilities six stages' }).waitFor();
    const key = new URL(page.url()).hash.split('/').pop()!;
    expect(key).toMatch(/^custom_/);

    // Rename it in the editor.
    await page.locator('.template-name').getByLabel(s.nameEn).fill('Utilities process');

    // Add a stage: saving it without a name is refused at the field, and nothing is saved.
    await page.getByRole('button', { name: s.addStage }).click();
    const form = page.locator('.stage-editor-form');
    await form.getByLabel(inEn(s.keyNode)).fill('Operations sign-off');
    await page.getByRole('button', { name: fill(s.save, { version: 2 }) }).click();
    const nameError = form.locator('.text-pair').first().getByText(fill(en.plan.templateProblems.emptyStageName, { stage: 7 }));
    await nameError.waitFor();
    expect(await form.getByLabel(inEn(s.stageName)).getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(app.db.call('stageTemplates.versions', { key })).toHaveLength(1);

    // Name it, give it a key node, an exit criterion and a default task; the error goes as it is fixed.
    await form.getByLabel(inZh(s.stageName)).fill('运维移交');
    await form.getByLabel(inEn(s.stageName)).fill('Handover to operations');
    await nameError.waitFor({ state: 'detached' });
    await form.getByRole('button', { name: s.addCriterion }).click();
    await form.getByLabel(inEn(fill(s.criterionN, { n: 1 }))).fill('Runbook accepted by operations');
    await form.getByRole('button', { name: s.addTask }).click();
    await form.getByLabel(inEn(fill(s.taskN, { n: 1 }))).fill('Hold the handover workshop');
    // Reorder: the new stage goes before the last one.
    await page.getByRole('button', { name: fill(s.up, { name: 'Handover to operations' }) }).click();
    await page.getByRole('button', { name: fill(s.save, { version: 2 }) }).click();
    await page.getByText(fill(s.saved, { version: 2 })).waitFor();

    const saved = app.db.call('stageTemplates.versions', { key })[0]!.template;
    expect(saved.version).toBe(2);
    expect(saved.name).toEqual({ 'zh-CN': '公用事业六阶段', en: 'Utilities process' });
    expect(saved.stages).toHaveLength(7);
    expect(saved.stages[5]).toMatchObject({
      name: { 'zh-CN': '运维移交', en: 'Handover to operations' },
      keyNode: { en: 'Operations sign-off' },
      exitCriteria: [{ label: { en: 'Runbook accepted by operations' } }],
      tasks: [{ label: { en: 'Hold the handover workshop' } }],
    });
    expect(saved.stages[6]!.key).toBe('implementation');

    // Undo the save: back to the copy's stages (as one more version); redo brings the edit back.
    await page.getByRole('button', { name: fill(en.opportunities.undoStep, { step: s.history.edit }) }).click();
    await page.getByRole('heading', { level: 1, name: 'Utilities six stages' }).waitFor();
    expect(app.db.call('stageTemplates.versions', { key })[0]!.template.stages).toHaveLength(6);
    await page.getByRole('button', { name: fill(en.opportunities.redoStep, { step: s.history.edit }) }).click();
    await page.getByRole('heading', { level: 1, name: 'Utilities process' }).waitFor();
    expect(app.db.call('stageTemplates.versions', { key }).map((v) => v.template.version)).toEqual([4, 3, 2, 1]);

    // Reload: still there.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Utilities process' }).waitFor();
    await page.getByRole('button', { name: /^6\. Handover to operations/ }).click();
    expect(await page.getByRole('group', { name: 'Handover to operations' }).getByLabel(inEn(fill(s.criterionN, { n: 1 }))).inputValue()).toBe('Runbook accepted by operations');
    expect(await page.getByRole('group', { name: 'Handover to operations' }).getByLabel(inEn(s.keyNode)).inputValue()).toBe('Operations sign-off');

    expect(app.errors).toEqual([]);
  });

  it('makes a plan from a copy on an opportunity, shows its new stage, and the opportunity form then shows the stage read-only', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const copy = app.db.call('stageTemplates.copy', { key: 'six_stages', name: { 'zh-CN': '电网流程', en: 'Grid process' } }).template;
    const stages = copy.stages.map(({ key, name, keyNode, startMarker, endMarker, exitCriteria, objectives, tasks }) => ({
      key,
      name,
      keyNode,
      ...(startMarker ? { startMarker } : {}),
      ...(endMarker ? { endMarker } : {}),
      exitCriteria,
      objectives,
      tasks,
    }));
    stages.splice(1, 0, { key: 'pilot', name: { 'zh-CN': '试点', en: 'Pilot' }, keyNode: { 'zh-CN': '试点验收', en: 'Pilot accepted' }, exitCriteria: [], objectives: [], tasks: [] });
    app.db.call('stageTemplates.update', { key: copy.key, template: { name: copy.name, stages } });

    const accountId = app.db.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Pacific Grid Corp' } }).id;
    const opportunityId = addOpportunity(app, accountId, { name: 'Grid modernisation', stage: 'initiation' });
    await openOpportunity(app, accountId, opportunityId);

    // Before a plan: the stage is a choice.
    await page.getByRole('button', { name: en.opportunities.form.edit, exact: true }).click();
    let dialog = page.getByRole('dialog', { name: en.opportunities.form.edit });
    await dialog.getByRole('combobox', { name: en.opportunities.fields.stage }).waitFor();
    await dialog.getByRole('button', { name: en.common.cancel }).click();

    await page.getByRole('navigation', { name: en.opportunities.page.sections }).getByRole('link', { name: en.opportunities.page.plan, exact: true }).click();
    const picker = page.getByLabel(en.stagePlan.template);
    await picker.locator('optgroup', { hasText: 'Grid process' }).waitFor({ state: 'attached' });
    expect(await picker.locator(`optgroup[label="${en.stagePlan.mineGroup}"] option`).allTextContents()).toEqual(['Grid process']);
    await picker.selectOption({ label: 'Grid process' });
    await page.getByRole('button', { name: en.stagePlan.create }).click();
    await page.getByText(fill(en.stagePlan.runsOn, { template: 'Grid process' })).waitFor();
    const steps = page.getByRole('list', { name: en.stagePlan.stages });
    expect(await steps.locator('.stage-step-name').allTextContents()).toEqual(['Customer development', 'Pilot', 'Project initiation', 'Proposal', 'Tender', 'Commercial negotiation', 'Implementation']);

    // With a plan: the form shows the stage read-only, says why, and leads to the plan.
    await page.getByRole('navigation', { name: en.opportunities.page.sections }).getByRole('link', { name: en.opportunities.page.details, exact: true }).click();
    await page.getByRole('button', { name: en.opportunities.form.edit, exact: true }).click();
    dialog = page.getByRole('dialog', { name: en.opportunities.form.edit });
    const stage = dialog.getByLabel(en.opportunities.fields.stage);
    await dialog.getByText(en.stagePlan.stageLocked).waitFor();
    expect(await stage.getAttribute('readonly')).not.toBeNull();
    expect(await dialog.getByRole('combobox', { name: en.opportunities.fields.stage }).count()).toBe(0);
    await screenshot(page, 'opportunity-form-stage-locked.en');
    // Saving another field still works (the stage is not sent).
    await dialog.getByLabel(en.opportunities.fields.name).fill('Grid modernisation phase 2');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await page.getByRole('heading', { name: 'Grid modernisation phase 2' }).waitFor();
    await page.getByRole('button', { name: en.opportunities.form.edit, exact: true }).click();
    dialog = page.getByRole('dialog', { name: en.opportunities.form.edit });
    await dialog.getByRole('link', { name: en.stagePlan.openPlan }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.stage-steps').waitFor();
    expect(page.url()).toMatch(/\/plan$/);
    expect(app.errors).toEqual([]);
  });

  it('deletes a copy and undoes it, in Chinese', async () => {
    const app = await launch({ language: 'zh-CN' });
    const { page } = app;
    const z = zhCN.stageTemplates;
    await openLibrary(page, zhCN);
    await page.locator('.template-card').filter({ hasText: '大客户销售六部曲' }).getByText('客户分析').waitFor();
    await page.getByRole('button', { name: fill(z.copyOf, { name: '六个阶段' }) }).click();
    const dialog = page.getByRole('dialog', { name: fill(z.copyTitle, { name: '六个阶段' }) });
    expect(await dialog.getByLabel(z.nameZh).inputValue()).toBe('六个阶段（副本）');
    await dialog.getByRole('button', { name: z.copyConfirm }).click();
    await page.getByRole('heading', { level: 1, name: '六个阶段（副本）' }).waitFor();
    await page.getByRole('link', { name: z.title }).click();

    const card = page.locator('.template-card').filter({ hasText: '六个阶段（副本）' });
    await card.getByRole('button', { name: fill(z.deleteOf, { name: '六个阶段（副本）' }) }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByText(z.noCopies).waitFor();
    expect(app.db.call('stageTemplates.list', {})).toHaveLength(2);
    await page.getByRole('status').filter({ hasText: fill(z.deleted, { name: '六个阶段（副本）' }) }).getByRole('button', { name: zhCN.common.undo }).click();
    await card.waitFor();
    expect(app.db.call('stageTemplates.list', {}).map((e) => e.template.name['zh-CN'])).toEqual(['六个阶段', '大客户销售六部曲', '六个阶段（副本）']);

    // Ctrl+Z takes back the copy itself.
    await page.keyboard.press('Control+z');
    await card.waitFor({ state: 'detached' });
    expect(app.db.call('stageTemplates.list', {})).toHaveLength(2);
    expect(app.errors).toEqual([]);
  });
});
