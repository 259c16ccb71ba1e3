import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { emptyAccountFields } from '../../shared/contract/index.js';
import { addPerson } from './mapHelpers.js';
import { addOpportunity, openOpportunity, openSection, score } from './opportunityHelpers.js';
import { watchDialogs } from './watchDialogs.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const launch = appPerTest();
const o = en.opportunities;

describe('negotiation plans, whitespace and hostile text', () => {
  it('keeps hostile names and evidence inert, saves a negotiation plan and fills the whitespace grid', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const dialogs = watchDialogs(page);
    const accountId = app.db.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Pacific Grid Corp', annualPotential: 50_000_000 } }).id;
    addPerson(app, accountId, { name: HOSTILE, department: 'IT', roles: ['decision_maker'] });
    const opportunityId = addOpportunity(app, accountId, { name: HOSTILE, amount: 12_000_000 });
    app.db.call('competitors.create', { opportunityId, fields: { name: HOSTILE, position: 'incumbent', strengths: HOSTILE, weaknesses: '', favouredBy: [], strategy: '', notes: '' } });

    await openOpportunity(app, accountId, opportunityId, 'influences');
    await page.getByRole('heading', { name: HOSTILE }).waitFor();
    await page.getByRole('button', { name: o.influences.add }).click();
    await page.getByRole('checkbox', { name: `Choose ${HOSTILE}` }).check();
    await page.getByRole('button', { name: 'Add 1' }).click();
    await page.getByRole('link', { name: HOSTILE }).waitFor();

    await openSection(page, en, 'scorecard');
    await page.getByRole('button', { name: o.scorecard.assess }).click();
    await score(page, 'Need', 2, HOSTILE);
    await page.getByRole('button', { name: o.scorecard.save }).click();
    await page.locator('.criteria-table').getByText(HOSTILE).waitFor();
    await openSection(page, en, 'competitors');
    await page.locator('.competitor').getByRole('heading', { name: HOSTILE }).waitFor();

    // Negotiation plan: goal, a concession row, a participant, the agenda.
    await openSection(page, en, 'negotiation');
    await page.getByLabel(o.negotiation.goal).fill('Sign phase one by June');
    await page.getByLabel(o.negotiation.walkAway).fill('No discount above 8%');
    await page.getByRole('button', { name: o.negotiation.addConcession }).click();
    await page.getByLabel(`${o.negotiation.give} 1`).fill('Free training');
    await page.getByLabel(`${o.negotiation.ask} 1`).fill('A reference visit');
    await page.getByLabel(`${o.negotiation.theirs}: ${o.people.add}`).selectOption({ label: HOSTILE });
    await page.getByLabel(o.negotiation.opening).fill('Recap the value');
    await page.getByRole('button', { name: o.negotiation.save }).click();
    await expect.poll(() => app.db.call('negotiation.get', { opportunityId }).goal).toBe('Sign phase one by June');
    const plan = app.db.call('negotiation.get', { opportunityId });
    expect(plan).toMatchObject({ walkAway: 'No discount above 8%', concessions: [{ give: 'Free training', ask: 'A reference visit' }], agenda: { opening: 'Recap the value' } });
    expect(plan.theirParticipants).toHaveLength(1);
    // Undo puts the empty plan back.
    await page.getByRole('button', { name: `Undo: ${o.history_labels.saveNegotiation}` }).click();
    await expect.poll(() => app.db.call('negotiation.get', { opportunityId }).goal).toBe('');

    // Whitespace: an offering from Settings, the IT column from the people, one potential cell.
    app.db.call('offerings.create', { fields: { name: 'Data platform', description: '' } });
    await page.goto(`${app.url}#/accounts/${accountId}/whitespace`);
    await page.getByRole('button', { name: 'Data platform × IT: Not assessed' }).click();
    const cell = page.getByRole('dialog', { name: 'Data platform for IT' });
    await cell.getByLabel(o.whitespace.status).selectOption('potential');
    await cell.getByLabel(o.whitespace.estimate).fill('800万');
    await cell.getByRole('button', { name: en.common.save }).click();
    await page.getByRole('button', { name: /^Data platform × IT: Potential/ }).waitFor();
    expect(app.db.call('whitespace.get', { accountId }).totals).toMatchObject({ potential: 8_000_000, cells: 8_000_000, annualPotential: 50_000_000 });
    await page.getByText(o.whitespace.gap.replace('{{amount}}', 'CN¥42M')).waitFor();

    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
