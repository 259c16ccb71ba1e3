import { describe, expect, it } from 'vitest';
import type { Link, Person, TeamMember } from '../../shared/contract/index.js';
import { emptyPersonFields } from '../../shared/contract/index.js';
import { englishText } from '../../shared/i18n/index.js';
import { CARD_HEIGHT, CARD_WIDTH, LINK_STYLES, MARKS, REPORTS_TO_STYLE, ownerColor } from '../../shared/domain/mapStyle.js';
import { STACK_INDENT } from '../../shared/layout/reportLines.js';
import type { LinkKind } from '../../shared/domain/people.js';
import { escapeXml } from '../../shared/report/escape.js';
import { renderMapSvg, type MapSvgInput, type MapSvgLabels } from '../../shared/report/mapSvg.js';
import { mapSvgLabels } from '../../shared/report/mapSvgLabels.js';
import { allElements as all, parseXml, textOf, type XmlElement } from '../helpers/strictXml.js';

// ---- fixtures ----

const labels: MapSvgLabels = mapSvgLabels(englishText, 'Sample Bank — stakeholder map');

const NOW = '2025-01-01T00:00:00.000Z';
const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  ...emptyPersonFields,
  id,
  accountId: 'acc',
  name,
  x: null,
  y: null,
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});
let linkCount = 0;
const link = (sourceId: string, targetId: string, kind: LinkKind, extra: Partial<Link> = {}): Link => ({
  id: `l${++linkCount}`,
  accountId: 'acc',
  sourceId,
  targetId,
  kind,
  label: '',
  step: null,
  notes: '',
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});
const team: TeamMember[] = [
  { id: 't1', name: 'Alice Wong', role: 'Account manager', createdAt: NOW },
  { id: 't2', name: '李娜', role: '售前', createdAt: NOW },
];

function sampleInput(): MapSvgInput {
  const people = [
    person('p1', 'Zhou Guoping', { title: 'President', roles: ['decision_maker', 'approver'], attitude: 'neutral', relationship: 'acquainted', targetRelationship: 'trusted', ownerId: 't1', influence: 'high' }),
    person('p2', '林志远', { title: '副行长', department: '科技', reportsToId: 'p1', roles: ['economic_buyer'], attitude: 'supporter', ownerId: 't2' }),
    person('p3', 'Risk VP', { reportsToId: 'p1', attitude: 'opponent', influence: 'high', relationship: 'meeting', targetRelationship: 'ally' }),
    person('p4', 'Architecture lead', { reportsToId: 'p2', roles: ['coach'], attitude: 'champion', relationship: 'ally', targetRelationship: 'trusted' }),
  ];
  return {
    people,
    links: [
      link('p4', 'p2', 'decision_flow', { step: 1 }),
      link('p2', 'p1', 'decision_flow', { step: 2 }),
      link('p3', 'p2', 'pain_chain', { label: 'Migration risk' }),
      link('p3', 'p2', 'conflict'),
      link('p4', 'p1', 'influences'),
    ],
    team,
    positions: { p1: { x: 300, y: 0 }, p2: { x: 100, y: 200 }, p3: { x: 500, y: 200 }, p4: { x: 100, y: 400 } },
    labels,
  };
}

const viewBox = (svg: XmlElement) => svg.attrs.viewBox!.split(' ').map(Number) as [number, number, number, number];

describe('renderMapSvg', () => {
  it('produces one well-formed, self-contained SVG document', () => {
    const out = renderMapSvg(sampleInput());
    const svg = parseXml(out);
    expect(svg.name).toBe('svg');
    expect(svg.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const names = new Set(all(svg).map((el) => el.name));
    expect(names.has('script')).toBe(false);
    expect(names.has('foreignObject')).toBe(false);
    expect(names.has('image')).toBe(false);
    const attrs = all(svg).flatMap((el) => Object.keys(el.attrs));
    expect(attrs.filter((a) => /^on/i.test(a) || /href$/i.test(a))).toEqual([]);
    expect(svg.attrs['font-family']).toMatch(/Noto Sans CJK SC/);
  });

  it('draws every positioned person with every field the card shows: title, department, roles, marks, style, relationship → target, owner', () => {
    const input = sampleInput();
    input.people[0] = { ...input.people[0]!, style: 'driver' };
    const svg = parseXml(renderMapSvg(input));
    const texts = all(svg)
      .filter((el) => el.name === 'text')
      .map(textOf);
    for (const p of input.people) expect(texts).toContain(p.name);
    expect(texts).toEqual(expect.arrayContaining(['副行长', '科技', 'Decision-maker', 'Approver', 'Economic buyer', 'Coach', 'Driver']));
    // Relationship now → target while the target is ahead; once there, the level once with a ✓.
    expect(texts).toContain('Meeting → Ally');
    expect(texts).toContain('Ally ✓');
    expect(texts.join(' ')).toMatch(/Acquainted →\s?(Trusted)?/);
    expect(texts).toContain('Trusted');
    // Owners by their initials (a Chinese name by its surname), as on the canvas, named in the legend.
    expect(texts).toEqual(expect.arrayContaining(['AW', '李', 'Alice Wong', '李娜']));
    // The coach's flag and the champion's star, in their colours.
    const fills = all(svg).filter((el) => el.name === 'circle').map((el) => el.attrs.fill);
    expect(fills).toEqual(expect.arrayContaining([MARKS.coach.color, MARKS.champion.color]));
    expect(all(svg).some((el) => el.name === 'path' && el.attrs.d === MARKS.coach.path)).toBe(true);
  });

  it('wraps titles, roles and the relationship onto more lines instead of cutting them', () => {
    const input = sampleInput();
    input.people[0] = {
      ...input.people[0]!,
      title: 'General manager, procurement centre',
      department: 'Procurement centre',
      roles: ['gatekeeper', 'approver'],
    };
    input.people[1] = { ...input.people[1]!, title: 'Vice-president (operations and retail)', roles: ['economic_buyer', 'technical_evaluator', 'user'] };
    const texts = all(parseXml(renderMapSvg(input)))
      .filter((el) => el.name === 'text')
      .map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['Procurement centre', 'Economic buyer', 'Technical evaluator', 'User', 'Gatekeeper', 'Approver']));
    expect(texts.filter((t) => t.endsWith('…'))).toEqual([]);
    expect(texts.join(' ')).toContain('procurement');
  });

  it('follows the view: the decision chain dims who is off it and every other line, the pain chain shows pains', () => {
    const input = sampleInput();
    input.people[2] = { ...input.people[2]!, pains: 'Migration could fail during the audit' };
    const org = renderMapSvg(input);
    const decision = parseXml(renderMapSvg({ ...input, view: 'decision' }));
    expect(renderMapSvg({ ...input, view: 'decision' })).not.toBe(org);
    // p3 (Risk VP) is on no decision step: its card is faded; p1, p2 and p4 are not.
    const cardOf = (svg: XmlElement, name: string) => all(svg).find((el) => el.name === 'g' && el.attrs.transform && all(el).some((c) => c.name === 'text' && textOf(c) === name))!;
    expect(cardOf(decision, 'Risk VP').attrs.opacity).toBe('0.28');
    for (const name of ['Zhou Guoping', '林志远', 'Architecture lead']) expect(cardOf(decision, name).attrs.opacity).toBeUndefined();
    const linePaths = all(decision).filter((el) => el.name === 'path' && el.attrs.d?.includes('Q'));
    expect(linePaths.filter((el) => el.attrs.stroke === LINK_STYLES.decision_flow.stroke).every((el) => el.attrs.opacity === undefined)).toBe(true);
    expect(linePaths.filter((el) => el.attrs.stroke !== LINK_STYLES.decision_flow.stroke).every((el) => el.attrs.opacity === '0.15')).toBe(true);

    const pain = all(parseXml(renderMapSvg({ ...input, view: 'pain' })))
      .filter((el) => el.name === 'text')
      .map(textOf);
    expect(pain.join(' ')).toContain('Migration could fail');
    expect(pain).toContain(labels.noPains);
  });

  it('shows decision-flow step numbers and pain labels, with arrows that point at defined markers', () => {
    const out = renderMapSvg(sampleInput());
    const svg = parseXml(out);
    const texts = all(svg)
      .filter((el) => el.name === 'text')
      .map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['1', '2', 'Migration risk']));
    const defined = new Set(all(svg).filter((el) => el.name === 'marker').map((el) => el.attrs.id));
    const used = all(svg)
      .map((el) => el.attrs['marker-end'])
      .filter((v): v is string => Boolean(v))
      .map((v) => /^url\(#(.+)\)$/.exec(v)![1]);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(defined).toContain(id);
    // Each link kind is drawn in its own style.
    const strokes = all(svg).filter((el) => el.name === 'path').map((el) => el.attrs.stroke);
    expect(strokes).toEqual(expect.arrayContaining([LINK_STYLES.decision_flow.stroke, LINK_STYLES.pain_chain.stroke, LINK_STYLES.conflict.stroke, LINK_STYLES.influences.stroke]));
  });

  it('keeps a label that has no room on its line as the line’s tooltip', () => {
    // Two people side by side, a hand’s width apart, with their managers above and reports below: no room for the label.
    const input = sampleInput();
    const people = [
      person('top', 'Top'),
      person('a', 'Left', { reportsToId: 'top' }),
      person('b', 'Right', { reportsToId: 'top' }),
      person('c', 'Below left', { reportsToId: 'a' }),
      person('d', 'Below right', { reportsToId: 'b' }),
    ];
    const positions = { top: { x: 132, y: 0 }, a: { x: 0, y: 130 }, b: { x: 264, y: 130 }, c: { x: 0, y: 250 }, d: { x: 264, y: 250 } };
    const svg = parseXml(renderMapSvg({ ...input, people, positions, links: [link('b', 'a', 'conflict', { label: 'Disagree on the migration risk' })] }));
    const line = all(svg).find((el) => el.name === 'path' && el.attrs.stroke === LINK_STYLES.conflict.stroke && el.attrs.d?.startsWith('M'))!;
    expect(all(line).filter((el) => el.name === 'title').map(textOf)).toEqual(['Disagree on the migration risk']);
    expect(all(svg).filter((el) => el.name === 'text').map(textOf)).not.toContain('Disagree on the migration risk');
  });

  it('has a legend naming every attitude, line kind and relationship level', () => {
    const texts = all(parseXml(renderMapSvg(sampleInput())))
      .filter((el) => el.name === 'text')
      .map(textOf);
    for (const label of [...Object.values(labels.attitudes), ...Object.values(labels.linkKinds), ...Object.values(labels.relationship), labels.reportsTo]) {
      expect(texts).toContain(label);
    }
  });

  it('escapes hostile names everywhere and keeps the document well-formed', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "O'Brien & <Sons> \"quoted\"",
      ']]><!-- -->&amp;&#x3c;',
      'bell\u0007 and lone \uD800 surrogate',
    ];
    const input = sampleInput();
    input.people = input.people.map((p, i) => ({ ...p, name: hostile[i]!, title: hostile[(i + 1) % hostile.length]! }));
    input.people.push(person('p5', hostile[4]!, { department: hostile[0]! }));
    input.positions.p5 = { x: 900, y: 0 };
    input.links[2] = { ...input.links[2]!, label: '</text><script>alert(2)</script>' };
    input.team = [{ ...team[0]!, name: '<b onmouseover=alert(3)>owner</b>' }];
    input.labels = { ...labels, title: '<svg onload=alert(4)>' };

    const out = renderMapSvg(input);
    expect(out).not.toMatch(/<(script|img|b|svg\s+onload)\b/i);
    const svg = parseXml(out);
    expect(all(svg).map((el) => el.name)).not.toContain('script');
    const tooltips = all(svg)
      .filter((el) => el.name === 'title')
      .map(textOf)
      .join('\n');
    expect(tooltips).toContain('<script>alert(1)</script>');
    expect(tooltips).toContain('"><img src=x onerror=alert(1)>');
    expect(tooltips).toContain("O'Brien & <Sons> \"quoted\"");
    expect(tooltips).toContain('<svg onload=alert(4)>');
    expect(tooltips).toContain('bell and lone  surrogate');
    const texts = all(svg).filter((el) => el.name === 'text').map(textOf);
    expect(texts.some((t) => t.startsWith('</text><script>'))).toBe(true);
  });

  it('leaves out hidden people and every line touching them', () => {
    const input = { ...sampleInput(), hiddenIds: ['p2'] };
    const full = parseXml(renderMapSvg(sampleInput()));
    const svg = parseXml(renderMapSvg(input));
    const texts = all(svg).filter((el) => el.name === 'text').map(textOf);
    expect(texts).not.toContain('林志远');
    expect(texts).toContain('Zhou Guoping');
    const paths = (el: XmlElement) => all(el).filter((e) => e.name === 'path' && e.attrs.d && !e.attrs.d.startsWith('M0,0')).length;
    // p2 had one reporting line up, one down, and four links.
    expect(paths(full) - paths(svg)).toBe(6);
    expect(texts).not.toContain('Migration risk');
  });

  it('skips people without a position', () => {
    const input = sampleInput();
    delete input.positions.p3;
    const texts = all(parseXml(renderMapSvg(input))).filter((el) => el.name === 'text').map(textOf);
    expect(texts).not.toContain('Risk VP');
    expect(texts).toContain('Architecture lead');
  });

  it('fits the viewBox around every card, wherever the cards are', () => {
    const input = sampleInput();
    input.positions = { p1: { x: -1200, y: -800 }, p2: { x: 2400, y: 50 }, p3: { x: 0, y: 1900 }, p4: { x: 333.333, y: -45.5 } };
    const svg = parseXml(renderMapSvg(input));
    const [vx, vy, vw, vh] = viewBox(svg);
    for (const pos of Object.values(input.positions)) {
      expect(pos.x).toBeGreaterThanOrEqual(vx);
      expect(pos.y).toBeGreaterThanOrEqual(vy);
      expect(pos.x + CARD_WIDTH).toBeLessThanOrEqual(vx + vw);
      expect(pos.y + CARD_HEIGHT).toBeLessThanOrEqual(vy + vh);
    }
    // Fitted, not huge: the margin is modest.
    expect(vx).toBeGreaterThan(-1200 - 100);
    expect(vw).toBeLessThan(2400 + CARD_WIDTH + 1200 + 200);
  });

  it('cuts long names to fit the card, CJK included, keeping the full name in the tooltip', () => {
    const input = sampleInput();
    const long = '中华人民共和国国家发展和改革委员会信息中心主任助理';
    input.people[0] = { ...input.people[0]!, name: long };
    const svg = parseXml(renderMapSvg(input));
    const texts = all(svg).filter((el) => el.name === 'text').map(textOf);
    const shown = texts.find((t) => t.startsWith('中华人民共和国'))!;
    expect(shown.endsWith('…')).toBe(true);
    expect(Array.from(shown).length * 14).toBeLessThanOrEqual(CARD_WIDTH);
    expect(all(svg).filter((el) => el.name === 'title').map(textOf).join('\n')).toContain(long);
  });

  it('colours cards by owner in the coverage view, with the team in the legend', () => {
    const svg = parseXml(renderMapSvg({ ...sampleInput(), colorBy: 'owner', labels: { ...labels, unowned: 'No owner' } }));
    const strokes = all(svg).filter((el) => el.name === 'rect' && el.attrs.width === String(CARD_WIDTH)).map((el) => el.attrs.stroke);
    expect(strokes).toContain(ownerColor(0));
    expect(strokes).toContain(ownerColor(1));
    const texts = all(svg).filter((el) => el.name === 'text').map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['Alice Wong', '李娜', 'No owner']));
  });

  it('is deterministic and draws an empty map as just its legend', () => {
    expect(renderMapSvg(sampleInput())).toBe(renderMapSvg(sampleInput()));
    const empty = parseXml(renderMapSvg({ people: [], links: [], team: [], positions: {}, labels }));
    const [, , w, h] = viewBox(empty);
    expect(w).toBeGreaterThan(0);
    expect(h).toBeGreaterThan(0);
    expect(all(empty).filter((el) => el.name === 'text').map(textOf)).toContain('Champion');
  });

  it('draws the reporting lines of people stacked in a column (compact org chart) from a spine into their side, as the canvas does', () => {
    const input = sampleInput();
    input.links = [];
    // p1's reports stacked in one column: the spine drops from p1's bottom, STACK_INDENT in from its left.
    input.positions = { p1: { x: 0, y: 0 }, p2: { x: 40, y: 200 }, p3: { x: 40, y: 320 }, p4: { x: 300, y: 500 } };
    const reportsPaths = () =>
      all(parseXml(renderMapSvg(input)))
        .filter((el) => el.name === 'path' && el.attrs.stroke === REPORTS_TO_STYLE.stroke && !el.attrs['stroke-dasharray'] && el.attrs.d!.startsWith('M') && !el.attrs.d!.startsWith('M0,0'))
        .map((el) => el.attrs.d);
    const spine = STACK_INDENT;
    expect(reportsPaths()).toEqual(
      expect.arrayContaining([
        `M${spine},${CARD_HEIGHT} L${spine},${200 + CARD_HEIGHT / 2} L40,${200 + CARD_HEIGHT / 2}`,
        `M${spine},${CARD_HEIGHT} L${spine},${320 + CARD_HEIGHT / 2} L40,${320 + CARD_HEIGHT / 2}`,
      ]),
    );
    // p4, alone under p2, keeps the down-across-down line into its top.
    const mid = 200 + CARD_HEIGHT + (500 - 200 - CARD_HEIGHT) / 2;
    expect(reportsPaths()).toContain(`M${40 + CARD_WIDTH / 2},${200 + CARD_HEIGHT} L${40 + CARD_WIDTH / 2},${mid} L${300 + CARD_WIDTH / 2},${mid} L${300 + CARD_WIDTH / 2},500`);
    // Hiding one of the column leaves the other's line as it was.
    const before = reportsPaths().find((d) => d!.endsWith(`L40,${320 + CARD_HEIGHT / 2}`));
    input.hiddenIds = ['p2'];
    expect(reportsPaths()).toContain(before);
  });

  it('keeps internal ids apart when given a prefix', () => {
    const out = renderMapSvg({ ...sampleInput(), idPrefix: 'map2' });
    const ids = all(parseXml(out)).map((el) => el.attrs.id).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id!.startsWith('map2-')).toBe(true);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001Fc\tok\n')).toBe('abc\tok\n');
    expect(escapeXml('😀 中文')).toBe('😀 中文');
    expect(escapeXml('\uDC00x\uD83D')).toBe('x');
  });
});
