import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { addPerson, createAccount } from './mapHelpers.js';
import { addOpportunity, openOpportunity, openSection, score } from './opportunityHelpers.js';

const launch = appPerTest();
const o = en.opportunities;

describe('opportunities', () => {
  it('creates an opportunity with an amount typed as 1200万, edits it and undoes the edit', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    await page.goto(`${app.url}#/accounts/${accountId}/opportunities`);
    await page.getByRole('button', { name: o.list.new }).click();
    const dialog = page.getByRole('dialog', { name: o.form.new });
    await dialog.getByLabel(o.fields.name).fill('Smart grid analytics');
    const amount = dialog.getByLabel(o.fields.amount, { exact: true });
    await amount.fill('12 apples');
    await dialog.getByText(o.amount.refusals.not_a_number).waitFor();
    await amount.fill('1200万');
    await dialog.getByText('= CN¥12,000,000').waitFor();
    await dialog.getByLabel(o.fields.closeDate).fill('2027-03-31');
    await dialog.getByLabel(o.fields.stage).selectOption('proposal');
    await dialog.getByLabel(o.fields.valueProposition).fill('Cut outage minutes by a third');
    await dialog.getByRole('button', { name: en.common.save }).click();

    await page.getByRole('heading', { name: 'Smart grid analytics' }).waitFor();
    const [saved] = app.db.call('opportunities.list', { accountId });
    expect(saved).toMatchObject({ name: 'Smart grid analytics', amount: 12_000_000, currency: 'CNY', closeDate: '2027-03-31', stage: 'proposal', status: 'open' });

    // Won asks for a reason.
    await page.getByRole('button', { name: o.form.edit }).click();
    const edit = page.getByRole('dialog', { name: o.form.edit });
    expect(await edit.getByLabel(o.fields.amount, { exact: true }).inputValue()).toBe('12,000,000');
    await edit.getByLabel(o.fields.status).selectOption('won');
    await edit.getByRole('button', { name: en.common.save }).click();
    await edit.getByText(en.opportunities.errors.reasonRequired).waitFor();
    await edit.getByLabel(o.fields.statusReason.replace('{{status}}', o.statuses.won)).fill('Best pilot results');
    await edit.getByLabel(o.fields.amount, { exact: true }).fill('1.5亿');
    await edit.getByRole('button', { name: en.common.save }).click();
    await expect.poll(() => app.db.call('opportunities.list', { accountId })[0]).toMatchObject({ status: 'won', amount: 150_000_000, statusReason: 'Best pilot results' });

    await page.getByRole('button', { name: `Undo: ${o.history_labels.editOpportunity}` }).click();
    await expect.poll(() => app.db.call('opportunities.list', { accountId })[0]).toMatchObject({ status: 'open', amount: 12_000_000, statusReason: '' });
    await page.getByRole('button', { name: `Redo: ${o.history_labels.editOpportunity}` }).click();
    await expect.poll(() => app.db.call('opportunities.list', { accountId })[0]?.status).toBe('won');

    // Delete from the list, then Undo in the toast.
    await page.getByRole('link', { name: `← ${o.page.back.replace('{{account}}', 'Pacific Grid Corp')}` }).click();
    await page.getByRole('button', { name: o.list.deleteFor.replace('{{name}}', 'Smart grid analytics') }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.common.delete }).click();
    await expect.poll(() => app.db.call('opportunities.list', { accountId }).length).toBe(0);
    await page.getByRole('status').getByRole('button', { name: en.common.undo }).click();
    await page.getByRole('link', { name: 'Smart grid analytics' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('adds buying influences from the map, assesses, reassesses, and shows the trend and what changed', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const zhou = addPerson(app, accountId, { name: 'Zhou Guoping', title: 'President', roles: ['decision_maker'], relationship: 'acquainted', influence: 'high' });
    addPerson(app, accountId, { name: 'Lin Zhiyuan', title: 'CIO', roles: ['economic_buyer'], attitude: 'supporter', pains: 'Legacy core' });
    addPerson(app, accountId, { name: 'Wang Lei', title: 'Architect', roles: ['coach'], attitude: 'champion' });
    const opportunityId = addOpportunity(app, accountId, { name: 'Core banking renewal' });
    await openOpportunity(app, accountId, opportunityId, 'influences');

    await page.getByRole('button', { name: o.influences.add }).click();
    const picker = page.getByRole('dialog', { name: o.influences.picker.title });
    await picker.getByLabel(o.influences.picker.search).fill('zh');
    await picker.getByRole('checkbox', { name: 'Choose Zhou Guoping' }).check();
    await picker.getByLabel(o.influences.picker.search).fill('');
    await picker.getByRole('checkbox', { name: 'Choose Lin Zhiyuan' }).check();
    await picker.getByRole('checkbox', { name: 'Choose Wang Lei' }).check();
    await picker.getByRole('button', { name: 'Add 3' }).click();
    await page.getByRole('link', { name: 'Wang Lei' }).waitFor();
    const detail = () => app.db.call('opportunities.get', { id: opportunityId });
    expect(detail().influences.map((i) => i.personId)).toContain(zhou);
    // The role in this deal defaults to the person's own, and can be changed.
    await page.getByLabel(`${o.influences.role}: Lin Zhiyuan`).selectOption('decision_maker');
    await expect.poll(() => detail().influences.find((i) => i.role !== null)?.role).toBe('decision_maker');

    await openSection(page, en, 'scorecard');
    await page.getByText(o.scorecard.none).waitFor();
    await page.getByRole('button', { name: o.scorecard.assess }).click();
    await score(page, 'Need', 3, 'Lin said the legacy core costs 8m a year');
    await score(page, 'Budget', 2, 'Budget line in the 2027 plan');
    await score(page, 'Decision (process and makers)', 4, 'Zhou signs');
    await page.getByRole('button', { name: o.scorecard.save }).click();
    await page.getByRole('heading', { name: o.scorecard.latest }).waitFor();
    expect(detail().assessments).toHaveLength(1);
    const first = detail().assessments[0]!;
    expect(first.templateKey).toBe('keyplan');
    expect(first.scores.need).toMatchObject({ value: 3, evidence: 'Lin said the legacy core costs 8m a year' });
    await page.getByRole('img', { name: o.scorecard.radarAlt }).waitFor();

    await page.getByRole('button', { name: o.scorecard.reassess }).click();
    await score(page, 'Need', 4, 'Quantified and confirmed by Zhou');
    await score(page, 'Budget', 1);
    await page.getByRole('button', { name: o.scorecard.save }).click();
    await page.getByRole('heading', { name: o.scorecard.latest }).waitFor();
    await expect.poll(() => detail().assessments.length).toBe(2);

    await openSection(page, en, 'history');
    await page.getByRole('img', { name: o.history.trendAlt }).waitFor();
    const diff = page.locator('.diff-table');
    await diff.getByRole('rowheader', { name: 'Need' }).waitFor();
    expect(await diff.getByText('Quantified and confirmed by Zhou').count()).toBe(1);
    await diff.getByRole('rowheader', { name: 'Budget' }).waitFor();
    await page.getByText(o.history.falling.replace('{{criteria}}', 'Budget')).waitFor();
    await screenshot(page, 'opportunity-history');
    expect(app.errors).toEqual([]);
  });
});
