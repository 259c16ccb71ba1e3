import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import type { Language } from '../../shared/i18n/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';

const texts = { en, 'zh-CN': zhCN } as const;

const launch = appPerTest();

describe('the app opens', () => {
  it.each<Language>(['en', 'zh-CN'])('shows the accounts page in the browser language (%s), without errors', async (language) => {
    const app = await launch({ language });
    const heading = app.page.getByRole('heading', { level: 1, name: texts[language].accounts.title, exact: true });
    await heading.waitFor({ state: 'visible' });
    expect(await heading.isVisible()).toBe(true);
    expect(await app.page.evaluate(() => navigator.languages[0])).toBe(language);
    await screenshot(app.page, `smoke.${language}`);
    expect(app.errors).toEqual([]);
  });
});
