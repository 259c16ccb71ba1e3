import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { en } from '../../shared/i18n/en/index.js';
import { sampleAccount } from '../../shared/sample/sampleAccount.js';
import { appPerTest } from './appPerTest.js';
import { screenshot, type App } from './harness.js';

const launch = appPerTest();

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name, exact: true }).click();
const backupsTable = (page: Page) => page.getByRole('table', { name: en.backups.listLabel });
const rowOf = (page: Page, kind: keyof typeof en.backups.kinds) => backupsTable(page).getByRole('row').filter({ hasText: en.backups.kinds[kind] });
const teamNames = (a: App) => a.db.call('team.list', {}).map((m) => m.name).sort();

async function openSettings(page: Page): Promise<void> {
  await nav(page, en.nav.settings);
  await page.getByRole('heading', { level: 2, name: en.backups.title }).waitFor();
}

async function addTeamMember(page: Page, name: string): Promise<void> {
  await nav(page, en.team.nav);
  const form = page.getByRole('form', { name: en.team.add });
  await form.getByLabel(en.team.name).fill(name);
  await form.getByRole('button', { name: en.team.add }).click();
  await page.getByRole('rowheader', { name }).waitFor();
}

describe('backups in Settings', () => {
  it('backs up, and restoring the backup brings the old data back on every screen', async () => {
    // The team list answers slowly: a screen that showed its old data while reloading would be caught.
    const app = await launch({ language: 'en', slowAnswers: { 'team.list': 300 } });
    const { page } = app;
    await page.getByRole('button', { name: en.accounts.loadSample }).first().click();
    await page.getByRole('heading', { level: 1, name: sampleAccount.en.name }).waitFor();
    const sampleTeam = teamNames(app);

    await openSettings(page);
    await page.getByText(en.backups.empty).waitFor();
    await page.getByRole('button', { name: en.backups.backUpNow }).click();
    await page.getByRole('status').getByText(en.backups.created).waitFor();
    await rowOf(page, 'manual').waitFor();
    const [made] = app.db.call('backups.list', {});
    expect(made).toMatchObject({ kind: 'manual' });

    // Changed in the UI after the backup: a new team member (the Team page now has it cached).
    await addTeamMember(page, 'Added after the backup');
    expect(teamNames(app)).toContain('Added after the backup');

    await openSettings(page);
    await rowOf(page, 'manual').getByRole('button', { name: /^Restore the backup of / }).click();
    const dialog = page.getByRole('dialog', { name: en.backups.confirmTitle });
    // It says what happens before anything does.
    await dialog.getByText(/will be replaced by those in the backup of .+ safety backup appears in this list/).waitFor();
    await screenshot(page, 'backups-restore-confirm.en');
    await dialog.getByRole('button', { name: en.backups.confirm }).click();

    await page.getByRole('status').getByText(/^Restored the backup of .+safety backup at the top of the list\.$/).waitFor();
    const rows = backupsTable(page).locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.first().textContent()).toContain(en.backups.kinds['before-restore']);
    expect(await rows.nth(1).textContent()).toContain(made!.name);
    await screenshot(page, 'backups-restored.en');

    // The backend has the old data, and so does every screen, including those shown before.
    expect(teamNames(app)).toEqual(sampleTeam);
    await nav(page, en.team.nav);
    await page.getByRole('rowheader', { name: sampleTeam[0]! }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Added after the backup' }).count()).toBe(0);
    await nav(page, en.nav.accounts);
    await page.getByRole('link', { name: sampleAccount.en.name }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('cancelling changes nothing, and a damaged backup is refused with a clear message', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    app.db.call('sample.load', { language: 'en' });
    const made = app.db.call('backups.create', {});
    writeFileSync(join(app.db.dir, 'backups', 'keyplan-2025-01-01T08-00-00.db'), 'this is not a database'.repeat(500));
    await addTeamMember(page, 'Still here');
    const before = { team: teamNames(app), accounts: app.db.call('accounts.list', {}) };

    await openSettings(page);
    await rowOf(page, 'manual').getByRole('button', { name: /^Restore the backup of / }).click();
    const dialog = page.getByRole('dialog', { name: en.backups.confirmTitle });
    await dialog.getByRole('button', { name: en.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(app.db.call('backups.list', {}).map((b) => b.name)).toEqual([made.name, 'keyplan-2025-01-01T08-00-00.db']);

    await rowOf(page, 'automatic').getByRole('button', { name: /^Restore the backup of / }).click();
    await page.getByRole('dialog', { name: en.backups.confirmTitle }).getByRole('button', { name: en.backups.confirm }).click();
    await page.getByRole('status').getByText(en.backups.errors.unreadable).waitFor();
    expect({ team: teamNames(app), accounts: app.db.call('accounts.list', {}) }).toEqual(before);
    // No safety backup is left behind by a refused restore.
    expect(await backupsTable(page).locator('tbody tr').count()).toBe(2);
    expect(app.errors).toEqual([]);
  });
});
