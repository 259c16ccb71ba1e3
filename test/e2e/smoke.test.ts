import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import type { Language } from '../../shared/i18n/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';

const texts = { en, 'zh-CN': zhCN } as const;

const launch = appPerTest();

describe('the app opens', () => {
  it.each<Language>(['en', 'zh-CN'])('opens on the dashboard in the browser language (%s), welcoming an empty workspace, without errors', async (language) => {
    const app = await launch({ language, at: '/' });
    const text = texts[language];
    const heading = app.page.getByRole('heading', { level: 1, name: text.dashboard.title, exact: true });
    await heading.waitFor({ state: 'visible' });
    await app.page.getByRole('heading', { name: text.accounts.emptyTitle }).waitFor();
    expect(await app.page.evaluate(() => navigator.languages[0])).toBe(language);
    await screenshot(app.page, `smoke.${language}`);

    // The accounts list is one click away, and "New account" on the welcome opens the account form there.
    await app.page.getByRole('button', { name: text.accounts.new }).click();
    await app.page.getByRole('dialog', { name: text.accounts.new }).waitFor();
    await app.page.getByRole('heading', { level: 1, name: text.accounts.title, exact: true }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
