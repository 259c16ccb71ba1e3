import { describe, expect, it } from 'vitest';
import { emptyAccountFields } from '../../shared/contract/index.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { watchDialogs } from './watchDialogs.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const launch = appPerTest();

describe('accounts', () => {
  it('creates, edits, archives, unarchives, deletes and undoes the delete', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    await page.getByRole('heading', { name: en.accounts.emptyTitle }).waitFor();
    await page.getByRole('button', { name: en.accounts.new }).first().click();
    const dialog = page.getByRole('dialog', { name: en.accounts.new });
    await dialog.getByLabel(en.fields.name).fill('Shenzhen Metro Group');
    await dialog.getByLabel(en.fields.industry).fill('Transport');
    await dialog.getByLabel(en.fields.tier).selectOption('A');
    await dialog.getByLabel(en.fields.annualPotential).fill('12000000');
    await dialog.getByRole('button', { name: en.common.save }).click();

    // Saving opens the new account.
    await page.getByRole('heading', { level: 1, name: 'Shenzhen Metro Group' }).waitFor();
    expect(await page.getByText('Transport').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: en.common.edit }).click();
    const edit = page.getByRole('dialog', { name: en.accounts.edit });
    await edit.getByLabel(en.fields.region).fill('华南 · 深圳');
    await edit.getByLabel(en.fields.relationshipPhase).selectOption('strengthen');
    await edit.getByRole('button', { name: en.common.save }).click();
    await page.getByText('华南 · 深圳').first().waitFor();
    const saved = app.db.call('accounts.list', {});
    expect(saved).toMatchObject([{ name: 'Shenzhen Metro Group', region: '华南 · 深圳', relationshipPhase: 'strengthen', tier: 'A', annualPotential: 12_000_000 }]);

    await page.getByRole('button', { name: en.accounts.archive }).click();
    await page.getByText(en.common.archived).first().waitFor();
    expect(app.db.call('accounts.list', {})).toHaveLength(0);
    await page.getByRole('button', { name: en.accounts.unarchive }).click();
    await page.getByRole('button', { name: en.accounts.archive }).waitFor();
    expect(app.db.call('accounts.list', {})).toHaveLength(1);

    await page.getByRole('button', { name: en.common.delete }).click();
    const confirm = page.getByRole('dialog', { name: en.accounts.deleteTitle });
    await screenshot(page, 'accounts-delete-confirm.en');
    await confirm.getByRole('button', { name: en.common.delete }).click();
    await page.getByRole('heading', { name: en.accounts.emptyTitle }).waitFor();
    expect(app.db.call('accounts.list', { status: 'all' })).toHaveLength(0);
    await page.getByRole('button', { name: en.common.undo }).click();
    await page.getByRole('link', { name: 'Shenzhen Metro Group' }).waitFor();
    expect(app.db.call('accounts.list', {})).toHaveLength(1);
  });

  it('validates as the user types and keeps the input when a save fails', async () => {
    const app = await launch({ language: 'en' });
    const { page, db } = app;
    db.call('accounts.create', { fields: { ...baseFields, name: 'Acme Bank' } });
    await page.reload();
    await page.getByRole('button', { name: en.accounts.new }).first().click();
    const dialog = page.getByRole('dialog', { name: en.accounts.new });
    const name = dialog.getByLabel(en.fields.name);
    await name.fill('x');
    await name.fill('');
    await dialog.getByText(en.errors.required).waitFor();
    await dialog.getByLabel(en.fields.annualPotential).fill('-5');
    await dialog.getByText(en.errors.notNegative).waitFor();
    await dialog.getByLabel(en.fields.annualPotential).fill('abc');
    await dialog.getByText(en.errors.number).waitFor();
    await dialog.getByLabel(en.fields.annualPotential).fill('');
    await screenshot(page, 'accounts-form-errors.en');

    // The backend refuses a duplicate name: the form stays open with what was typed.
    await name.fill('ACME BANK');
    await dialog.getByLabel(en.fields.industry).fill('Banking');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await dialog.getByText(en.errors.nameTaken).waitFor();
    await dialog.getByRole('alert').filter({ hasText: 'ACME BANK' }).first().waitFor();
    expect(await name.inputValue()).toBe('ACME BANK');
    expect(await dialog.getByLabel(en.fields.industry).inputValue()).toBe('Banking');
    expect(db.call('accounts.list', {})).toHaveLength(1);
  });

  it('shows a hostile name as text and never runs it', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const dialogs = watchDialogs(page);
    await page.getByRole('button', { name: en.accounts.new }).first().click();
    const dialog = page.getByRole('dialog', { name: en.accounts.new });
    await dialog.getByLabel(en.fields.name).fill(HOSTILE);
    await dialog.getByLabel(en.fields.notes).fill('<script>alert(2)</script>');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await page.getByRole('heading', { level: 1, name: HOSTILE }).waitFor();
    await page.getByText('<script>alert(2)</script>').waitFor();
    await page.getByRole('link', { name: en.nav.back }).click();
    await page.getByRole('link', { name: HOSTILE }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('searches, filters by tier and sorts', async () => {
    const app = await launch({ language: 'en' });
    const { page, db } = app;
    db.call('accounts.create', { fields: { ...baseFields, name: 'Alpha Steel', tier: 'C', annualPotential: 5 } });
    db.call('accounts.create', { fields: { ...baseFields, name: 'Beta Power', tier: 'A', annualPotential: 500 } });
    db.call('accounts.create', { fields: { ...baseFields, name: 'Gamma Telecom', tier: 'A', annualPotential: 50 } });
    await page.reload();
    const names = () => page.locator('.accounts-table tbody .account-link').allTextContents();
    await page.getByRole('link', { name: 'Gamma Telecom' }).waitFor();
    expect(await names()).toEqual(['Alpha Steel', 'Beta Power', 'Gamma Telecom']);
    await page.getByLabel(en.accounts.filterTier).selectOption('A');
    await expect.poll(names).toEqual(['Beta Power', 'Gamma Telecom']);
    await page.getByLabel(en.accounts.sortBy).selectOption('potential');
    await page.getByLabel(en.accounts.direction).selectOption('desc');
    await expect.poll(names).toEqual(['Beta Power', 'Gamma Telecom']);
    await page.getByLabel(en.accounts.filterTier).selectOption('');
    await expect.poll(names).toEqual(['Beta Power', 'Gamma Telecom', 'Alpha Steel']);
    await page.getByLabel(en.accounts.searchLabel).fill('tele');
    await expect.poll(names).toEqual(['Gamma Telecom']);
    await page.getByLabel(en.accounts.searchLabel).fill('zzz');
    await page.getByText(en.accounts.noMatch).waitFor();
  });

  it('opens the new-account form from the application menu', async () => {
    const app = await launch({ language: 'en' });
    await app.page.getByRole('link', { name: en.nav.settings }).click();
    await app.emit('menu:new-account');
    const dialog = app.page.getByRole('dialog', { name: en.accounts.new });
    await dialog.getByLabel(en.fields.name).fill('From the menu');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await app.page.getByRole('heading', { level: 1, name: 'From the menu' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('loads the sample account in the UI language, once', async () => {
    const app = await launch({ language: 'zh-CN' });
    const { page } = app;
    await page.getByRole('heading', { name: zhCN.accounts.emptyTitle }).waitFor();
    await page.getByRole('button', { name: zhCN.accounts.loadSample }).click();
    await page.getByRole('heading', { level: 1, name: '华东联合银行（总行）' }).waitFor();
    await page.getByText(zhCN.purchasingMode.centralized).first().waitFor();
    await page.getByRole('link', { name: zhCN.nav.back }).click();
    // A workspace with accounts no longer offers the sample.
    await page.getByRole('link', { name: '华东联合银行（总行）' }).waitFor();
    expect(await page.getByRole('button', { name: zhCN.accounts.loadSample }).count()).toBe(0);
  });

  it('follows the OS language on first start, switches language in settings and keeps the choice', async () => {
    const app = await launch({ language: 'zh-CN' });
    const { page, db } = app;
    await page.getByRole('heading', { level: 1, name: zhCN.accounts.title }).waitFor();
    await page.getByRole('link', { name: zhCN.nav.settings }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: en.settings.title }).waitFor();
    expect(db.call('settings.get', {})).toEqual({ language: 'en' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: en.settings.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

const baseFields = emptyAccountFields;
