import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import type { Language } from '../../shared/i18n/index.js';
import { buildAccountPlan, PLAN_SECTIONS, type PlanOptions } from '../../shared/report/accountPlan.js';
import { formatAmountCompact } from '../../shared/domain/amount.js';
import { closeBrowser } from '../e2e/harness.js';
import { addDeal } from '../helpers/reportOpportunities.js';
import { pdfInfo, pdfPages, pdfPngs, pdfText, printPdf, sampleDb } from './pdf.js';

afterAll(closeBrowser);

const options = (lang: Language, extra: Partial<PlanOptions> = {}): PlanOptions => ({ lang, paper: 'A4', sections: PLAN_SECTIONS, mapScope: 'key', mapView: 'org', ...extra });
const squash = (text: string) => text.replace(/\s+/g, '');
const HOSTILE = '<img src=x onerror=alert(1)>';

describe.each([
  ['zh-CN', zhCN, en],
  ['en', en, zhCN],
] as const)('the opportunities of the sample account plan (%s)', (lang, m, other) => {
  it('prints each chosen opportunity: influences, competitors, scorecard with evidence, radar and trend, cross-checks, negotiation plan; then the whitespace grid', async () => {
    const { db, accountId, plan } = await sampleDb(lang);
    let data;
    try {
      const people = plan().people;
      const ids = [people[0]!.id, people[1]!.id];
      addDeal(db, accountId, { name: `${HOSTILE} deal`, amount: 5_000_000, assessments: 2, personIds: ids, text: HOSTILE, negotiation: true });
      data = plan();
    } finally {
      db.cleanup();
    }
    const [core, cloud, hostile] = [data.opportunities![0]!, data.opportunities![1]!, data.opportunities!.find((o) => o.name.startsWith('<img'))!];
    expect(hostile).toBeDefined();
    const doc = await buildAccountPlan(data, options(lang, { opportunityIds: [core.id, hostile.id] }));
    // The hostile text is text: no element of it in the document.
    expect(doc).not.toMatch(/<img\b/i);
    expect(doc).not.toMatch(/<script\b/i);
    expect(doc).not.toContain('onerror=alert(1)>');

    const pdf = await printPdf(doc);
    const text = pdfText(pdf);
    const flat = squash(text);
    for (const heading of [
      m.opportunities.influences.title,
      m.opportunities.influences.winResult,
      m.opportunities.competitors.title,
      m.opportunities.competitors.strategy,
      m.opportunities.scorecard.title,
      m.opportunities.scorecard.evidence,
      m.opportunities.scorecard.radar,
      m.opportunities.history.trend,
      m.opportunities.checks.title,
      m.opportunities.negotiation.title,
      m.opportunities.negotiation.walkAway,
      m.opportunities.whitespace.title,
      m.opportunities.whitespace.cellsSum,
      // The core deal's stage plan: its key nodes, the key node passed by override with its reason, its open tasks.
      m.stagePlan.section,
      m.report.plan.keyNode,
      m.report.plan.kinds.override,
      m.report.plan.openTasks,
      m.report.sections.anomalies,
      m.report.sections.nextSteps,
    ]) {
      expect(flat, heading).toContain(squash(heading));
    }
    for (const heading of [other.opportunities.influences.title, other.opportunities.scorecard.evidence, other.opportunities.negotiation.walkAway, other.opportunities.whitespace.cellsSum]) {
      expect(flat).not.toContain(squash(heading));
    }
    // The chosen ones are printed, with the amount as the app writes it; the other is not, anywhere.
    expect(flat).toContain(squash(core.name));
    expect(flat).toContain(squash(formatAmountCompact(core.amount!, core.currency, lang)));
    expect(flat).not.toContain(squash(cloud.name));
    // The hostile name, competitor, win-result, evidence and plan come out as their letters.
    for (const what of [`${HOSTILE} deal`, `${HOSTILE} rival`, `${HOSTILE} win-result`, `${HOSTILE} goal`, `${HOSTILE} give`]) expect(flat).toContain(squash(what));
    expect(flat).toContain(squash(`${HOSTILE} evidence`));
    // The sample's core deal: its evidence, a competitor's counter-strategy and its verdict.
    const coreDetail = core.detail!;
    const evidence = Object.values(coreDetail.assessments[0]!.scores).find((s) => s.evidence.trim().length > 20)!.evidence;
    expect(flat).toContain(squash(evidence).slice(0, 20));
    expect(flat).toContain(squash(coreDetail.competitors[0]!.strategy).slice(0, 20));
    expect(flat).toContain(squash(m.scoring.verdicts[coreDetail.assessments[0]!.verdict]));
    // Each opportunity starts its own page; the charts' text is vector text.
    const pages = pdfPages(pdf);
    const headingOf = (name: string) => squash(`${m.report.sections.opportunity}: ${name}`);
    expect(pages.filter((p) => squash(p).includes(headingOf(core.name)))).toHaveLength(1);
    expect(pages.filter((p) => squash(p).includes(headingOf(`${HOSTILE} deal`)))).toHaveLength(1);
    expect(flat).toContain(squash(m.scoring.verdicts.pursue));
    expect(pdfInfo(pdf).pages).toBeLessThanOrEqual(20);
    pdfPngs(pdf, `report.plan.opportunities.${lang}`);
  }, 60_000);

  it('leaves the opportunities out when none is chosen, and prints no part for a missing negotiation plan', async () => {
    const { db, plan } = await sampleDb(lang);
    const data = plan();
    db.cleanup();
    const cloud = data.opportunities!.find((o) => !o.detail!.negotiation)!;
    const doc = await buildAccountPlan(data, options(lang, { opportunityIds: [cloud.id], sections: ['glance', 'opportunities'] }));
    expect(doc).toContain(`id="opportunity-1"`);
    expect(doc).not.toContain(`id="opportunity-2"`);
    const section = doc.slice(doc.indexOf('id="opportunity-1"'));
    expect(section).not.toContain(m.opportunities.negotiation.title);
    const none = await buildAccountPlan(data, options(lang, { opportunityIds: [], sections: ['glance', 'opportunities'] }));
    expect(none).not.toContain('id="opportunities"');
    expect(none).not.toContain(data.opportunities![0]!.name);
  });
});
