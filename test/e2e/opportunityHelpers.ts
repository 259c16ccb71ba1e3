import type { Page } from 'playwright-core';
import { emptyOpportunityFields, type OpportunityFields } from '../../shared/contract/index.js';
import type { Messages } from '../../shared/i18n/index.js';
import type { App } from './harness.js';

/** Helpers shared by the opportunities' e2e tests: seeding through the real backend, opening screens. */

export function addOpportunity(app: App, accountId: string, fields: Partial<OpportunityFields>): string {
  return app.db.call('opportunities.create', { accountId, fields: { ...emptyOpportunityFields, name: 'Core banking renewal', ...fields } }).id;
}

export async function openOpportunity(app: App, accountId: string, opportunityId: string, section = ''): Promise<void> {
  await app.page.goto(`${app.url}#/accounts/${accountId}/opportunities/${opportunityId}${section ? `/${section}` : ''}`);
  await app.page.locator('#opportunity-title').waitFor();
}

/** A sub-tab of the open opportunity, by its label. */
export const openSection = (page: Page, t: Messages, section: keyof Messages['opportunities']['page']) =>
  page.getByRole('navigation', { name: t.opportunities.page.sections }).getByRole('link', { name: t.opportunities.page[section], exact: true }).click();

/** Picks one level (by its value) for a criterion in the assessment form. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function score(page: Page, criterionLabel: string, value: number | 'unknown', evidence?: string, unknownLabel = 'Unknown'): Promise<void> {
  const group = page.getByRole('radiogroup', { name: new RegExp(`^${escape(criterionLabel)}:`) });
  const option = value === 'unknown' ? group.getByRole('radio', { name: unknownLabel }) : group.getByRole('radio', { name: new RegExp(`^${value} · `) });
  await option.check();
  if (evidence !== undefined) await page.getByRole('textbox', { name: new RegExp(`^${escape(criterionLabel)}: ${'(Evidence|证据)'}`) }).fill(evidence);
}
