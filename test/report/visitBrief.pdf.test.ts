import { afterAll, describe, expect, it } from 'vitest';
import { STYLES } from '../../shared/domain/people.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { buildVisitBrief } from '../../shared/report/visitBrief.js';
import { closeBrowser } from '../e2e/harness.js';
import { pdfInfo, pdfPngs, pdfText, printPdf, sampleDb } from './pdf.js';

afterAll(closeBrowser);

const squash = (text: string) => text.replace(/\s+/g, '');

describe.each([
  ['zh-CN', zhCN, en],
  ['en', en, zhCN],
] as const)('visit briefs of the sample account (%s)', (lang, m, other) => {
  it.each(STYLES)('for a person of the %s style: who they are, how to approach them, pains, the way in, the agenda and checklist', async (style) => {
    const { db, plan, brief } = await sampleDb(lang);
    try {
      const people = plan().people;
      const target = people.find((p) => p.style === style && p.targetRelationship !== null) ?? people.find((p) => p.style === style)!;
      const pdf = await printPdf(buildVisitBrief(brief(target.id), { lang, paper: 'A4' }));
      const flat = squash(pdfText(pdf));
      expect(flat).toContain(squash(m.report.document.briefTitle.replace('{{name}}', target.name)));
      for (const key of ['values', 'open', 'bring', 'avoid'] as const) expect(flat).toContain(squash(m.report.styles[style][key]));
      for (const otherStyle of STYLES.filter((s) => s !== style)) expect(flat).not.toContain(squash(m.report.styles[otherStyle].avoid));
      for (const step of m.report.agenda) expect(flat).toContain(squash(step.step));
      for (const item of m.report.checklist) expect(flat).toContain(squash(item.item));
      for (const heading of [m.report.brief.who, m.report.brief.approach, m.report.brief.wayIn]) expect(flat).toContain(squash(heading));
      for (const heading of [other.report.brief.who, other.report.brief.approach, other.report.brief.wayIn]) expect(flat).not.toContain(squash(heading));
      if (target.pains.trim()) expect(flat).toContain(squash(target.pains).slice(0, 20));
      const { pages } = pdfInfo(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      expect(pdf.length).toBeLessThan(1_000_000);
      pdfPngs(pdf, `report.brief.${style}.${lang}`);
    } finally {
      db.cleanup();
    }
  });

  it('lists the opportunities the person is in, with their role and stance in each, and no other', async () => {
    const { db, plan, brief } = await sampleDb(lang);
    try {
      const [core, cloud] = plan().opportunities!;
      const inCore = core!.detail!.influences.filter((i) => i.role !== null && !cloud!.detail!.influences.some((x) => x.personId === i.personId));
      const influence = inCore[0]!;
      const flat = squash(pdfText(await printPdf(buildVisitBrief(brief(influence.personId), { lang, paper: 'A4' }))));
      expect(flat).toContain(squash(core!.name));
      expect(flat).not.toContain(squash(cloud!.name));
      expect(flat).toContain(squash(m.opportunities.influences.role));
      expect(flat).toContain(squash(m.people.roles[influence.role!]));
    } finally {
      db.cleanup();
    }
  });
});
