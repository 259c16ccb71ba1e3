import { describe, expect, it } from 'vitest';
import { emptyTaskFields } from '../../shared/contract/index.js';
import { addDays, today } from '../../shared/domain/plan/calendarDate.js';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { createAccount } from './mapHelpers.js';
import { fill } from './uiText.js';

const launch = appPerTest();
const b = en.dashboard;

describe('dashboard', () => {
  it('shows every account’s figures as the data has them, filters, clicks through, and the since-last-week strip', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const sample = app.db.call('sample.load', { language: 'en' });
    const other = createAccount(app, 'Pacific Grid Corp');
    app.db.call('tasks.create', { accountId: other, fields: { ...emptyTaskFields, title: 'Call the CFO', dueDate: addDays(today(), -3) } });
    const expected = app.db.call('dashboard.get', {});

    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: b.nav }).click();
    await page.getByRole('heading', { name: b.title, level: 1 }).waitFor();
    for (const account of expected.accounts) {
      const row = page.locator(`tr[data-account="${account.id}"]`);
      await row.waitFor();
      expect(await row.locator('.dash-anomalies').getAttribute('aria-label')).toBe(fill(b.anomalyCounts, account.anomalies));
      expect(await row.textContent()).toContain(fill(b.tasksDue, { count: account.tasksDueThisWeek }));
      if (account.tasksOverdue > 0) expect(await row.textContent()).toContain(fill(b.tasksOverdue, { count: account.tasksOverdue }));
      expect(await row.locator('.dash-opps li').count()).toBe(account.opportunities.length);
    }
    const sampleRow = expected.accounts.find((a) => a.id === sample.id)!;
    expect(sampleRow.anomalies.high).toBeGreaterThan(0);
    await page.getByText(fill(b.since.newAnomalies, { count: expected.changes.newAnomalies.length })).waitFor();
    await screenshot(page, 'dashboard.en');

    // Filter, then click through.
    await page.getByRole('searchbox', { name: b.filter }).fill('pacific');
    expect(await page.locator('.dashboard-table tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: 'Pacific Grid Corp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pacific Grid Corp' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
