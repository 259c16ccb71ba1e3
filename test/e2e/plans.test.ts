import { describe, expect, it } from 'vitest';
import { emptyAccountFields } from '../../shared/contract/index.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { addOpportunity, openOpportunity } from './opportunityHelpers.js';
import { fill } from './uiText.js';

const launch = appPerTest();
const s = en.stagePlan;

describe('stage plans', () => {
  it('makes a plan from the six stages, blocks the key node until its criteria are ticked, overrides with a reason, moves back, undoes', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = app.db.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Pacific Grid Corp' } }).id;
    const opportunityId = addOpportunity(app, accountId, { name: 'Grid modernisation' });
    await openOpportunity(app, accountId, opportunityId, 'plan');

    await page.getByText(s.none).waitFor();
    await page.getByLabel(s.template).selectOption({ label: 'Six stages' });
    await page.getByRole('button', { name: s.create }).click();
    await page.getByRole('heading', { name: fill(s.current, { stage: 'Customer development' }) }).waitFor();
    expect(await page.getByText('Key node: Accurate project information').isVisible()).toBe(true);

    // Blocked: six criteria open.
    const advance = page.getByRole('button', { name: fill(s.advance, { stage: 'Project initiation' }) });
    expect(await advance.isDisabled()).toBe(true);
    await page.getByText(fill(s.advanceBlocked, { count: 6 })).waitFor();

    // Tick every criterion: the gate opens.
    for (const label of ['The client’s need is confirmed', 'The budget is known', 'The purchase timeline is known', 'Who decides, and how, is known', 'The main competitors are known', 'Judged to fit our strategy; decided to pursue']) {
      await page.getByRole('checkbox', { name: label }).check();
    }
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.gate .btn-primary')?.disabled);
    await advance.click();
    await page.getByRole('heading', { name: fill(s.current, { stage: 'Project initiation' }) }).waitFor();
    expect(app.db.call('opportunities.get', { id: opportunityId }).opportunity.stage).toBe('initiation');

    // Override without a reason is refused at the field; with one it passes and is shown.
    await page.getByRole('button', { name: s.override }).click();
    await page.getByRole('dialog').getByRole('button', { name: s.overrideConfirm }).click();
    await page.getByText(en.plan.gateRefusals.overrideReasonRequired).waitFor();
    await page.getByLabel(s.overrideReason).fill('The approval meeting was brought forward');
    await page.getByRole('dialog').getByRole('button', { name: s.overrideConfirm }).click();
    await page.getByRole('heading', { name: fill(s.current, { stage: 'Proposal' }) }).waitFor();
    await page.getByText(fill(s.moveReason, { reason: 'The approval meeting was brought forward' })).waitFor();
    expect(await page.locator('.move-override').count()).toBe(1);
    expect(await page.locator('.move-skipped').first().textContent()).toContain('Left open:');

    // Move back, then undo it: back at the proposal.
    await page.getByRole('button', { name: fill(s.moveBack, { stage: 'Project initiation' }) }).click();
    await page.getByLabel(s.moveBackReason).fill('The client reopened the approval');
    await page.getByRole('dialog').getByRole('button', { name: s.moveBackConfirm, exact: true }).click();
    await page.getByRole('heading', { name: fill(s.current, { stage: 'Project initiation' }) }).waitFor();
    await page.keyboard.press('Control+z');
    await page.getByRole('heading', { name: fill(s.current, { stage: 'Proposal' }) }).waitFor();
    const plan = app.db.call('plans.get', { opportunityId }).plan!;
    expect(plan.moves.map((m) => m.kind)).toEqual(['advance', 'override']);

    // Timeline: a planned end in the past on the current stage shows it overdue, in red.
    await page.getByRole('button', { name: `${s.editDates}: Proposal` }).click();
    const row = page.locator('.timeline-row[data-stage="proposal"]');
    await row.getByLabel(s.plannedStart).fill('2026-01-05');
    await row.getByLabel(s.plannedEnd).fill('2026-01-01');
    await row.getByRole('button', { name: s.saveDates }).click();
    await row.getByText(en.plan.errors.endBeforeStart).waitFor();
    await row.getByLabel(s.plannedEnd).fill('2026-02-01');
    await row.getByRole('button', { name: s.saveDates }).click();
    await row.getByText(s.overdue).waitFor();
    const red = await row.locator('.timeline-name').evaluate((el) => getComputedStyle(el).color);
    expect(red).toBe('rgb(217, 48, 37)');
    expect(await page.locator('.today-line').count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });

  it('makes a plan from the six steps in Chinese, with start and end markers', async () => {
    const app = await launch({ language: 'zh-CN' });
    const { page } = app;
    const z = zhCN.stagePlan;
    const accountId = app.db.call('accounts.create', { fields: { ...emptyAccountFields, name: '华东联合银行' } }).id;
    const opportunityId = addOpportunity(app, accountId, { name: '私有云平台' });
    await openOpportunity(app, accountId, opportunityId, 'plan');
    await page.getByLabel(z.template).selectOption({ label: '大客户销售六部曲' });
    await page.getByRole('button', { name: z.create }).click();
    await page.getByRole('heading', { name: fill(z.current, { stage: '客户分析' }) }).waitFor();
    await page.getByText(fill(z.endMarker, { text: '发现明确的销售机会' })).waitFor();
    await page.getByRole('checkbox', { name: '组织结构已分析清楚' }).check();
    await page.getByRole('checkbox', { name: '已发现明确的销售机会' }).check();
    await page.getByRole('button', { name: fill(z.advance, { stage: '建立信任' }) }).click();
    await page.getByRole('heading', { name: fill(z.current, { stage: '建立信任' }) }).waitFor();
    expect(app.db.call('plans.get', { opportunityId }).plan!.stageKey).toBe('build_trust');
    await screenshot(page, 'plan-six-steps.zh-CN');
    expect(app.errors).toEqual([]);
  });
});
