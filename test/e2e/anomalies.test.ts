import { describe, expect, it } from 'vitest';
import { emptyTaskFields } from '../../shared/contract/index.js';
import { addDays, today } from '../../shared/domain/plan/calendarDate.js';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { createAccount } from './mapHelpers.js';
import { fill } from './uiText.js';

const launch = appPerTest();
const n = en.anomalies;

describe('anomalies', () => {
  it('appear and go as the data changes; dismiss with a reason (refused blank), restore, undo', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const due = addDays(today(), -5);
    app.db.call('tasks.create', { accountId, fields: { ...emptyTaskFields, title: 'Call the CFO', dueDate: due } });

    await page.goto(`${app.url}#/accounts/${accountId}/anomalies`);
    const overdue = page.locator('.anomaly[data-rule="task_overdue"]');
    await overdue.waitFor();
    expect(await overdue.textContent()).toContain('“Call the CFO” was due on');
    expect(await overdue.locator('.severity-badge').textContent()).toBe(n.severity.medium);

    // Fixed where it is: the task done, the anomaly goes.
    await overdue.getByRole('link', { name: n.fix.tasks }).click();
    await page.getByRole('checkbox', { name: fill(en.tasks.markDone, { title: 'Call the CFO' }) }).check();
    await page.getByRole('cell', { name: en.plan.taskStatus.done, exact: true }).waitFor();
    await page.getByRole('link', { name: n.tab, exact: true }).click();
    await page.locator('.anomaly-counts').waitFor();
    await overdue.waitFor({ state: 'detached' });

    // Reopened, it comes back; dismissed with a reason it stays listed, marked.
    await page.getByRole('link', { name: en.tasks.tab, exact: true }).click();
    await page.getByRole('checkbox', { name: fill(en.tasks.markDone, { title: 'Call the CFO' }) }).uncheck();
    await page.getByRole('cell', { name: en.plan.taskStatus.open, exact: true }).waitFor();
    await page.getByRole('link', { name: n.tab, exact: true }).click();
    await overdue.waitFor();
    await overdue.getByRole('button', { name: n.dismiss }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: n.dismiss }).click();
    await dialog.getByText(n.errors.reasonRequired).waitFor();
    await dialog.getByLabel(n.dismissReason).fill('The CFO is on leave until Monday');
    await dialog.getByRole('button', { name: n.dismiss }).click();
    await overdue.getByText(fill(n.dismissed, { reason: 'The CFO is on leave until Monday' })).waitFor();
    expect(await page.locator('.anomaly-counts').textContent()).toContain(fill(n.dismissedCount, { count: 1 }));
    await overdue.getByRole('button', { name: new RegExp(`^${n.restore}:`) }).click();
    await overdue.getByRole('button', { name: new RegExp(`^${n.dismiss}:`) }).waitFor();
    await page.keyboard.press('Control+z');
    await overdue.getByText(fill(n.dismissed, { reason: 'The CFO is on leave until Monday' })).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('shows the sample account’s decision-maker below Trusted with a way in through the coach, highlighted on the map', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const account = app.db.call('sample.load', { language: 'en' });
    const people = app.db.call('map.get', { accountId: account.id }).people;
    const coach = people.find((p) => p.roles.includes('coach'))!;
    await page.goto(`${app.url}#/accounts/${account.id}/anomalies`);
    const decision = page.locator('.anomaly[data-rule="decision_maker_not_trusted"]').filter({ hasText: `Ask ${coach.name} to open the door` }).first();
    await decision.waitFor();
    expect(await decision.locator('.severity-badge').textContent()).toBe(n.severity.high);
    await screenshot(page, 'anomalies.en');
    await decision.getByRole('link', { name: n.showPath }).click();
    const note = page.locator('.path-highlight');
    await note.waitFor();
    expect(await note.textContent()).toContain(`${coach.name} → `);
    await page.locator('.react-flow__node-person').first().waitFor();
    const dimmed = await page.locator('.person-card.is-dimmed').count();
    const shown = await page.locator('.person-card:not(.is-dimmed)').count();
    expect(shown).toBeGreaterThanOrEqual(2);
    expect(dimmed).toBeGreaterThan(shown);
    await screenshot(page, 'anomalies-path.en');
    await note.getByRole('button', { name: n.clearPath }).click();
    await page.waitForFunction(() => document.querySelectorAll('.person-card.is-dimmed').length === 0);
    expect(app.errors).toEqual([]);
  });
  it('the person panel shows the way in to someone below target, and highlights it on the map', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const account = app.db.call('sample.load', { language: 'en' });
    const people = app.db.call('map.get', { accountId: account.id }).people;
    const coach = people.find((p) => p.roles.includes('coach'))!;
    const ways = app.db.call('paths.toPerson', { personId: people.find((p) => p.roles.includes('decision_maker') && p.relationship === 'acquainted')!.id });
    const target = ways.target;
    expect(ways.chains.length).toBeGreaterThan(0);
    await page.goto(`${app.url}#/accounts/${account.id}/map`);
    await page.locator('.react-flow__node-person').filter({ hasText: target.name }).first().click();
    const section = page.getByRole('region', { name: en.report.brief.wayIn });
    await section.waitFor();
    const first = section.getByRole('listitem').first();
    expect(await first.textContent()).toContain(ways.people[ways.chains[0]!.path[0]!]!.name);
    expect(await section.textContent()).toContain(coach.name);
    await screenshot(page, 'map-panel-way-in.en');
    await first.getByRole('link', { name: n.showPath }).click();
    const note = page.locator('.path-highlight');
    await note.waitFor();
    expect(await note.textContent()).toContain(`→ ${target.name}`);

    // Someone we already trust (the coach) needs no way in: the section is not there.
    await page.locator('.react-flow__node-person').filter({ hasText: coach.name }).first().click();
    await page.getByRole('heading', { name: en.activities.contacts }).waitFor();
    expect(await page.getByRole('region', { name: en.report.brief.wayIn }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
