import { describe, expect, it } from 'vitest';
import { emptyAccountFields, emptyPersonFields } from '../../shared/contract/index.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot, type App } from './harness.js';
import { watchDialogs } from './watchDialogs.js';

const launch = appPerTest();

const accountFields = { ...emptyAccountFields, name: 'Northern Rail Holdings' };

const team = (a: App) => a.db.call('team.list', {});

describe('our team', () => {
  it('adds, renames and removes members, validating as the user types', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.team.nav }).click();
    await page.getByRole('heading', { level: 1, name: en.team.title }).waitFor();
    await page.getByRole('heading', { name: en.team.emptyTitle }).waitFor();

    const form = page.getByRole('form', { name: en.team.add });
    // Nothing typed: Add says what is missing and sends nothing.
    await form.getByRole('button', { name: en.team.add }).click();
    await form.getByText(en.errors.required).waitFor();
    expect(team(app)).toEqual([]);

    await form.getByLabel(en.team.name).fill('Wendy Wang');
    expect(await form.getByText(en.errors.required).count()).toBe(0);
    await form.getByLabel(en.team.role).fill('Account manager');
    await form.getByRole('button', { name: en.team.add }).click();
    await page.getByRole('rowheader', { name: 'Wendy Wang' }).waitFor();
    expect(team(app)).toMatchObject([{ name: 'Wendy Wang', role: 'Account manager' }]);
    // The form is cleared for the next member.
    expect(await form.getByLabel(en.team.name).inputValue()).toBe('');

    // A name already on the team is flagged while typing, whatever its case.
    await form.getByLabel(en.team.name).fill('wendy wang');
    await form.getByText(en.team.nameTaken).waitFor();
    await form.getByLabel(en.team.name).press('Enter');
    expect(team(app)).toHaveLength(1);
    await form.getByLabel(en.team.name).fill('Peter Pan');
    await form.getByLabel(en.team.role).fill('Pre-sales');
    await form.getByLabel(en.team.role).press('Enter');
    await page.getByRole('rowheader', { name: 'Peter Pan' }).waitFor();
    expect(team(app).map((m) => m.name)).toEqual(['Wendy Wang', 'Peter Pan']);

    // Rename in place: Enter saves.
    await page.getByRole('button', { name: 'Edit Peter Pan' }).click();
    const list = page.getByRole('table', { name: en.team.listLabel });
    const name = list.getByRole('textbox', { name: en.team.name });
    await name.fill('');
    await list.getByText(en.errors.required).waitFor();
    await name.fill('WENDY WANG');
    await list.getByText(en.team.nameTaken).waitFor();
    expect(await list.getByRole('button', { name: en.common.save }).isDisabled()).toBe(true);
    await name.fill('Peter Pang');
    await list.getByRole('textbox', { name: en.team.role }).fill('Solution architect');
    await name.press('Enter');
    await page.getByRole('rowheader', { name: 'Peter Pang' }).waitFor();
    await page.getByRole('cell', { name: 'Solution architect' }).waitFor();
    expect(team(app).find((m) => m.name === 'Peter Pang')?.role).toBe('Solution architect');

    // Escape cancels an edit.
    await page.getByRole('button', { name: 'Edit Wendy Wang' }).click();
    await list.getByRole('textbox', { name: en.team.name }).fill('Somebody else');
    await list.getByRole('textbox', { name: en.team.name }).press('Escape');
    await page.getByRole('rowheader', { name: 'Wendy Wang' }).waitFor();
    expect(team(app).map((m) => m.name)).toEqual(['Wendy Wang', 'Peter Pang']);
    await screenshot(page, 'team.en');

    // Removing asks first; cancelling keeps the member.
    await page.getByRole('button', { name: 'Remove Peter Pang' }).click();
    const dialog = page.getByRole('dialog', { name: en.team.removeTitle });
    await dialog.getByRole('button', { name: en.common.cancel }).click();
    expect(team(app)).toHaveLength(2);
    await page.getByRole('button', { name: 'Remove Peter Pang' }).click();
    await dialog.getByRole('button', { name: en.team.removeLabel }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: 'Peter Pang' }).count()).toBe(0);
    expect(team(app).map((m) => m.name)).toEqual(['Wendy Wang']);
    expect(app.errors).toEqual([]);
  });

  it('leaves the people a removed member owned without an owner, in the key-person table too', async () => {
    const app = await launch({ language: 'en' });
    const { page, db } = app;
    const account = db.call('accounts.create', { fields: accountFields });
    const member = db.call('team.create', { fields: { name: 'Olga Owner', role: 'Sales director' } });
    const person = db.call('people.create', {
      accountId: account.id,
      fields: { ...emptyPersonFields, name: 'Client Chief', ownerId: member.id },
      position: null,
    });

    // The table (and its cache of the map) shows the owner first.
    await page.goto(`${app.url}#/accounts/${account.id}/people`);
    await page.getByRole('button', { name: 'Edit owner of Client Chief' }).getByText('Olga Owner').waitFor();

    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.team.nav }).click();
    await page.getByRole('button', { name: 'Remove Olga Owner' }).click();
    const dialog = page.getByRole('dialog', { name: en.team.removeTitle });
    await dialog.getByText('The client’s people they own will have no owner').waitFor();
    await dialog.getByRole('button', { name: en.team.removeLabel }).click();
    await page.getByText('Olga Owner removed from the team.').waitFor();
    expect(db.call('map.get', { accountId: account.id }).people.find((p) => p.id === person.id)?.ownerId).toBeNull();

    await page.goBack();
    await page.getByRole('button', { name: 'Edit owner of Client Chief' }).getByText(en.common.none).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('shows hostile names as text and works in Chinese', async () => {
    const app = await launch({ language: 'zh-CN' });
    const { page, db } = app;
    const dialogs = watchDialogs(page);
    db.call('team.create', { fields: { name: '李娜', role: '售前' } });
    await page.getByRole('navigation', { name: zhCN.nav.main }).getByRole('link', { name: zhCN.team.nav }).click();
    await page.getByRole('heading', { level: 1, name: zhCN.team.title }).waitFor();
    const form = page.getByRole('form', { name: zhCN.team.add });
    await form.getByLabel(zhCN.team.name).fill('<img src=x onerror=alert(1)>');
    await form.getByLabel(zhCN.team.role).fill('<script>alert(2)</script>');
    await form.getByRole('button', { name: zhCN.team.add }).click();
    await page.getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    await page.getByRole('cell', { name: '<script>alert(2)</script>' }).waitFor();
    await form.getByLabel(zhCN.team.name).fill('李娜');
    await form.getByText(zhCN.team.nameTaken).waitFor();
    await form.getByLabel(zhCN.team.name).fill('王强');
    await form.getByLabel(zhCN.team.role).fill('客户经理');
    await form.getByRole('button', { name: zhCN.team.add }).click();
    await page.getByRole('rowheader', { name: '王强' }).waitFor();
    await page.getByText('3 名成员').waitFor();
    await screenshot(page, 'team.zh-CN');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
