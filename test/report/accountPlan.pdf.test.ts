import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyAccountFields, type AccountPlanData } from '../../shared/contract/index.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import type { Language } from '../../shared/i18n/index.js';
import { buildAccountPlan, PLAN_SECTIONS, type PlanOptions } from '../../shared/report/accountPlan.js';
import { closeBrowser } from '../e2e/harness.js';
import { generateOrg, insertOrgFast } from '../helpers/orgGenerator.js';
import { openTempDb } from '../helpers/tempDb.js';
import { account, person, planData } from '../helpers/reportData.js';
import { pdfInfo, pdfPages, pdfPngs, pdfText, printPdf, sampleDb } from './pdf.js';

afterAll(closeBrowser);

const options = (lang: Language, extra: Partial<PlanOptions> = {}): PlanOptions => ({ lang, paper: 'A4', sections: PLAN_SECTIONS, mapScope: 'whole', mapView: 'org', ...extra });

/** Every word pdftotext finds lies inside its page: nothing is cut off at an edge. */
function wordsOutsidePages(pdf: Buffer): string[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  const out: string[] = [];
  for (const page of xml.split('<page ').slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(page)![1]);
    const height = Number(/height="([\d.]+)"/.exec(page)![1]);
    for (const m of page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      if (x0 < 0 || y0 < 0 || x1 > width + 0.5 || y1 > height + 0.5) out.push(m[5]!);
    }
  }
  return out;
}

/** No page is blank: each has text besides the running head and the page number. */
function blankPages(pdf: Buffer, pageWord: RegExp): number[] {
  return pdfPages(pdf)
    .map((text, index) => ({ index, lines: text.split('\n').filter((line) => line.trim() && !pageWord.test(line)) }))
    .filter((page) => page.lines.length < 2)
    .map((page) => page.index + 1);
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe.each([
  ['zh-CN', zhCN, en],
  ['en', en, zhCN],
] as const)('the sample account plan as a PDF (%s)', (lang, m, other) => {
  it('has the headings, names and text in the chosen language only, numbered pages, no blank page, nothing off the page, well under 2 MB', async () => {
    const { db, plan } = await sampleDb(lang);
    const data = plan();
    db.cleanup();
    const pdf = await printPdf(await buildAccountPlan(data, options(lang)));
    const text = pdfText(pdf);
    const flat = squash(text);
    for (const heading of [m.report.sections.glance, m.report.sections.profile, m.report.sections.map, m.report.sections.people, m.report.glance.trusted]) {
      expect(flat).toContain(squash(heading));
    }
    for (const heading of [other.report.sections.glance, other.report.sections.profile, other.report.sections.people, other.report.glance.trusted]) {
      expect(flat).not.toContain(squash(heading));
    }
    // Every person is in the key-person table, and the map's cards are vector text too.
    for (const p of data.people) expect(flat).toContain(squash(p.name));
    expect(flat).toContain(squash(data.account.procurementProcess).slice(0, 30));

    const { pages, sizes } = pdfInfo(pdf);
    // Glance, profile, map, table (two pages), the list of opportunities, each of the two on three or
    // four pages, the whitespace grid with its totals, the anomalies and the next steps.
    expect(pages).toBeGreaterThanOrEqual(13);
    expect(pages).toBeLessThanOrEqual(22);
    // The map and the table are printed across (landscape), the rest upright.
    expect(sizes[0]).toBe('594.96 x 841.92');
    expect(sizes).toContain('841.92 x 594.96');
    const pageOf = (n: number) => m.report.document.pageOf.replace('{{page}}', String(n)).replace('{{pages}}', String(pages));
    pdfPages(pdf).forEach((page, i) => expect(squash(page)).toContain(squash(pageOf(i + 1))));
    expect(blankPages(pdf, new RegExp(squash(m.report.document.pageOf).replace(/\{\{\w+\}\}/g, '\\d+')))).toEqual([]);
    expect(wordsOutsidePages(pdf)).toEqual([]);
    expect(pdf.length).toBeLessThan(2_000_000);
    // Tagged, with the section headings as bookmarks.
    expect(pdf.includes('/Outlines')).toBe(true);
    expect(pdfPngs(pdf, `report.plan.${lang}`)).toHaveLength(pages);
  });
});

describe('account plan PDFs', () => {
  it('prints on Letter paper when asked', async () => {
    const pdf = await printPdf(await buildAccountPlan(planData(), options('en', { paper: 'Letter' })), 'Letter');
    expect(pdfInfo(pdf).sizes).toEqual(['612 x 792', '612 x 792', '792 x 612', '792 x 612']);
  });

  it('prints hostile text as text: markup, script, a 200-letter name, right-to-left text and emoji, inside the page', async () => {
    const long = 'W'.repeat(200);
    const base = planData();
    const data: AccountPlanData = {
      ...base,
      account: account({ name: '<script>alert(1)</script> & Co', clientPlan: 'Plan <b>bold</b>' }),
      people: [
        ...base.people,
        person('h1', { name: '<img src=x onerror=alert(1)>', title: '</td></tr></table>', roles: ['decision_maker'], reportsToId: 'ceo', pains: 'Pain after the table break' }),
        person('h2', { name: long, title: 'Long-name title', influence: 'high', reportsToId: 'h1' }),
        person('h3', { name: '\u202Eevil مرحبا', title: 'After the override', roles: ['coach'], reportsToId: 'h1' }),
        person('h4', { name: 'Unicorn 🦄 Zoë', roles: ['economic_buyer'], title: 'Emoji title' }),
      ],
    };
    const pdf = await printPdf(await buildAccountPlan(data, options('en')));
    const flat = squash(pdfText(pdf));
    expect(flat).toContain(squash('<script>alert(1)</script> & Co'));
    expect(flat).toContain(squash('<img src=x onerror=alert(1)>'));
    expect(flat).toContain(squash('</td></tr></table>'));
    expect(flat).toContain(long);
    expect(flat).toContain('Afterthe override'.replace(' ', ''));
    expect(flat).toContain('Painafterthetablebreak');
    expect(flat).toContain('Unicorn');
    expect(flat).toContain('Zoë');
    expect(wordsOutsidePages(pdf)).toEqual([]);
    expect(blankPages(pdf, /^\s*Page \d+ of \d+\s*$/)).toEqual([]);
    pdfPngs(pdf, 'report.plan.hostile');
  });

  it('a 300-person account: the whole chart on one page, or the key people only, with the full table after it', async () => {
    const db = await openTempDb();
    try {
      const accountId = db.call('accounts.create', { fields: { ...emptyAccountFields, name: '300 人的客户' } }).id;
      insertOrgFast(db.handle.sqlite, accountId, generateOrg({ size: 300, seed: 7 }));
      const data = db.call('report.accountPlan', { accountId });
      for (const mapScope of ['key', 'whole'] as const) {
        const pdf = await printPdf(await buildAccountPlan(data, options('zh-CN', { mapScope })));
        const { pages } = pdfInfo(pdf);
        expect(pages).toBeGreaterThanOrEqual(8);
        expect(pages).toBeLessThanOrEqual(30);
        const text = pdfText(pdf);
        const pagesText = pdfPages(pdf);
        expect(squash(pagesText[2]!)).toContain(squash(zhCN.report.sections.map));
        // Key people only, or the whole chart with a word on zooming in.
        expect(squash(pagesText[2]!)).toContain(mapScope === 'key' ? '仅显示关键人物' : '请放大查看');
        // The table holds everyone, its header row repeated on each of its pages.
        for (const p of data.people) expect(squash(text)).toContain(squash(p.name));
        const anomaliesAt = pagesText.findIndex((page, i) => i > 2 && squash(page).includes(squash(zhCN.report.sections.anomalies)));
        const tablePages = pagesText.slice(3, anomaliesAt < 0 ? undefined : anomaliesAt);
        expect(tablePages.length).toBeGreaterThan(0);
        for (const page of tablePages) expect(squash(page)).toContain(squash(zhCN.table.columns.relationship));
        expect(blankPages(pdf, /第\s*\d+\s*页/)).toEqual([]);
        expect(wordsOutsidePages(pdf)).toEqual([]);
        expect(pdf.length).toBeLessThan(5_000_000);
        if (mapScope === 'key') pdfPngs(pdf, 'report.plan.300');
      }
    } finally {
      db.cleanup();
    }
  }, 120_000);
});
