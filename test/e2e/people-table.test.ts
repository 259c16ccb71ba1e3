import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyAccountFields, emptyPersonFields, type PersonFields, type TeamMember } from '../../shared/contract/index.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { generateOrg, insertOrgFast } from '../helpers/orgGenerator.js';
import { appPerTest } from './appPerTest.js';
import { screenshot, type App } from './harness.js';
import { watchDialogs } from './watchDialogs.js';

const launch = appPerTest();

const accountFields = { ...emptyAccountFields, name: 'Pacific Grid Corp', industry: 'Energy', tier: 'A' } as const;

interface Seeded {
  accountId: string;
  ids: Record<string, string>;
  team: TeamMember[];
}

/** An account with four people and two team members, made through the real backend. */
function seed(a: App): Seeded {
  const account = a.db.call('accounts.create', { fields: accountFields });
  const team = [
    a.db.call('team.create', { fields: { name: 'Wendy Account', role: 'Account manager' } }),
    a.db.call('team.create', { fields: { name: 'Peter Presales', role: 'Pre-sales' } }),
  ];
  const add = (fields: Partial<PersonFields>) =>
    a.db.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, ...fields }, position: null }).id;
  const alice = add({ name: 'Alice Chen', title: 'CTO', department: 'IT', roles: ['decision_maker'], attitude: 'supporter', influence: 'high' });
  const bob = add({ name: 'Bob Li', title: 'Engineer', department: 'IT', roles: ['technical_evaluator'], attitude: 'neutral', reportsToId: alice });
  const carol = add({ name: 'Carol Wu', title: 'CFO', department: 'Finance', roles: ['economic_buyer'], attitude: 'opponent', relationship: 'acquainted' });
  const dan = add({ name: 'Dan Zhao', title: 'Buyer', department: 'Procurement', roles: ['gatekeeper'], attitude: 'unknown', influence: 'low' });
  return { accountId: account.id, ids: { alice, bob, carol, dan }, team };
}

async function openTable(a: App, accountId: string, query = '') {
  await a.page.goto(`${a.url}#/accounts/${accountId}/people${query}`);
  await a.page.getByRole('table', { name: `Key people of ${accountFields.name}` }).waitFor();
}

const filters = (page: Page) => page.getByRole('search');
const names = (page: Page) => page.locator('.people-table tbody .person-link').allTextContents();
const mapOf = (a: App, accountId: string) => a.db.call('map.get', { accountId });
const personIn = (a: App, accountId: string, id: string) => a.db.call('people.list', { accountId }).find((p) => p.id === id);
const edit = (field: string, name: string) => `Edit ${field} of ${name}`;

describe('key-person table', () => {
  it('sorts by clicking column headers and filters by search, role, attitude and department', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const { accountId } = seed(app);
    await openTable(app, accountId);

    expect(await names(page)).toEqual(['Alice Chen', 'Bob Li', 'Carol Wu', 'Dan Zhao']);
    const nameHeader = page.getByRole('columnheader', { name: en.table.columns.name });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').click();
    await expect.poll(() => names(page)).toEqual(['Dan Zhao', 'Carol Wu', 'Bob Li', 'Alice Chen']);
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');

    const department = page.getByRole('columnheader', { name: en.table.columns.department });
    await department.getByRole('button').click();
    await expect.poll(() => names(page)).toEqual(['Carol Wu', 'Alice Chen', 'Bob Li', 'Dan Zhao']);
    expect(await department.getAttribute('aria-sort')).toBe('ascending');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    await department.getByRole('button').click();
    await expect.poll(() => names(page)).toEqual(['Dan Zhao', 'Alice Chen', 'Bob Li', 'Carol Wu']);

    // Reports-to sorts by the manager's name; people without one come last either way.
    await page.getByRole('columnheader', { name: en.table.columns.reportsTo }).getByRole('button').click();
    await expect.poll(async () => (await names(page))[0]).toBe('Bob Li');

    await page.getByLabel(en.table.searchLabel).fill('cfo');
    await expect.poll(() => names(page)).toEqual(['Carol Wu']);
    await page.getByText('1 of 4 people').waitFor();
    await page.getByLabel(en.table.searchLabel).fill('');
    await filters(page).getByLabel(en.table.role).selectOption('technical_evaluator');
    await expect.poll(() => names(page)).toEqual(['Bob Li']);
    await filters(page).getByLabel(en.table.role).selectOption('');
    await filters(page).getByLabel(en.table.attitude).selectOption('opponent');
    await expect.poll(() => names(page)).toEqual(['Carol Wu']);
    await filters(page).getByLabel(en.table.attitude).selectOption('');
    await filters(page).getByLabel(en.table.department).selectOption('IT');
    await expect.poll(async () => (await names(page)).sort()).toEqual(['Alice Chen', 'Bob Li']);

    // Filters and sort live in the URL: a reload keeps them.
    await page.reload();
    await page.getByText('2 of 4 people').waitFor();
    expect(await filters(page).getByLabel(en.table.department).inputValue()).toBe('IT');

    await page.getByLabel(en.table.searchLabel).fill('nobody-matches-this');
    await page.getByText(en.table.noMatch).waitFor();
    await page.getByRole('button', { name: en.table.clearFilters }).first().click();
    await expect.poll(async () => (await names(page)).length).toBe(4);
    expect(app.errors).toEqual([]);
  });

  it('edits cells in place: Enter or leaving saves, Escape cancels, a refused save says why and keeps the value', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const { accountId, ids, team } = seed(app);
    await openTable(app, accountId);

    // Text: Enter saves.
    await page.getByRole('button', { name: edit('title', 'Bob Li') }).click();
    const title = page.getByRole('textbox', { name: edit('title', 'Bob Li') });
    expect(await title.inputValue()).toBe('Engineer');
    await title.fill('Lead engineer');
    await title.press('Enter');
    await page.getByRole('button', { name: edit('title', 'Bob Li') }).getByText('Lead engineer').waitFor();
    expect(personIn(app, accountId, ids.bob!)?.title).toBe('Lead engineer');
    // Focus is back on the cell, so the keyboard user can carry on.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(edit('title', 'Bob Li'));

    // Escape cancels.
    await page.getByRole('button', { name: edit('title', 'Carol Wu') }).click();
    await page.getByRole('textbox', { name: edit('title', 'Carol Wu') }).fill('Something else');
    await page.getByRole('textbox', { name: edit('title', 'Carol Wu') }).press('Escape');
    await page.getByRole('button', { name: edit('title', 'Carol Wu') }).getByText('CFO').waitFor();
    expect(personIn(app, accountId, ids.carol!)?.title).toBe('CFO');

    // Leaving the field saves.
    await page.getByRole('button', { name: edit('department', 'Dan Zhao') }).click();
    await page.getByRole('textbox', { name: edit('department', 'Dan Zhao') }).fill('Purchasing');
    await page.getByLabel(en.table.searchLabel).click();
    await page.getByRole('button', { name: edit('department', 'Dan Zhao') }).getByText('Purchasing').waitFor();
    expect(personIn(app, accountId, ids.dan!)?.department).toBe('Purchasing');

    // A choice saves as soon as it is made.
    await page.getByRole('button', { name: edit('attitude', 'Dan Zhao') }).click();
    await page.getByRole('combobox', { name: edit('attitude', 'Dan Zhao') }).selectOption('champion');
    await expect.poll(() => personIn(app, accountId, ids.dan!)?.attitude).toBe('champion');
    await page.getByRole('button', { name: edit('owner', 'Dan Zhao') }).click();
    await page.getByRole('combobox', { name: edit('owner', 'Dan Zhao') }).selectOption({ label: 'Peter Presales · Pre-sales' });
    await page.getByRole('button', { name: edit('owner', 'Dan Zhao') }).getByText('Peter Presales').waitFor();
    expect(personIn(app, accountId, ids.dan!)?.ownerId).toBe(team[1]!.id);

    // Several roles at once; Enter saves.
    await page.getByRole('button', { name: edit('buying roles', 'Carol Wu') }).click();
    const roles = page.getByRole('group', { name: edit('buying roles', 'Carol Wu') });
    await roles.getByRole('checkbox', { name: 'Approver' }).check();
    await roles.getByRole('checkbox', { name: 'Approver' }).press('Enter');
    await expect.poll(() => personIn(app, accountId, ids.carol!)?.roles).toEqual(['economic_buyer', 'approver']);

    // Relationship and its target together.
    await page.getByRole('button', { name: edit('relationship → target', 'Carol Wu') }).click();
    const relationship = page.getByRole('group', { name: edit('relationship → target', 'Carol Wu') });
    await relationship.getByLabel(en.table.relationshipNow).selectOption('meeting');
    await relationship.getByLabel(en.table.target).selectOption('trusted');
    await relationship.getByLabel(en.table.target).press('Enter');
    await expect.poll(() => personIn(app, accountId, ids.carol!)).toMatchObject({ relationship: 'meeting', targetRelationship: 'trusted' });

    // Long text: Shift+Enter is a new line, Enter saves.
    await page.getByRole('button', { name: edit('pains', 'Alice Chen') }).click();
    const pains = page.getByRole('textbox', { name: edit('pains', 'Alice Chen') });
    await pains.fill('Legacy core');
    await pains.press('Shift+Enter');
    await pains.pressSequentially('Audit findings');
    await pains.press('Enter');
    await expect.poll(() => personIn(app, accountId, ids.alice!)?.pains).toBe('Legacy core\nAudit findings');

    // Validation as you type: an empty name is refused before anything is sent.
    await page.getByRole('button', { name: edit('name', 'Alice Chen') }).click();
    const name = page.getByRole('textbox', { name: edit('name', 'Alice Chen') });
    await name.fill('');
    await page.getByRole('alert').getByText(en.errors.required).waitFor();
    await name.press('Enter');
    expect(await name.isVisible()).toBe(true);
    expect(personIn(app, accountId, ids.alice!)?.name).toBe('Alice Chen');
    await name.press('Escape');

    // The backend refuses a reporting cycle that the table could not foresee (changed behind its back).
    app.db.call('people.update', { id: ids.dan!, patch: { reportsToId: ids.carol! } });
    await page.getByRole('button', { name: edit('reports to', 'Carol Wu') }).click();
    const manager = page.getByRole('combobox', { name: edit('reports to', 'Carol Wu') });
    await manager.selectOption({ label: 'Dan Zhao · Buyer' });
    await page.getByRole('alert').filter({ hasText: 'Not saved: That would make a reporting cycle' }).first().waitFor();
    expect(await manager.inputValue()).toBe(ids.dan);
    expect(personIn(app, accountId, ids.carol!)?.reportsToId).toBeNull();
    await screenshot(page, 'people-table-refused.en');
    await manager.press('Escape');

    // A person deleted meanwhile: the edit is refused with the reason, and the typed value stays.
    app.db.call('people.delete', { ids: [ids.bob!] });
    await page.getByRole('button', { name: edit('title', 'Bob Li') }).click();
    const stale = page.getByRole('textbox', { name: edit('title', 'Bob Li') });
    await stale.fill('Architect');
    await stale.press('Enter');
    await page.getByRole('alert').filter({ hasText: en.errors.personNotFound }).first().waitFor();
    expect(await stale.inputValue()).toBe('Architect');

    // Everything saved is still there after a reload.
    await page.reload();
    await page.getByRole('button', { name: edit('title', 'Alice Chen') }).waitFor();
    await page.getByRole('button', { name: edit('department', 'Dan Zhao') }).getByText('Purchasing').waitFor();
    await page.getByRole('button', { name: edit('owner', 'Dan Zhao') }).getByText('Peter Presales').waitFor();
    await page.getByRole('button', { name: edit('buying roles', 'Carol Wu') }).getByText('Approver').waitFor();
    expect(await names(page)).toEqual(['Alice Chen', 'Carol Wu', 'Dan Zhao']);
    expect(app.errors).toEqual([]);
  });

  it('adds people, deletes them after asking, and undoes with the toast or Ctrl+Z', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const { accountId } = seed(app);
    await openTable(app, accountId);

    await page.getByRole('button', { name: en.table.add }).click();
    const form = page.getByRole('form', { name: en.table.addTitle });
    await form.getByRole('button', { name: en.table.addSubmit }).click();
    await form.getByText(en.errors.required).waitFor();
    await form.getByLabel(en.table.columns.name).fill('Eve Sun');
    await form.getByLabel(en.table.columns.title).fill('Head of grid operations');
    await form.getByLabel(en.table.columns.department).fill('Operations');
    await form.getByLabel(en.table.columns.department).press('Enter');
    await page.getByRole('link', { name: 'Eve Sun' }).waitFor();
    // The row stays open for the next person.
    expect(await form.getByLabel(en.table.columns.name).inputValue()).toBe('');
    await form.getByLabel(en.table.columns.name).fill('Frank Gu');
    await form.getByLabel(en.table.columns.name).press('Enter');
    await page.getByRole('link', { name: 'Frank Gu' }).waitFor();
    await screenshot(page, 'people-table-add.en');
    await form.getByLabel(en.table.columns.name).press('Escape');
    expect(await form.count()).toBe(0);
    const stored = mapOf(app, accountId).people.find((p) => p.name === 'Eve Sun');
    expect(stored).toMatchObject({ title: 'Head of grid operations', department: 'Operations', x: null });
    expect(mapOf(app, accountId).people).toHaveLength(6);

    // Delete asks first; the toast offers undo.
    await page.getByRole('button', { name: 'Delete Eve Sun' }).click();
    const dialog = page.getByRole('dialog', { name: en.table.deleteTitle });
    await dialog.getByText('“Eve Sun” will leave the map').waitFor();
    await dialog.getByRole('button', { name: en.common.delete }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Eve Sun' }).count()).toBe(0);
    expect(mapOf(app, accountId).people.map((p) => p.name)).not.toContain('Eve Sun');
    await page.getByRole('status').getByRole('button', { name: en.common.undo }).click();
    await page.getByRole('link', { name: 'Eve Sun' }).waitFor();
    expect(mapOf(app, accountId).people.map((p) => p.name)).toContain('Eve Sun');

    // Cancelling the question deletes nothing.
    await page.getByRole('button', { name: 'Delete Frank Gu' }).click();
    await page.getByRole('dialog', { name: en.table.deleteTitle }).getByRole('button', { name: en.common.cancel }).click();
    expect(mapOf(app, accountId).people).toHaveLength(6);

    // Several at once, then Ctrl+Z brings them back.
    await page.getByRole('checkbox', { name: 'Select Eve Sun' }).check();
    await page.getByRole('checkbox', { name: 'Select Frank Gu' }).check();
    await page.getByRole('button', { name: 'Delete selected (2)' }).click();
    await page.getByRole('dialog', { name: 'Delete 2 people?' }).getByRole('button', { name: en.common.delete }).click();
    await expect.poll(() => names(page)).toEqual(['Alice Chen', 'Bob Li', 'Carol Wu', 'Dan Zhao']);
    expect(mapOf(app, accountId).people).toHaveLength(4);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => names(page)).toEqual(['Alice Chen', 'Bob Li', 'Carol Wu', 'Dan Zhao', 'Eve Sun', 'Frank Gu']);
    expect(mapOf(app, accountId).people).toHaveLength(6);
    // Ctrl+Shift+Z redoes.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => names(page)).toEqual(['Alice Chen', 'Bob Li', 'Carol Wu', 'Dan Zhao']);
    expect(app.errors).toEqual([]);
  });

  it('opens a person on the map from their name', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const { accountId, ids } = seed(app);
    await openTable(app, accountId);
    await page.getByRole('link', { name: 'Carol Wu' }).click();
    await expect.poll(() => page.url()).toContain(`#/accounts/${accountId}/map?focus=${ids.carol}`);
    // The map selects that person.
    await page.locator('.person-card.is-selected').filter({ hasText: 'Carol Wu' }).waitFor();
    expect(await page.locator('.person-card.is-selected').count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('stays in step with the map both ways, without reloading', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const { accountId, ids } = seed(app);
    await openTable(app, accountId);
    const tabs = page.getByRole('navigation', { name: en.accounts.tabs.label });

    // Table → map.
    await page.getByRole('button', { name: edit('title', 'Dan Zhao') }).click();
    await page.getByRole('textbox', { name: edit('title', 'Dan Zhao') }).fill('Chief buyer');
    await page.getByRole('textbox', { name: edit('title', 'Dan Zhao') }).press('Enter');
    await page.getByRole('button', { name: edit('title', 'Dan Zhao') }).getByText('Chief buyer').waitFor();
    await tabs.getByRole('link', { name: en.map.tab, exact: true }).click();
    await page.locator('.person-card').filter({ hasText: 'Dan Zhao' }).filter({ hasText: 'Chief buyer' }).waitFor();

    // Map → table: the map's side panel edits the same cached person.
    await page.locator('.person-card').filter({ hasText: 'Carol Wu' }).click();
    const panel = page.getByRole('complementary', { name: en.map.panel.label });
    await panel.getByLabel(en.map.panel.fields.title).fill('Group CFO');
    await panel.getByLabel(en.map.panel.fields.title).press('Enter');
    await expect.poll(() => personIn(app, accountId, ids.carol!)?.title).toBe('Group CFO');
    await tabs.getByRole('link', { name: en.table.tab }).click();
    await page.getByRole('button', { name: edit('title', 'Carol Wu') }).getByText('Group CFO').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('shows hostile names and text as inert text', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const dialogs = watchDialogs(page);
    const { accountId, ids } = seed(app);
    const hostile = '<img src=x onerror=alert(1)>';
    app.db.call('people.update', { id: ids.alice!, patch: { name: hostile, title: '<script>alert(2)</script>', pains: '"><svg onload=alert(3)>' } });
    await openTable(app, accountId);
    await page.getByRole('link', { name: hostile }).waitFor();
    await page.getByText('<script>alert(2)</script>').waitFor();
    await page.getByText('"><svg onload=alert(3)>').waitFor();
    // Bob's manager is shown by name, as text too.
    await page.getByRole('button', { name: edit('reports to', 'Bob Li') }).getByText(hostile).waitFor();

    await page.getByRole('button', { name: edit('name', 'Carol Wu') }).click();
    await page.getByRole('textbox', { name: edit('name', 'Carol Wu') }).fill('<b onmouseover=alert(4)>Carol</b>');
    await page.getByRole('textbox', { name: edit('name', 'Carol Wu') }).press('Enter');
    await page.getByRole('link', { name: '<b onmouseover=alert(4)>Carol</b>' }).waitFor();

    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main script, main svg[onload], main b[onmouseover]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('handles 1,500 people: draws only the rows in view, scrolls to the last one and edits it', async () => {
    const app = await launch({ language: 'en' });
    const { page, db } = app;
    const account = db.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Big Org' } });
    const org = generateOrg({ size: 1500, seed: 11, extraLinks: 300 });
    insertOrgFast(db.handle.sqlite, account.id, org);
    await page.goto(`${app.url}#/accounts/${account.id}/people?sort=title&dir=desc`);
    const table = page.getByRole('table', { name: 'Key people of Big Org' });
    await table.waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe('1501');
    await page.getByText('1,500 of 1,500 people').waitFor();
    expect(await page.locator('.people-table tr.person-row').count()).toBeLessThan(120);

    // Who comes last in this order (title descending, empty titles last, then name), worked out independently.
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const titled = [...org.people].sort((a, b) => Number(!a.fields.title) - Number(!b.fields.title) || collator.compare(b.fields.title, a.fields.title) || collator.compare(a.fields.name, b.fields.name) || (a.id < b.id ? -1 : 1));
    const last = titled.at(-1)!;
    await page.locator('.people-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const lastRow = page.locator('.people-table tr.person-row[aria-rowindex="1501"]');
    await lastRow.waitFor();
    expect(await lastRow.locator('.person-link').textContent()).toBe(last.fields.name);
    expect(await page.locator('.people-table tr.person-row').count()).toBeLessThan(120);

    await lastRow.getByRole('button', { name: edit('department', last.fields.name) }).click();
    const input = page.getByRole('textbox', { name: edit('department', last.fields.name) });
    await input.fill('Moved here');
    await input.press('Enter');
    await lastRow.getByText('Moved here').waitFor();
    expect(mapOf(app, account.id).people.find((p) => p.id === last.id)?.department).toBe('Moved here');

    await page.getByLabel(en.table.searchLabel).fill(last.fields.name);
    await expect.poll(() => names(page)).toContain(last.fields.name);
    expect(app.errors).toEqual([]);
  });

  it.each(['en', 'zh-CN'] as const)('%s: the name stays put while scrolling sideways, columns are chosen and ordered (and kept), chips wrap, a reached target shows once', async (language) => {
    const app = await launch({ language });
    const { page } = app;
    const t = language === 'en' ? en : zhCN;
    await page.setViewportSize({ width: 1280, height: 720 });
    const account = app.db.call('sample.load', { language });
    const people = mapOf(app, account.id).people;
    const reached = people.find((p) => p.targetRelationship !== null && p.relationship === p.targetRelationship)!;
    await page.goto(`${app.url}#/accounts/${account.id}/people`);
    await page.locator('.people-table tr.person-row').first().waitFor();
    const scroller = page.locator('.people-scroll');
    const firstName = page.locator('.people-table tbody th.col-name').first();
    const nameAt = (await firstName.boundingBox())!.x;

    // Influence and owner come before the long texts, in view without scrolling.
    const view = (await scroller.boundingBox())!;
    for (const column of ['influence', 'owner'] as const) {
      const header = (await page.locator(`.people-table thead th.col-${column}`).boundingBox())!;
      expect(header.x + header.width).toBeLessThanOrEqual(view.x + view.width);
    }
    // Scrolled to the far right: the name column has not moved.
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(async () => (await page.locator('.people-table thead th.col-pains').boundingBox())!.x).toBeLessThan(view.x + view.width);
    expect((await firstName.boundingBox())!.x).toBeCloseTo(nameAt, 0);
    await screenshot(page, `account-people.scrolled.${language}`);
    await scroller.evaluate((el) => el.scrollTo({ left: 0 }));

    // Chips wrap onto a second line rather than being cut, and nothing in a role cell is clipped.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.people-table td.col-roles .chips')].flatMap((chips) => {
        const box = chips.getBoundingClientRect();
        return [...chips.children].filter((chip) => chip.getBoundingClientRect().right > box.right + 0.5 || chip.getBoundingClientRect().bottom > box.bottom + 0.5).map((chip) => chip.textContent);
      }),
    );
    expect(clipped).toEqual([]);
    // "Ally → Ally" is one "Ally", marked as at its target.
    const level = t.people.relationship[reached.relationship];
    const cell = page.locator('.people-table tr.person-row').filter({ has: page.getByRole('link', { name: reached.name, exact: true }) }).locator('td.col-relationship');
    expect((await cell.textContent())!.split(level).length - 1).toBe(1);
    await cell.getByRole('img', { name: t.map.card.onTarget }).waitFor();

    // Hide the title, move pains to the front: the table follows, and keeps it after a reload.
    const menu = page.locator('.columns-menu');
    await menu.locator('summary').click();
    const group = page.getByRole('group', { name: t.table.columnsMenu.label });
    await group.getByRole('checkbox', { name: t.table.columns.title }).uncheck();
    for (let i = 0; i < 12; i++) {
      const left = group.getByRole('button', { name: t.table.columnsMenu.left.replace('{{column}}', t.table.columns.pains) });
      if (await left.isDisabled()) break;
      await left.click();
    }
    await screenshot(page, `account-people.columns.${language}`);
    const headers = () => page.locator('.people-table thead th').evaluateAll((ths: Element[]) => ths.map((th) => th.className.replace(/^col-/, '')));
    expect((await headers()).slice(0, 3)).toEqual(['select', 'name', 'pains']);
    expect(await headers()).not.toContain('title');
    await page.reload();
    await page.locator('.people-table tr.person-row').first().waitFor();
    expect((await headers()).slice(0, 3)).toEqual(['select', 'name', 'pains']);
    await page.locator('.columns-menu summary').click();
    await page.getByRole('button', { name: t.table.columnsMenu.reset }).click();
    expect((await headers()).slice(0, 3)).toEqual(['select', 'name', 'title']);
    expect(app.errors).toEqual([]);
  });

  it('works in Chinese, sorting names by pinyin', async () => {
    const app = await launch({ language: 'zh-CN' });
    const { page } = app;
    const account = app.db.call('accounts.create', { fields: { ...accountFields, name: '华东电网' } });
    for (const name of ['张伟', '李娜', '王芳', '陈静']) {
      app.db.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name, department: '信息中心' }, position: null });
    }
    await page.goto(`${app.url}#/accounts/${account.id}/people`);
    await page.getByRole('table', { name: '华东电网的关键人物' }).waitFor();
    expect(await names(page)).toEqual(['陈静', '李娜', '王芳', '张伟']);
    await page.getByRole('button', { name: '编辑李娜的职务' }).click();
    await page.getByRole('textbox', { name: '编辑李娜的职务' }).fill('信息中心主任');
    await page.getByRole('textbox', { name: '编辑李娜的职务' }).press('Enter');
    await page.getByText('信息中心主任').waitFor();
    await page.getByText(zhCN.table.shown.replace('{{shown}}', '4').replace('{{total}}', '4')).waitFor();
    expect(app.errors).toEqual([]);
  });
});
