import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { emptyTaskFields } from '../../shared/contract/index.js';
import { addDays, today } from '../../shared/domain/plan/calendarDate.js';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { addPerson, createAccount } from './mapHelpers.js';
import { fill } from './uiText.js';

const launch = appPerTest();
const k = en.tasks;

describe('tasks', () => {
  it('adds a task with field messages for bad input, marks it done and undoes, edits, deletes and brings it back, exports .ics, shows it in my week', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const owner = app.db.call('team.create', { fields: { name: 'Mei Chen', role: 'Account manager' } });
    addPerson(app, accountId, { name: 'Zhang Wei', department: 'IT', roles: ['decision_maker'] });
    const yesterday = addDays(today(), -1);
    app.db.call('tasks.create', { accountId, fields: { ...emptyTaskFields, title: 'Book the steering committee', ownerId: owner.id, dueDate: addDays(today(), 2) } });

    await page.goto(`${app.url}#/accounts/${accountId}/tasks`);
    await page.getByRole('cell', { name: 'Book the steering committee', exact: true }).waitFor();

    // Bad input: no title, due before start.
    await page.getByRole('button', { name: k.add }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(k.startDate).fill(today());
    await dialog.getByLabel(k.dueDate).fill(yesterday);
    await dialog.getByRole('button', { name: en.common.save }).click();
    await dialog.getByText(en.errors.required).waitFor();
    await dialog.getByText(en.plan.errors.dueBeforeStart).waitFor();

    await dialog.getByLabel(k.title).fill('Send the <b>proposal</b>');
    await dialog.getByLabel(k.startDate).fill('');
    await dialog.getByLabel(k.owner).selectOption({ label: 'Mei Chen' });
    await dialog.getByLabel(`${k.people}: ${en.opportunities.people.add}`).selectOption({ label: 'Zhang Wei' });
    await dialog.getByRole('button', { name: en.common.save }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: 'Send the <b>proposal</b>' });
    await row.getByText(k.overdue).waitFor();
    expect(await row.textContent()).toContain('Zhang Wei');
    expect(await row.textContent()).toContain('Mei Chen');
    expect(await page.locator('b').count()).toBe(0);

    // Done, and undone.
    await row.getByRole('checkbox', { name: fill(k.markDone, { title: 'Send the <b>proposal</b>' }) }).check();
    await row.getByRole('cell', { name: en.plan.taskStatus.done, exact: true }).waitFor();
    await page.getByRole('button', { name: fill(en.opportunities.undoStep, { step: k.history.done }) }).click();
    await row.getByRole('cell', { name: en.plan.taskStatus.open, exact: true }).waitFor();
    expect(await row.getByRole('checkbox').isChecked()).toBe(false);
    // Ctrl+Z while the checkbox still has the focus undoes the tick too (a checkbox has no undo of its own).
    const tick = row.getByRole('checkbox', { name: fill(k.markDone, { title: 'Send the <b>proposal</b>' }) });
    await tick.check();
    await row.getByRole('cell', { name: en.plan.taskStatus.done, exact: true }).waitFor();
    expect(await tick.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await row.getByRole('cell', { name: en.plan.taskStatus.open, exact: true }).waitFor();

    // Edit the title, then delete and bring it back.
    await row.getByRole('button', { name: fill(k.editNamed, { title: 'Send the <b>proposal</b>' }) }).click();
    await dialog.getByLabel(k.title).fill('Send the proposal');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await page.getByRole('cell', { name: 'Send the proposal', exact: true }).waitFor();
    await page.getByRole('button', { name: fill(k.deleteNamed, { title: 'Send the proposal' }) }).click();
    await page.getByRole('cell', { name: 'Send the proposal', exact: true }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await page.getByRole('cell', { name: 'Send the proposal', exact: true }).waitFor();

    // .ics export: a valid calendar with both open tasks on their due days.
    await page.getByRole('button', { name: k.exportIcs }).click();
    await page.getByText(fill(k.exported, { name: 'Pacific Grid Corp.ics' })).waitFor();
    expect(app.host.dialogs.at(-1)).toEqual({ suggestedName: 'Pacific Grid Corp.ics', format: 'ics' });
    const text = readFileSync(join(app.host.folder, 'Pacific Grid Corp.ics'), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => ({ summary: v.getFirstPropertyValue('summary'), start: String(v.getFirstPropertyValue('dtstart')) }));
    expect(events).toEqual(
      expect.arrayContaining([
        { summary: 'Send the proposal', start: yesterday },
        { summary: 'Book the steering committee', start: addDays(today(), 2) },
      ]),
    );
    await screenshot(page, 'tasks.en');

    // My week: overdue and due this week (the one due in two days may fall next week).
    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: k.nav }).click();
    const overdue = page.getByRole('region', { name: new RegExp(`^${k.week.overdue}`) });
    await overdue.getByText('Send the proposal').waitFor();
    expect(await overdue.textContent()).toContain('Pacific Grid Corp');
    await page.getByLabel(k.week.owner).selectOption({ label: 'Mei Chen' });
    await overdue.getByText('Send the proposal').waitFor();
    expect(app.errors).toEqual([]);
  });
});
