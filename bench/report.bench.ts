import { emptyAccountFields, type AccountPlanData } from '../shared/contract/index.js';
import { buildAccountPlan, PLAN_SECTIONS, type PlanOptions } from '../shared/report/accountPlan.js';
import { buildVisitBrief } from '../shared/report/visitBrief.js';
import { closeBrowser, sharedBrowser } from '../test/e2e/harness.js';
import { testHostServices } from '../test/e2e/testHost.js';
import { makeTempDir } from '../test/helpers/tempDb.js';
import { generateOrg, insertOrgFast } from '../test/helpers/orgGenerator.js';
import { addDeal } from '../test/helpers/reportOpportunities.js';
import { openTempDb } from '../test/helpers/tempDb.js';
import { printPdf, sampleDb } from '../test/report/pdf.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

/**
 * Account plans and visit briefs: the HTML built from the data (as the export dialog does) and
 * printed to PDF by Chromium with JavaScript off (the e2e harness's stand-in for Electron's
 * printToPDF), in Chinese, the sample account's language. The sample account has its two
 * opportunities (with influences, competitors, assessments, a negotiation plan) and its whitespace grid;
 * the account of 300 people gets three opportunities with five assessments each.
 */

const plan = (lang: PlanOptions['lang']): PlanOptions => ({ lang, paper: 'A4', sections: PLAN_SECTIONS, mapScope: 'whole', mapView: 'org' });

async function timed(run: () => Promise<unknown>): Promise<number> {
  try {
    return await medianMs(run, 7, 2);
  } finally {
    await closeBrowser();
  }
}

async function sampleData(lang: PlanOptions['lang']): Promise<AccountPlanData> {
  const { db, plan: data } = await sampleDb(lang);
  const input = data();
  db.cleanup();
  return input;
}

async function largeData(): Promise<AccountPlanData> {
  const db = await openTempDb();
  const accountId = db.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Org of 300' } }).id;
  insertOrgFast(db.handle.sqlite, accountId, generateOrg({ size: 300, seed: 300 }));
  // Three opportunities with five assessments each (and influences, a competitor, a negotiation plan).
  const people = db.call('report.accountPlan', { accountId }).people;
  for (const n of [1, 2, 3]) {
    addDeal(db, accountId, { name: `Deal ${n}`, amount: n * 4_000_000, assessments: 5, personIds: people.slice(n * 10, n * 10 + 6).map((p) => p.id), negotiation: true });
  }
  const input = db.call('report.accountPlan', { accountId });
  db.cleanup();
  return input;
}

/**
 * The first export after the app starts: the print page (Electron's hidden print window) is made
 * for it; every later export reuses it, which is what the other figures measure.
 */
async function coldSampleMs(): Promise<number> {
  const input = await sampleData('zh-CN');
  const browser = await sharedBrowser();
  const folder = makeTempDir('keyplan-bench-');
  return timed(async () => testHostServices(browser, folder).services.printToPdf(await buildAccountPlan(input, plan('zh-CN')), 'A4'));
}

// A map of 300 defaults to its key people in the export dialog.
const largeOptions: PlanOptions = { ...plan('zh-CN'), mapScope: 'key' };

async function briefMs(): Promise<number> {
  const { db, plan: data, brief } = await sampleDb('zh-CN');
  const target = data().people.find((p) => p.style === 'analytical')!;
  const input = brief(target.id);
  db.cleanup();
  return timed(() => printPdf(buildVisitBrief(input, { lang: 'zh-CN', paper: 'A4' })));
}

export const benches: Bench[] = [
  { name: 'pdf.sample.ms', unit: 'ms', run: async () => { const input = await sampleData('zh-CN'); return timed(async () => printPdf(await buildAccountPlan(input, plan('zh-CN')))); } },
  { name: 'pdf.sample.en.ms', unit: 'ms', run: async () => { const input = await sampleData('en'); return timed(async () => printPdf(await buildAccountPlan(input, plan('en')))); } },
  { name: 'pdf.sample.first.ms', unit: 'ms', run: coldSampleMs },
  { name: 'pdf.300people.ms', unit: 'ms', run: async () => { const input = await largeData(); return timed(async () => printPdf(await buildAccountPlan(input, largeOptions))); } },
  { name: 'pdf.brief.ms', unit: 'ms', run: briefMs },
  // The HTML alone (what the export dialog's preview waits for), without printing.
  { name: 'pdf.html.sample.ms', unit: 'ms', run: async () => { const input = await sampleData('zh-CN'); return medianMs(() => buildAccountPlan(input, plan('zh-CN'))); } },
  { name: 'pdf.html.300people.ms', unit: 'ms', run: async () => { const input = await largeData(); return medianMs(() => buildAccountPlan(input, largeOptions)); } },
];
