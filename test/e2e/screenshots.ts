/**
 * `npm run screenshots`: drives the production build through the main screens in each language and
 * writes docs/screenshots/<name>.<language>.png. Screens run in order in one app per language, so a
 * screen starts where the previous one left off. Add a screen by appending to SCREENS.
 *   npm run screenshots                  every screen
 *   npm run screenshots -- account       only screens whose name starts with "account"
 *                                        (earlier screens still run, to reach the state, unsaved)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createAutomaticBackup, defaultBackupDir, writeBackupNow } from '../../db/backups/index.js';
import { LANGUAGES, messages, type Language, type Messages } from '../../shared/i18n/index.js';
import { sampleAccount } from '../../shared/sample/sampleAccount.js';
import { sampleOpportunities } from '../../shared/sample/sampleOpportunities.js';
import { closeBrowser, launchApp, type App } from './harness.js';

interface ScreenContext {
  page: Page;
  /** The UI strings of the language being shot: find things by the text a user reads. */
  t: Messages;
  language: Language;
  app: App;
}

interface Screen {
  name: string;
  /** Brings the app to this screen and waits until it shows. */
  go: (context: ScreenContext) => Promise<void>;
}

const SCREENS: Screen[] = [
  {
    name: 'accounts-empty',
    go: async ({ page, t }) => {
      await page.getByRole('heading', { name: t.accounts.emptyTitle }).waitFor();
    },
  },
  {
    name: 'accounts-list',
    go: async ({ page, t, language }) => {
      await page.getByRole('button', { name: t.accounts.loadSample }).first().click();
      const toast = page.getByRole('status').filter({ hasText: t.accounts.sampleLoaded });
      await toast.waitFor();
      await toast.getByRole('button', { name: t.common.close }).click();
      // Loading the sample opens it; the list is one click away in the main navigation.
      await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.accounts, exact: true }).click();
      await page.getByRole('link', { name: sampleAccount[language].name }).waitFor();
    },
  },
  {
    name: 'account-profile',
    go: async ({ page, language }) => {
      const { name } = sampleAccount[language];
      await page.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
    },
  },
  {
    // The map as it opens: readable, centred on the top of the tree, deeper levels folded.
    name: 'map-first-view',
    go: async ({ page, t }) => {
      await page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: t.map.tab, exact: true }).click();
      await page.locator('.react-flow[data-view-ready="true"] .react-flow__node-person').first().waitFor();
    },
  },
  ...(['org', 'decision', 'pain', 'coverage'] as const).map(
    (view): Screen => ({
      name: `map-${view}`,
      go: async ({ page, t }) => {
        if (view === 'org') await expandAll(page, t);
        await page.getByRole('radio', { name: t.map.views[view] }).click();
        await page.locator(`.segmented [aria-checked="true"]`).filter({ hasText: t.map.views[view] }).waitFor();
        // The decision chain in its layered arrangement, as one would show it.
        if (view === 'decision') {
          await page.getByRole('button', { name: t.map.toolbar.layered }).click();
          await page.waitForTimeout(600);
        }
      },
    }),
  ),
  {
    name: 'account-people',
    go: async ({ page, t }) => {
      await page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: t.table.tab }).click();
      await page.locator('.people-table tr.person-row').first().waitFor();
    },
  },
  {
    name: 'account-people-edit',
    go: async ({ page }) => {
      // The first row's relationship, opened for editing in place.
      await page.locator('.people-table tr.person-row').first().locator('td.col-relationship button').click();
      await page.locator('.people-table td.col-relationship.is-editing select').first().waitFor();
    },
  },
  ...opportunityScreens(), ...workScreens(), ...stageTemplateScreens(),
  {
    name: 'team',
    go: async ({ page, t }) => {
      await page.keyboard.press('Escape');
      await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.team.nav, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: t.team.title }).waitFor();
    },
  },
  {
    name: 'settings',
    go: async ({ page, t, app }) => {
      // Two backups at fixed times, so the Backups list is the same on every run.
      const { sqlite } = app.db.handle;
      await createAutomaticBackup(sqlite, app.db.path, { now: new Date('2025-03-01T08:30:00Z') });
      writeBackupNow(sqlite, defaultBackupDir(app.db.path), 'manual', new Date('2025-03-03T09:15:42Z'));
      await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.settings, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: t.settings.title }).waitFor();
      await page.getByRole('table', { name: t.backups.listLabel }).getByRole('row').nth(2).waitFor();
    },
  },
  // After Settings' own screen: they visit Settings too (its backups list would be read before the backups are made).
  ...relationshipScreens(),
  {
    // Last: it leaves the import dialog open.
    name: 'import-dialog',
    go: async ({ page, t, language }) => {
      await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.accounts, exact: true }).click();
      await page.getByRole('link', { name: sampleAccount[language].name }).click();
      await page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: t.table.tab }).click();
      await page.getByRole('button', { name: t.import.button }).click();
      const dialog = page.getByRole('dialog', { name: t.import.title });
      await dialog.getByLabel(t.import.source.choose).setInputFiles(fileURLToPath(new URL('../fixtures/org-oracle-hr.csv', import.meta.url)));
      await dialog.getByRole('table', { name: t.import.preview.tableLabel }).waitFor();
    },
  },
];

/** The opportunity screens, on the sample account (reached from the key-person table's screen). */
function opportunityScreens(): Screen[] {
  const tab = (page: Page, t: Messages, label: string) => page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: label, exact: true }).click();
  const section = async ({ page, t }: ScreenContext, key: keyof Messages['opportunities']['page'], ready: (page: Page) => Promise<unknown>) => {
    await page.getByRole('navigation', { name: t.opportunities.page.sections }).getByRole('link', { name: t.opportunities.page[key], exact: true }).click();
    await ready(page);
  };
  return [
    {
      name: 'opportunities-list',
      go: async ({ page, t }) => {
        await page.keyboard.press('Escape');
        await tab(page, t, t.opportunities.tab);
        await page.locator('.opportunities-table tbody tr').first().waitFor();
      },
    },
    {
      name: 'opportunity-form',
      go: async ({ page, t }) => {
        await page.getByRole('button', { name: t.opportunities.list.new }).click();
        const dialog = page.getByRole('dialog', { name: t.opportunities.form.new });
        await dialog.getByLabel(t.opportunities.fields.name).fill(t === messages.en ? 'Mobile banking app' : '手机银行 App 重构');
        await dialog.getByLabel(t.opportunities.fields.amount, { exact: true }).fill('1200万');
        await dialog.locator('.amount-echo').filter({ hasText: '=' }).waitFor();
      },
    },
    {
      name: 'opportunity-details',
      go: async ({ page, t, language }) => {
        await page.getByRole('dialog').getByRole('button', { name: t.common.cancel }).click();
        await page.getByRole('link', { name: sampleOpportunities[language].opportunities[0]!.fields.name }).click();
        await page.locator('#opportunity-title').waitFor();
      },
    },
    { name: 'opportunity-influences', go: (c) => section(c, 'influences', (page) => page.locator('.influences-table tbody tr').first().waitFor()) },
    { name: 'opportunity-competitors', go: (c) => section(c, 'competitors', (page) => page.locator('.competitor').first().waitFor()) },
    { name: 'opportunity-scorecard', go: (c) => section(c, 'scorecard', (page) => page.locator('.chart').first().waitFor()) },
    {
      name: 'opportunity-assess',
      go: async ({ page, t }) => {
        await page.getByRole('button', { name: t.opportunities.scorecard.reassess }).click();
        await page.locator('.criterion-block').first().waitFor();
      },
    },
    {
      name: 'opportunity-history',
      go: async (c) => {
        await c.page.getByRole('button', { name: c.t.opportunities.scorecard.cancel }).first().click();
        await section(c, 'history', (page) => page.locator('.diff').waitFor());
      },
    },
    { name: 'opportunity-negotiation', go: (c) => section(c, 'negotiation', (page) => page.locator('.negotiation').waitFor()) },
    {
      name: 'map-highlight',
      go: async ({ page, t }) => {
        await section({ page, t } as ScreenContext, 'influences', (p) => p.locator('.influences-table').waitFor());
        await page.getByRole('button', { name: t.opportunities.influences.showOnMap }).click();
        await page.locator('.map-highlight').waitFor();
        await page.locator('.react-flow[data-view-ready="true"] .react-flow__node-person').first().waitFor();
      },
    },
    {
      name: 'whitespace',
      go: async ({ page, t }) => {
        await tab(page, t, t.opportunities.whitespace.tab);
        await page.locator('.ws-grid').waitFor();
      },
    },
    {
      name: 'opportunities-open',
      go: async ({ page, t }) => {
        await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.opportunities.nav, exact: true }).click();
        await page.locator('.opportunities-table tbody tr').first().waitFor();
      },
    },
    {
      name: 'scorecard-templates',
      go: async ({ page, t }) => {
        await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.opportunities.templates.nav, exact: true }).click();
        await page.locator('.template-card').first().waitFor();
      },
    },
    {
      name: 'scorecard-template-editor',
      go: async ({ page, t }) => {
        await page.getByRole('button', { name: /./ }).filter({ hasText: t.opportunities.templates.copy }).first().click();
        await page.locator('.criterion-edit').first().waitFor();
      },
    },
  ];
}

/** Stage plans, tasks, activities, anomalies and the dashboard, on the sample account ("work-…"). */
function workScreens(): Screen[] {
  const tab = (page: Page, t: Messages, label: string) => page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: label, exact: true }).click();
  const nav = (page: Page, t: Messages, label: string) => page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: label, exact: true }).click();
  return [
    {
      name: 'work-plan',
      go: async ({ page, t, language }) => {
        for (const close of await page.locator('.toast').getByRole('button', { name: t.common.close }).all()) await close.click();
        await nav(page, t, t.nav.accounts);
        await page.getByRole('link', { name: sampleAccount[language].name }).click();
        await tab(page, t, t.opportunities.tab);
        await page.getByRole('link', { name: sampleOpportunities[language].opportunities[0]!.fields.name }).click();
        await page.getByRole('navigation', { name: t.opportunities.page.sections }).getByRole('link', { name: t.opportunities.page.plan, exact: true }).click();
        await page.locator('.stage-steps').waitFor();
      },
    },
    {
      name: 'work-timeline',
      go: async ({ page }) => {
        await page.locator('.timeline').scrollIntoViewIfNeeded();
      },
    },
    {
      name: 'work-tasks',
      go: async ({ page, t }) => {
        await page.evaluate(() => window.scrollTo(0, 0));
        await tab(page, t, t.tasks.tab);
        await page.locator('.tasks-table tbody tr').first().waitFor();
      },
    },
    {
      name: 'work-activities',
      go: async ({ page, t }) => {
        await tab(page, t, t.activities.tab);
        await page.locator('.activity').first().waitFor();
      },
    },
    {
      name: 'work-anomalies',
      go: async ({ page, t }) => {
        await tab(page, t, t.anomalies.tab);
        await page.locator('.anomaly').first().waitFor();
      },
    },
    {
      name: 'work-path',
      go: async ({ page, t }) => {
        await page.locator('.anomaly[data-rule="decision_maker_not_trusted"]').first().getByRole('link', { name: t.anomalies.showPath }).click();
        await page.locator('.path-highlight').waitFor();
        await page.locator('.react-flow[data-view-ready="true"] .react-flow__node-person').first().waitFor();
      },
    },
    {
      name: 'work-week',
      go: async ({ page, t }) => {
        await nav(page, t, t.tasks.nav);
        await page.locator('.week-column').first().waitFor();
      },
    },
    {
      name: 'work-dashboard',
      go: async ({ page, t }) => {
        await nav(page, t, t.dashboard.nav);
        await page.locator('.dashboard-table tbody tr').first().waitFor();
      },
    },
  ];
}

/** The sales process library and the opportunity form while a plan owns the stage ("stage-…"). */
function stageTemplateScreens(): Screen[] {
  const nav = (page: Page, t: Messages, label: string) => page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: label, exact: true }).click();
  const builtInName = (t: Messages) => (t === messages.en ? 'Six stages' : '六个阶段');
  return [
    {
      name: 'stage-templates',
      go: async ({ page, t }) => {
        await nav(page, t, t.stageTemplates.nav);
        await page.locator('.template-card .stage-chain').first().waitFor();
      },
    },
    {
      name: 'stage-template-view',
      go: async ({ page, t }) => {
        await page.getByRole('link', { name: t.stageTemplates.viewOf.replace('{{name}}', builtInName(t)) }).click();
        await page.locator('.stage-view-list .stage-card').first().waitFor();
      },
    },
    {
      name: 'stage-template-editor',
      go: async ({ page, t }) => {
        await page.getByRole('button', { name: t.stageTemplates.copyOf.replace('{{name}}', builtInName(t)) }).click();
        await page.getByRole('dialog').getByRole('button', { name: t.stageTemplates.copyConfirm }).click();
        await page.locator('.stage-editor-form').waitFor();
        for (const close of await page.locator('.toast').getByRole('button', { name: t.common.close }).all()) await close.click();
        await page.locator('.stage-editor-pick').nth(1).click();
      },
    },
    {
      name: 'stage-template-problems',
      go: async ({ page, t }) => {
        await page.getByRole('button', { name: t.stageTemplates.addStage }).click();
        await page.locator('.stage-editor-form').getByRole('button', { name: t.stageTemplates.addCriterion }).click();
        await page.getByRole('button', { name: t.stageTemplates.save.replace('{{version}}', '2') }).click();
        await page.locator('.stage-editor-form .field-error').first().waitFor();
      },
    },
    {
      // Last of these: it leaves the form open (the next screen presses Escape).
      name: 'stage-locked-form',
      go: async ({ page, t, language }) => {
        await page.getByRole('button', { name: t.stageTemplates.discard }).click();
        await nav(page, t, t.nav.accounts);
        await page.getByRole('link', { name: sampleAccount[language].name }).click();
        await page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: t.opportunities.tab, exact: true }).click();
        await page.getByRole('link', { name: sampleOpportunities[language].opportunities[0]!.fields.name }).click();
        await page.getByRole('button', { name: t.opportunities.form.edit, exact: true }).click();
        await page.getByRole('dialog').getByText(t.stagePlan.stageLocked).waitFor();
      },
    },
  ];
}

/** The account relationship plan, what changed, a person's relationship over time and the anomaly thresholds ("relationship-…"). */
function relationshipScreens(): Screen[] {
  const tab = (page: Page, t: Messages, label: string) => page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: label, exact: true }).click();
  const accountIdOf = (page: Page) => /#\/accounts\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  return [
    {
      name: 'relationship-plan',
      go: async ({ page, t, language }) => {
        for (const close of await page.locator('.toast').getByRole('button', { name: t.common.close }).all()) await close.click();
        await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.accounts, exact: true }).click();
        await page.getByRole('link', { name: sampleAccount[language].name }).click();
        await tab(page, t, t.relationship.tab);
        await page.locator('.relationship-steps [aria-current="step"]').waitFor();
      },
    },
    {
      name: 'relationship-changes',
      go: async ({ page, t }) => {
        await page.getByRole('button', { name: t.relationship.changes.ranges.quarter }).click();
        await page.locator('.change-person').first().waitFor();
        await page.locator('.account-changes').scrollIntoViewIfNeeded();
      },
    },
    {
      name: 'relationship-person',
      go: async ({ page, t, app }) => {
        await page.evaluate(() => window.scrollTo(0, 0));
        const accountId = accountIdOf(page);
        // The person whose relationship changed longest ago (the CIO: 约会 → 信赖).
        const oldest = app.db.call('history.forAccount', { accountId }).filter((e) => e.entity === 'person' && e.field === 'relationship').at(-1)!;
        const name = app.db.call('map.get', { accountId }).people.find((p) => p.id === oldest.entityId)!.name;
        await tab(page, t, t.map.tab);
        await expandAll(page, t);
        const person = page.locator('.react-flow[data-view-ready="true"] .react-flow__node-person').filter({ has: page.locator('.card-name').getByText(name, { exact: true }) });
        await person.click();
        const history = page.locator('.person-history');
        await history.locator('.person-history-latest time').waitFor();
        await history.getByRole('button').click();
        await page.getByRole('dialog').locator('img.chart').waitFor();
      },
    },
    {
      name: 'relationship-thresholds',
      go: async ({ page, t }) => {
        await page.getByRole('dialog').getByRole('button', { name: t.common.close, exact: true }).click();
        await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.settings, exact: true }).click();
        const section = page.getByRole('region', { name: t.thresholds.title });
        // A refused value, as a user would see it at the field.
        await section.getByLabel(`${t.thresholds.stalledDays} (${t.thresholds.units.days})`).fill('-5');
        await section.getByText(t.errors.tooSmall).waitFor();
        await section.scrollIntoViewIfNeeded();
      },
    },
    {
      // The person panel of the decision-maker we are only acquainted with: the way in through people we trust.
      name: 'map-way-in',
      go: async ({ page, t, language, app }) => {
        await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.accounts, exact: true }).click();
        await page.getByRole('link', { name: sampleAccount[language].name }).click();
        const accountId = accountIdOf(page);
        const target = app.db.call('map.get', { accountId }).people.find((p) => p.roles.includes('decision_maker') && p.relationship === 'acquainted')!;
        await tab(page, t, t.map.tab);
        await expandAll(page, t);
        await page.locator('.react-flow[data-view-ready="true"] .react-flow__node-person').filter({ has: page.locator('.card-name').getByText(target.name, { exact: true }) }).click();
        await page.locator('.person-way-in .way-in-list li').first().waitFor();
      },
    },
  ];
}

/** The sample opens folded to what is readable; these screens show all its people. */
async function expandAll(page: Page, t: Messages): Promise<void> {
  await page.locator('.react-flow[data-view-ready="true"] .react-flow__node-person').first().waitFor();
  const button = page.getByRole('button', { name: t.map.filters.expandAll });
  if (!(await button.isVisible())) return;
  const before = await page.locator('.react-flow__node-person').count();
  await button.click();
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node-person').length > n, before);
  await page.waitForTimeout(700); // the animated re-fit
}

// SCREENSHOTS_DIR=test-results/screens writes elsewhere, to look at them before they replace the docs' ones.
const outDir = process.env.SCREENSHOTS_DIR ? resolve(process.env.SCREENSHOTS_DIR) : resolve(fileURLToPath(new URL('../../docs/screenshots', import.meta.url)));

/** Lets fonts load and layout settle so the PNG shows what a person would see. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function shoot(language: Language, only: string): Promise<string[]> {
  // A fresh database at a fixed path: Settings shows the path, and the PNGs should not change run to run.
  const dbDir = join(tmpdir(), 'keyplan-screenshots', language);
  rmSync(dbDir, { recursive: true, force: true });
  const app = await launchApp({ language, dbPath: join(dbDir, 'keyplan.db') });
  const written: string[] = [];
  try {
    for (const screen of SCREENS) {
      try {
        await screen.go({ page: app.page, t: messages[language], language, app });
      } catch (error) {
        throw new Error(`Screen "${screen.name}" (${language}) did not show: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      if (!screen.name.startsWith(only)) continue;
      await settle(app.page);
      const path = join(outDir, `${screen.name}.${language}.png`);
      await app.page.screenshot({ path, animations: 'disabled' });
      written.push(path);
    }
    if (app.errors.length > 0) throw new Error(`The app reported errors (${language}):\n${app.errors.join('\n')}`);
  } finally {
    await app.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
  return written;
}

async function main(): Promise<void> {
  const only = process.argv[2] ?? '';
  if (!SCREENS.some((s) => s.name.startsWith(only))) throw new Error(`No screen name starts with "${only}".`);
  mkdirSync(outDir, { recursive: true });
  try {
    for (const language of LANGUAGES) {
      for (const path of await shoot(language, only)) console.log(`wrote ${relative(process.cwd(), path)}`);
    }
  } finally {
    await closeBrowser();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
