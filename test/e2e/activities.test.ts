import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../shared/domain/plan/calendarDate.js';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { addPerson, card, createAccount, openMap } from './mapHelpers.js';
import { fill } from './uiText.js';

const launch = appPerTest();
const a = en.activities;

describe('activities', () => {
  it('logs a visit, shows the last contact on the map card, the key-person table and the panel, and turns the next step into a task', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    addPerson(app, accountId, { name: 'Zhang Wei', department: 'IT', roles: ['decision_maker'] }, { x: 0, y: 0 });
    addPerson(app, accountId, { name: 'Li Na', department: 'Finance' }, { x: 300, y: 0 });
    const day = addDays(today(), -3);

    await page.goto(`${app.url}#/accounts/${accountId}/activities`);
    await page.getByText(a.none).waitFor();
    await page.getByRole('button', { name: a.add }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(a.date).fill('2026-02-30');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await dialog.getByText(en.plan.errors.date).waitFor();
    await dialog.getByLabel(a.date).fill(day);
    await dialog.getByLabel(a.kind).selectOption({ label: en.plan.activityKinds.visit });
    await dialog.getByLabel(`${a.people}: ${en.opportunities.people.add}`).selectOption({ label: 'Zhang Wei' });
    await dialog.getByLabel(a.summary).fill('Walked through the <script>alert(1)</script> roadmap');
    await dialog.getByLabel(a.nextStep).fill('Send the reference case');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Walked through the <script>alert(1)</script> roadmap').waitFor();

    await page.getByRole('button', { name: fill(a.toTaskNamed, { step: 'Send the reference case' }) }).click();
    await page.getByText(a.turned, { exact: true }).waitFor();
    const task = app.db.call('tasks.listForAccount', { accountId }).find((x) => x.title === 'Send the reference case');
    expect(task?.personIds.length).toBe(1);
    await screenshot(page, 'activities.en');

    await page.getByRole('link', { name: en.tasks.tab, exact: true }).click();
    await page.getByRole('cell', { name: 'Send the reference case', exact: true }).waitFor();

    // Last contact on the map card and in the panel.
    await openMap(app, accountId);
    expect(await card(page, 'Zhang Wei').locator('.card-contact').textContent()).toBe(fill(a.lastContactShort, { date: day.slice(5) }));
    expect(await card(page, 'Li Na').locator('.card-contact').count()).toBe(0);
    await card(page, 'Zhang Wei').dblclick();
    await page.getByText(new RegExp(`^${a.lastContact.replace('{{date}}', '')}`)).waitFor();

    // And in the key-person table.
    await page.goto(`${app.url}#/accounts/${accountId}/people`);
    const row = page.getByRole('row').filter({ hasText: 'Zhang Wei' });
    expect(await row.locator('.col-lastContact').textContent()).toBe(day);
    expect(await page.getByRole('row').filter({ hasText: 'Li Na' }).locator('.col-lastContact').textContent()).toBe(a.never);
    expect(app.errors).toEqual([]);
  });
});
