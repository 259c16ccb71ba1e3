import { describe, expect, it } from 'vitest';
import { emptyOpportunityFields } from '../../shared/contract/index.js';
import { textIn } from '../../shared/domain/plan/stageTemplate.js';
import { en } from '../../shared/i18n/en/index.js';
import { RELATIONSHIP_PLAN_TEMPLATES } from '../../shared/templates/stages.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { addPerson, card, createAccount, openMapReady, panel } from './mapHelpers.js';
import { fill } from './uiText.js';

const launch = appPerTest();
const r = en.relationship;
const phaseName = (phase: keyof typeof RELATIONSHIP_PLAN_TEMPLATES) => textIn(RELATIONSHIP_PLAN_TEMPLATES[phase].name, 'en');
const todayShown = () => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());

describe('relationship plan', () => {
  it('moves the sample account back a phase and undoes it; adds an offered default task that shows in the tasks tab', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const account = app.db.call('sample.load', { language: 'en' });
    await page.goto(`${app.url}#/accounts/${account.id}/relationship`);
    const steps = page.getByRole('list', { name: r.phases });
    const current = steps.locator('[aria-current="step"]');
    await current.waitFor();
    expect(await current.textContent()).toContain(phaseName('stabilize'));
    await page.getByRole('heading', { name: fill(r.current, { phase: phaseName('stabilize') }) }).waitFor();
    // 稳定关系's objectives are listed.
    await page.getByText(textIn(RELATIONSHIP_PLAN_TEMPLATES.stabilize.objectives[1]!, 'en')).waitFor();
    await screenshot(page, 'relationship-plan.en');

    // Back to 建立关系 (e.g. after a reorganisation): the steps and the header follow, and so does the account.
    await page.getByRole('button', { name: fill(r.moveBack, { phase: phaseName('establish') }) }).click();
    await page.getByRole('heading', { name: fill(r.current, { phase: phaseName('establish') }) }).waitFor();
    expect(await current.textContent()).toContain(phaseName('establish'));
    await page.getByText(textIn(RELATIONSHIP_PLAN_TEMPLATES.establish.objectives[1]!, 'en'), { exact: true }).first().waitFor();
    expect(app.db.call('accounts.get', { id: account.id }).relationshipPhase).toBe('establish');
    await page.keyboard.press('Control+z');
    await page.getByRole('heading', { name: fill(r.current, { phase: phaseName('stabilize') }) }).waitFor();
    expect(await current.textContent()).toContain(phaseName('stabilize'));
    expect(app.db.call('accounts.get', { id: account.id }).relationshipPhase).toBe('stabilize');

    // One of 稳定关系's default tasks, added in one click: it leaves the offered list, joins the plan's tasks and the tasks tab.
    const offered = app.db.call('relationship.get', { accountId: account.id }).offered[0]!;
    const title = textIn(offered.label, 'en');
    await page.getByRole('button', { name: fill(r.addNamed, { title }) }).click();
    await page.getByRole('button', { name: fill(r.addNamed, { title }) }).waitFor({ state: 'detached' });
    const planTasks = page.locator('.relationship-tasks');
    await planTasks.getByRole('cell', { name: title, exact: true }).waitFor();
    const task = app.db.call('tasks.listForAccount', { accountId: account.id }).find((t) => t.title === title)!;
    expect(task).toMatchObject({ phase: 'stabilize', templateTaskKey: offered.key, status: 'open' });
    await page.getByRole('link', { name: en.tasks.tab, exact: true }).click();
    await page.locator('.tasks-table').getByRole('cell', { name: title, exact: true }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('records a change of relationship level in the person panel with today’s date, and the account’s change list shows it', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    addPerson(app, accountId, { name: 'Alice Chen', title: 'CTO', relationship: 'acquainted', attitude: 'neutral' });
    await openMapReady(app, accountId);
    await card(page, 'Alice Chen').click();
    const side = panel(page, en.map.panel.label);
    const history = side.locator('.person-history');
    await history.getByText(r.person.none).waitFor();
    await side.getByLabel(en.map.panel.fields.relationship, { exact: true }).selectOption('trusted');
    await side.getByRole('button', { name: en.map.panel.save }).click();
    const changed = `${todayShown()} ${fill(r.person.changed, { field: r.person.relationship, before: en.people.relationship.acquainted, after: en.people.relationship.trusted })}`;
    // The panel says the latest change; the whole history (step chart, dated list) opens in a dialog.
    await expect.poll(() => history.locator('.person-history-latest').textContent()).toBe(changed);
    await history.getByRole('button', { name: fill(r.person.show_one, { count: 1 }) }).click();
    const dialog = page.getByRole('dialog', { name: fill(r.person.dialogTitle, { name: 'Alice Chen' }) });
    await dialog.locator('img.chart').waitFor();
    expect(await dialog.locator('.person-history-list li').first().textContent()).toBe(changed);
    await screenshot(page, 'relationship-person.en');
    await dialog.getByRole('button', { name: en.common.close, exact: true }).click();

    await page.goto(`${app.url}#/accounts/${accountId}/relationship`);
    const changes = page.getByRole('list', { name: r.changes.list });
    const first = changes.locator('li').first();
    await first.waitFor();
    expect(await first.textContent()).toBe(`${todayShown()} ${fill(r.changes.relationship, { name: 'Alice Chen', before: en.people.relationship.acquainted, after: en.people.relationship.trusted })}`);
    expect(await page.getByRole('button', { name: r.changes.ranges.week }).getAttribute('aria-pressed')).toBe('true');
    // An older change shows under a longer range only.
    const person = app.db.call('map.get', { accountId }).people[0]!;
    const old = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
    app.db.handle.sqlite
      .prepare("INSERT INTO change_history (id, account_id, entity, entity_id, field, before, after, at) VALUES ('old-one', ?, 'person', ?, 'attitude', ?, ?, ?)")
      .run(accountId, person.id, JSON.stringify('opponent'), JSON.stringify('neutral'), old);
    const oldText = fill(r.changes.attitude, { name: 'Alice Chen', before: en.people.attitudes.opponent, after: en.people.attitudes.neutral });
    await page.getByRole('button', { name: r.changes.ranges.quarter }).click();
    await changes.getByText(oldText).waitFor();
    await page.getByRole('button', { name: r.changes.ranges.week }).click();
    await changes.getByText(oldText).waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
  });
});

describe('anomaly thresholds', () => {
  it('refuse a negative or non-numeric value at the field; a lower stall threshold makes the anomaly appear, the defaults make it go; undo', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const deal = app.db.call('opportunities.create', { accountId, fields: { ...emptyOpportunityFields, name: 'Core banking' } });
    // In its stage for 20 days (no plan: counted from when it was created).
    app.db.handle.sqlite.prepare('UPDATE opportunities SET created_at = ? WHERE id = ?').run(new Date(Date.now() - 20 * 24 * 3600 * 1000).toISOString(), deal.id);
    const n = en.thresholds;
    const stalled = page.locator('.anomaly[data-rule="stage_stalled"]');

    await page.goto(`${app.url}#/accounts/${accountId}/anomalies`);
    await page.locator('.anomaly-counts').waitFor();
    expect(await stalled.count()).toBe(0);

    await page.goto(`${app.url}#/settings`);
    const section = page.getByRole('region', { name: n.title });
    const field = section.getByLabel(`${n.stalledDays} (${n.units.days})`);
    await field.fill('-5');
    await section.getByText(en.errors.tooSmall).waitFor();
    await section.getByRole('button', { name: n.save }).click();
    await section.getByText(n.fixFirst).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('two weeks');
    await section.getByText(en.errors.number).waitFor();
    await section.getByRole('button', { name: n.save }).click();
    expect(app.db.call('anomalyThresholds.get').stalledDays).toBe(45);

    await field.fill('14');
    expect(await section.getByText(en.errors.number).count()).toBe(0);
    await section.getByRole('button', { name: n.save }).click();
    await page.getByRole('status').filter({ hasText: n.saved }).waitFor();
    expect(app.db.call('anomalyThresholds.get').stalledDays).toBe(14);
    await screenshot(page, 'settings-thresholds.en');

    await page.goto(`${app.url}#/accounts/${accountId}/anomalies`);
    await stalled.waitFor();
    expect(await stalled.textContent()).toContain('“Core banking” has been in the same stage for 20 days.');

    await page.goto(`${app.url}#/settings`);
    await section.getByRole('button', { name: n.reset }).click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.thresholds-form input')?.value === '45');
    expect(app.db.call('anomalyThresholds.get').stalledDays).toBe(45);
    await page.goto(`${app.url}#/accounts/${accountId}/anomalies`);
    await page.locator('.anomaly-counts').waitFor();
    expect(await stalled.count()).toBe(0);

    // The reset is undoable: back to 14, and the anomaly with it.
    await page.goto(`${app.url}#/settings`);
    await section.getByRole('button', { name: fill(en.opportunities.undoStep, { step: n.history.reset }) }).click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.thresholds-form input')?.value === '14');
    expect(app.db.call('anomalyThresholds.get').stalledDays).toBe(14);
    expect(app.errors).toEqual([]);
  });
});
