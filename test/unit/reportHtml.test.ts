import { describe, expect, it } from 'vitest';
import { emptyCompetitorFields, emptyOpportunityFields, type AccountPlanData } from '../../shared/contract/index.js';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_KEY } from '../../shared/templates/scorecards.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { buildAccountPlan, PLAN_SECTIONS, availableSections, type PlanOptions } from '../../shared/report/accountPlan.js';
import { cssString, html, joinHtml, trusted } from '../../shared/report/html.js';
import { buildVisitBrief } from '../../shared/report/visitBrief.js';
import { account, briefData, person, planData } from '../helpers/reportData.js';

const VOID = new Set(['meta', 'col', 'br', 'img', 'input', 'link', 'hr']);

/** Checks the document is well nested (every element closed in order) and returns its tag names. */
function tagsOf(doc: string): string[] {
  const body = doc.replace(/<style>[^<]*<\/style>/, '<style></style>').replace(/^<!doctype html>\n/, '');
  const stack: string[] = [];
  const tags: string[] = [];
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^<>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    const tag = name!.toLowerCase();
    tags.push(tag);
    if (closing) {
      const open = stack.pop();
      if (open !== tag) throw new Error(`</${tag}> closes <${open}>`);
    } else if (!selfClosing && !VOID.has(tag)) stack.push(tag);
  }
  if (stack.length) throw new Error(`unclosed: ${stack.join(' ')}`);
  // Nothing that looks like markup is left outside a tag.
  expect(body.replace(/<(\/?)([a-zA-Z][\w-]*)[^<>]*?(\/?)>/g, '')).not.toMatch(/[<>]/);
  return tags;
}

const OPTIONS: PlanOptions = { lang: 'en', paper: 'A4', sections: PLAN_SECTIONS, mapScope: 'whole', mapView: 'org', now: new Date('2026-12-01T10:00:00Z') };

const HOSTILE = {
  html: '<img src=x onerror=alert(1)>',
  script: '<script>alert("x")</script>',
  style: '</style><script>alert(3)</script>',
  long: 'W'.repeat(200),
  rtl: '\u202Eevil مرحبا بالعالم',
  emoji: 'Zoë 🦄👩‍💻 O\'Neil & "Co"',
};

function hostilePlan(): AccountPlanData {
  const base = planData();
  return {
    ...base,
    account: account({ name: HOSTILE.style, industry: HOSTILE.html, clientPlan: HOSTILE.script, notes: HOSTILE.rtl }),
    people: [
      ...base.people,
      person('h1', { name: HOSTILE.html, title: HOSTILE.script, department: HOSTILE.style, pains: HOSTILE.emoji, roles: ['decision_maker'], reportsToId: 'ceo' }),
      person('h2', { name: HOSTILE.long, title: HOSTILE.rtl, influence: 'high', reportsToId: 'h1' }),
      person('h3', { name: HOSTILE.rtl, motivations: HOSTILE.long, roles: ['coach'], reportsToId: 'h1' }),
      person('h4', { name: HOSTILE.emoji, roles: ['economic_buyer'] }),
    ],
    team: [...base.team, { id: 'm2', name: HOSTILE.script, role: '', createdAt: base.team[0]!.createdAt }],
  };
}

describe('report HTML: escaping by construction', () => {
  it('the html tag escapes every interpolation but Html values, and joins arrays', () => {
    const name = '<b>&"\'';
    expect(html`<td title="${name}">${name}</td>`.markup).toBe('<td title="&lt;b&gt;&amp;&quot;&apos;">&lt;b&gt;&amp;&quot;&apos;</td>');
    expect(html`<ul>${['<a>', html`<li>${'x'}</li>`, null, false, 3]}</ul>`.markup).toBe('<ul>&lt;a&gt;<li>x</li>3</ul>');
    expect(joinHtml(['a<', trusted('<i>b</i>')], html`, `).markup).toBe('a&lt;, <i>b</i>');
  });

  it('writes a CSS string that nothing can end, with bidi controls dropped', () => {
    const css = cssString('A"\\</style>\u202E中文\n;}');
    expect(css).toBe('"A\\22 \\5c \\3c \\2f style\\3e 中文 \\3b \\7d "');
    expect(css.slice(1, -1)).not.toMatch(/["<>;{}\n]/);
  });

  it('prints hostile names, titles and text as text, and the document stays well formed', async () => {
    const doc = await buildAccountPlan(hostilePlan(), OPTIONS);
    const tags = tagsOf(doc);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('img');
    expect(doc.match(/<\/style>/g)).toHaveLength(1);
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(doc).toContain('&lt;/style&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(doc).toContain(HOSTILE.long);
    expect(doc).toContain('Zoë 🦄👩‍💻 O&apos;Neil &amp; &quot;Co&quot;');
    // Right-to-left text and a stray override are isolated, so they cannot reorder the text after them.
    expect(doc).toContain(`<th scope="row"><bdi>${HOSTILE.rtl}</bdi></th>`);
    expect(doc).toContain(`<h1><bdi>&lt;/style&gt;`);
    // The running head is a CSS string without the override.
    expect(/@top-left \{ content: ("[^"]*")/.exec(doc)?.[1]).not.toContain('\u202E');
  });

  it('gives each person one row of the key-person table, with the header row repeated (thead)', async () => {
    const data = hostilePlan();
    const doc = await buildAccountPlan(data, { ...OPTIONS, sections: ['people'] });
    const table = doc.slice(doc.indexOf('<section class="section landscape small" id="people">'));
    expect(table.match(/<tr><th scope="row">/g)).toHaveLength(data.people.length);
    expect(table).toContain('<thead>');
    expect(doc).toContain('thead { display: table-header-group; }');
    expect(doc).toMatch(/tr, \.card, \.keep, li \{ break-inside: avoid; \}/);
  });

  it('visit briefs escape the same way', () => {
    const data = { ...briefData('h1', {}), ...(() => {
      const plan = hostilePlan();
      return { account: plan.account, people: plan.people, team: plan.team, person: plan.people.find((p) => p.id === 'h1')! };
    })() };
    const doc = buildVisitBrief(data, { lang: 'zh-CN', paper: 'A4' });
    const tags = tagsOf(doc);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('img');
    expect(doc).toContain('拜访简报：&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('report HTML: sections', () => {
  it('leaves out the sections of features that are not there, never printing them empty', async () => {
    const data = planData();
    expect(availableSections(data)).toEqual(['glance', 'profile', 'map', 'people']);
    const doc = await buildAccountPlan(data, OPTIONS);
    const ids = [...doc.matchAll(/<section class="[^"]*" id="([\w-]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['glance', 'profile', 'map', 'people']);
    for (const heading of [en.report.sections.opportunities, en.report.sections.anomalies, en.report.sections.nextSteps, en.report.sections.whitespace, en.report.glance.openOpportunities, en.report.glance.topAnomalies, en.report.glance.nextActions]) {
      expect(doc).not.toContain(heading);
    }
  });

  it('an account without people has no map or table', async () => {
    const data = planData({ people: [], links: [] });
    expect(availableSections(data)).toEqual(['glance', 'profile']);
    expect(await buildAccountPlan(data, OPTIONS)).not.toContain('<svg');
  });

  it('draws the decision chain when asked (only the people on it), and says so when there is none yet', async () => {
    const chain = await buildAccountPlan(planData(), { ...OPTIONS, sections: ['map'], mapView: 'decision' });
    expect(chain).toContain(`<h2>${en.report.sections.map}: ${en.report.map.viewDecision}</h2>`);
    const svg = chain.slice(chain.indexOf('<svg'), chain.indexOf('</svg>'));
    expect(svg).toContain('Ivy CIO');
    expect(svg).toContain('Chen CEO');
    expect(svg).not.toContain('Dora Developer');
    const none = await buildAccountPlan(planData({ links: [] }), { ...OPTIONS, sections: ['map'], mapView: 'decision' });
    expect(none).toContain(`<h2>${en.report.sections.map}: ${en.report.map.viewOrg}</h2>`);
    expect(none).toContain(en.report.map.noDecisionChain);
  });

  it('reduces the map to the key people and their managers, saying how many of how many', async () => {
    const doc = await buildAccountPlan(planData(), { ...OPTIONS, sections: ['map'], mapScope: 'key' });
    const svg = doc.slice(doc.indexOf('<svg'), doc.indexOf('</svg>'));
    for (const name of ['Chen CEO', 'Fang CFO', 'Ivy CIO', 'Andy Architect']) expect(svg).toContain(name);
    expect(svg).not.toContain('Dora Developer');
    expect(doc).toContain(en.report.map.reduced.replace('{{shown}}', '4').replace('{{total}}', '5').replace(/^(.{20}).*$/, '$1'));
  });

  it('prints only the sections asked for', async () => {
    const doc = await buildAccountPlan(planData(), { ...OPTIONS, sections: ['profile', 'people'] });
    expect([...doc.matchAll(/<section class="[^"]*" id="([\w-]+)">/g)].map((m) => m[1])).toEqual(['profile', 'people']);
  });

  it('prints opportunities, anomalies (dismissed ones marked), next steps and whitespace once they are given', async () => {
    const data = planData({
      opportunities: [{ id: 'o1', name: 'Core banking <phase 2>', amount: 1_200_000, currency: 'CNY', stage: { key: 'report.sections.profile' }, score: 72, scoreHistory: [40, 55, 64], closeDate: '2027-03-31' }],
      anomalies: [
        { id: 'a1', severity: 'low', message: 'Low one', dismissed: false },
        { id: 'a2', severity: 'high', message: 'No coach on the deal', dismissed: false },
        { id: 'a3', severity: 'high', message: 'Dismissed one', dismissed: true },
      ],
      tasks: [
        { id: 't1', title: 'Later task', ownerName: 'Alice Owner', due: '2027-01-20', opportunityId: null, personIds: [] },
        { id: 't2', title: 'Overdue task', ownerName: null, due: '2026-11-20', opportunityId: 'o1', personIds: ['ceo'] },
      ],
      whitespace: {
        account: { id: 'acme', name: 'Acme', currency: 'CNY', annualPotential: 5_000_000 },
        offerings: [{ id: 'of1', name: 'Core', description: '', createdAt: '', updatedAt: '' }],
        units: [
          { name: 'Retail', id: null, peopleCount: 2 },
          { name: 'Corporate', id: null, peopleCount: 0 },
        ],
        cells: [{ id: 'c1', accountId: 'acme', offeringId: 'of1', unit: 'Retail', status: 'sold', opportunityId: null, amount: 800_000, competitor: '', notes: '', updatedAt: '' }],
        opportunities: [],
        totals: { sold: 800_000, inProgress: 0, potential: 0, cells: 800_000, annualPotential: 5_000_000 },
      },
    });
    expect(availableSections(data)).toEqual(PLAN_SECTIONS);
    const doc = await buildAccountPlan(data, OPTIONS);
    tagsOf(doc);
    const glance = doc.slice(doc.indexOf('id="glance"'), doc.indexOf('id="profile"'));
    expect(glance).toContain('Core banking &lt;phase 2&gt;');
    expect(glance).toContain('CN¥1.2M'); // as the app's lists write it
    expect(glance.indexOf('No coach on the deal')).toBeLessThan(glance.indexOf('Low one'));
    expect(glance).not.toContain('Dismissed one');
    expect(glance.indexOf('Overdue task')).toBeLessThan(glance.indexOf('Later task'));
    expect(glance).toContain(en.report.tasks.overdue);
    expect(doc).toMatch(/<tr class="dismissed">.*Dismissed one/);
    expect(doc).toContain(en.opportunities.whitespaceStatuses.sold);
    expect(doc).toContain('CN¥800K');
    expect(doc).toContain('<path d="M0,9.6 L20,7.2 L40,5.8 L60,4.5"');
  });

  it('the pages of an opportunity keep hostile text inert, in the tables and inside the radar and trend charts', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const base = BUILT_IN_TEMPLATES[DEFAULT_TEMPLATE_KEY];
    const template = { ...base, criteria: base.criteria.map((c, i) => (i === 0 ? { ...c, label: { en: hostile, 'zh-CN': hostile } } : c)) };
    const record = (id: string, at: string, value: number) => ({
      id,
      opportunityId: 'o1',
      templateKey: template.key,
      templateVersion: template.version,
      template,
      scores: { [template.criteria[0]!.key]: { value, evidence: `${hostile} evidence`, personIds: ['ceo'] } },
      author: hostile,
      authorId: null,
      assessedAt: at,
      total: 50,
      verdict: 'qualify' as const,
      createdAt: at,
    });
    const opportunity = { ...emptyOpportunityFields, id: 'o1', accountId: 'acme', name: hostile, createdAt: '', updatedAt: '' };
    const data = planData({
      opportunities: [
        {
          id: 'o1',
          name: hostile,
          amount: 1_000_000,
          currency: 'CNY',
          stage: { key: 'opportunities.stages.proposal' },
          score: 50,
          scoreHistory: [40],
          closeDate: null,
          detail: {
            opportunity,
            influences: [{ id: 'i1', opportunityId: 'o1', personId: 'ceo', role: null, stance: null, winResult: hostile, notes: '', createdAt: '', updatedAt: '' }],
            competitors: [{ ...emptyCompetitorFields, id: 'k1', opportunityId: 'o1', name: hostile, favouredBy: ['ceo'], strategy: hostile, createdAt: '', updatedAt: '' }],
            assessments: [record('a2', '2026-11-01T00:00:00Z', template.criteria[0]!.scale.at(-1)!.value), record('a1', '2026-10-01T00:00:00Z', template.criteria[0]!.scale[0]!.value)],
            checks: [],
            negotiation: null,
          },
        },
      ],
    });
    const doc = await buildAccountPlan(data, { ...OPTIONS, sections: ['opportunities'] });
    tagsOf(doc);
    expect(doc).not.toMatch(/<img\b/i);
    const section = doc.slice(doc.indexOf('id="opportunity-1"'));
    // Two charts, as inline vector SVG, the hostile label in them as escaped text.
    expect(section.match(/<svg /g)).toHaveLength(2);
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(section).toContain(en.opportunities.scorecard.radar);
    expect(section).toContain(en.opportunities.history.trend);
    // The person's own role and stance, marked as theirs; no negotiation plan, so no such part.
    expect(section).toContain('Their own: Decision-maker');
    expect(section).not.toContain(en.opportunities.negotiation.title);
  });

  it('prints only the opportunities chosen in the dialog', async () => {
    const opportunity = (id: string, name: string) => ({ id, name, amount: null, currency: 'CNY' as const, stage: 'Proposal', score: null, scoreHistory: [], closeDate: null });
    const data = planData({ opportunities: [opportunity('o1', 'Chosen deal'), opportunity('o2', 'Left-out deal')] });
    const doc = await buildAccountPlan(data, { ...OPTIONS, opportunityIds: ['o1'] });
    expect(doc).toContain('Chosen deal');
    expect(doc).not.toContain('Left-out deal');
  });

  it('says what changed since the last export', async () => {
    const data = planData();
    const before = planData({ people: data.people.map((p) => (p.id === 'ceo' ? { ...p, relationship: 'none' as const } : p)).filter((p) => p.id !== 'arch') });
    const { exportSummary } = await import('../../shared/report/changes.js');
    const doc = await buildAccountPlan({ ...data, lastExport: { exportedAt: '2026-11-15T08:00:00Z', summary: { ...exportSummary(before), tier: 'A' } } }, OPTIONS);
    expect(doc).toContain('Since the last export (Nov 15, 2026)');
    expect(doc).toContain('Tier A → B');
    expect(doc).toContain('Chen CEO: relationship up, None → Acquainted');
    expect(doc).toContain('New key person: Andy Architect');
    expect(doc).toContain('People on the map 4 → 5');
  });
});

describe('report HTML: language', () => {
  const headings = (m: typeof en) => [m.report.sections.glance, m.report.sections.profile, m.report.sections.people, m.report.sections.map, m.report.glance.trusted];

  it('is written in the chosen language only, whatever the UI speaks', async () => {
    const zh = await buildAccountPlan(planData(), { ...OPTIONS, lang: 'zh-CN' });
    const english = await buildAccountPlan(planData(), OPTIONS);
    for (const h of headings(zhCN)) expect(zh).toContain(h);
    for (const h of headings(en)) expect(zh).not.toContain(h);
    for (const h of headings(en)) expect(english).toContain(h);
    for (const h of headings(zhCN)) expect(english).not.toContain(h);
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('"第 " counter(page) " 页 \\2f  共 " counter(pages) " 页"');
    expect(english).toContain('"Page " counter(page) " of " counter(pages)');
  });

  it('visit briefs give the approach for each style, in the chosen language', () => {
    for (const style of ['analytical', 'amiable', 'expressive', 'driver'] as const) {
      const data = briefData('ceo');
      const doc = buildVisitBrief({ ...data, person: { ...data.person, style } }, { lang: 'zh-CN', paper: 'A4' });
      expect(doc).toContain(zhCN.report.styles[style].avoid);
      for (const other of ['analytical', 'amiable', 'expressive', 'driver'] as const) if (other !== style) expect(doc).not.toContain(zhCN.report.styles[other].avoid);
      expect(doc).not.toContain(en.report.styles[style].avoid);
      for (const step of zhCN.report.agenda) expect(doc).toContain(step.step);
    }
  });

  it('a visit brief shows the pain chain and the way in when we are below target', () => {
    const doc = buildVisitBrief(briefData('cio'), { lang: 'en', paper: 'A4' });
    expect(doc).toContain(en.report.brief.painFrom);
    expect(doc).toMatch(/Fang CFO.*Budget cut/);
    // Below Trusted without a target: Andy (ally) influences Ivy; Fang (trusted) reaches her through the CEO.
    const wayIn = doc.slice(doc.indexOf('id="way-in"'));
    expect(wayIn.indexOf('Andy Architect')).toBeGreaterThan(0);
    expect(wayIn.indexOf('Andy Architect')).toBeLessThan(wayIn.indexOf('Fang CFO'));
    const atTarget = buildVisitBrief(briefData('cfo'), { lang: 'en', paper: 'A4' });
    expect(atTarget).toContain('We are at Trusted with them');
  });
});
