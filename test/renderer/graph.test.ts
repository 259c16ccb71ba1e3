import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/domain/mapStyle.js';
import { buildGraph, ROUTE_IN_PAGE_MAX, type Graph, type GraphInput } from '../../renderer/src/features/map/graph.js';
import { NO_FILTERS, type DeptNode, type LinkEdge, type MapEdge, type MapNode, type PersonNode, type ReportsEdge } from '../../renderer/src/features/map/types.js';
import type { AccountMap } from '../../shared/contract/index.js';
import { accountMap, link, member, person } from './fixtures.js';

const WORDS: GraphInput['words'] = {
  reportsTo: 'Reports to',
  kinds: {
    dotted_reports_to: 'Dotted line',
    influences: 'Influences',
    decision_flow: 'Decision step',
    pain_chain: 'Pain chain',
    ally: 'Ally',
    conflict: 'Conflict',
  },
};
const NOTHING: Graph = { nodes: [], edges: [] };

function build(map: AccountMap, over: Partial<GraphInput> = {}, previous: Graph = NOTHING): Graph {
  const input: GraphInput = {
    map,
    auto: {},
    layered: null,
    view: 'org',
    filters: NO_FILTERS,
    collapsed: new Set(),
    collapsedDepts: new Set(),
    selected: new Set(),
    selectedEdge: null,
    words: WORDS,
    locale: 'en',
    ...over,
  };
  return buildGraph(input, previous);
}

const card = (graph: Graph, id: string): PersonNode => {
  const node = graph.nodes.find((n): n is PersonNode => n.type === 'person' && n.id === id);
  if (!node) throw new Error(`no card for ${id}`);
  return node;
};
const edge = (graph: Graph, id: string): MapEdge => {
  const found = graph.edges.find((e) => e.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};
/** What is shown: only that becomes nodes and edges (hidden people and their lines are left out). */
const shown = (items: readonly (MapNode | MapEdge)[]) => items.map((item) => item.id).sort();
const has = (items: readonly (MapNode | MapEdge)[], id: string) => items.some((item) => item.id === id);

/**
 *            Ceo (Board)
 *          /            \
 *   Cio (IT, DM)     Cfo (Finance)
 *        |
 *   Arch (IT)
 * Decision flow Cio → Cfo (1) → Ceo (2); Cio also influences Cfo; Arch and Cfo are in conflict.
 */
const org = () =>
  accountMap(
    [
      person('ceo', { name: 'Ada Ceo', title: 'CEO', department: 'Board', ownerId: 'm1' }, { x: 0, y: 0 }),
      person('cio', { name: 'Ian Cio', title: 'CIO', department: 'IT', reportsToId: 'ceo', roles: ['decision_maker'], attitude: 'champion' }, { x: -300, y: 200 }),
      person('cfo', { name: 'Fay Cfo', title: 'CFO', department: 'Finance ', reportsToId: 'ceo', attitude: 'opponent' }, { x: 300, y: 200 }),
      person('arch', { name: 'Ari Arch', department: 'IT', reportsToId: 'cio' }, { x: -300, y: 400 }),
    ],
    [
      link('l-decide-1', 'cio', 'cfo', 'decision_flow', { step: 1, label: 'budget' }),
      link('l-decide-2', 'cfo', 'ceo', 'decision_flow', { step: 2 }),
      link('l-influence', 'cio', 'cfo', 'influences'),
      link('l-conflict', 'arch', 'cfo', 'conflict'),
    ],
    [member('m1', 'Wendy Account'), member('m2', 'Peter Presales')],
  );

describe('buildGraph: cards and lines', () => {
  it('draws one card per person where they stand, and a reporting line from each manager down to each report', () => {
    const graph = build(org());
    expect(graph.nodes.map((n) => n.id)).toEqual(['ceo', 'cio', 'cfo', 'arch']);
    expect(card(graph, 'cio').position).toEqual({ x: -300, y: 200 });
    expect(card(graph, 'cio').ariaLabel).toBe('Ian Cio, CIO');
    expect(card(graph, 'arch').ariaLabel).toBe('Ari Arch');
    const reports = graph.edges.filter((e): e is ReportsEdge => e.type === 'reports');
    expect(reports.map((e) => [e.source, e.target])).toEqual([
      ['ceo', 'cio'],
      ['ceo', 'cfo'],
      ['cio', 'arch'],
    ]);
    expect(edge(graph, 'reports:arch').ariaLabel).toBe('Reports to: Ari Arch → Ian Cio');
    expect([card(graph, 'ceo').data.reports, card(graph, 'cio').data.reports, card(graph, 'arch').data.reports]).toEqual([2, 1, 0]);
    expect(shown(graph.nodes)).toHaveLength(4);
    expect(shown(graph.edges)).toHaveLength(7);
  });

  it('keeps each link’s kind; directed kinds get an arrow, mutual ones do not; the name says kind, people, step and label', () => {
    const graph = build(org());
    const decide = edge(graph, 'l-decide-1') as LinkEdge;
    expect(decide.type).toBe('link');
    expect(decide.data?.link.kind).toBe('decision_flow');
    expect([decide.source, decide.target]).toEqual(['cio', 'cfo']);
    expect(decide.markerEnd).toBeDefined();
    expect(decide.ariaLabel).toBe('Decision step: Ian Cio → Fay Cfo (1) – budget');
    const conflict = edge(graph, 'l-conflict') as LinkEdge;
    expect(conflict.data?.link.kind).toBe('conflict');
    expect(conflict.markerEnd).toBeUndefined();
    expect(conflict.ariaLabel).toBe('Conflict: Ari Arch → Fay Cfo');
  });

  it('draws two lines between the same two people apart, on either side', () => {
    const graph = build(org());
    const a = (edge(graph, 'l-decide-1') as LinkEdge).data!.offset;
    const b = (edge(graph, 'l-influence') as LinkEdge).data!.offset;
    expect(a).not.toBe(b);
    expect(a + b).toBe(0);
    expect((edge(graph, 'l-conflict') as LinkEdge).data!.offset).toBe(0);
  });

  it('draws no line to someone who is not in the map (e.g. deleted meanwhile)', () => {
    const map = org();
    const graph = build({ ...map, links: [...map.links, link('l-ghost', 'cio', 'ghost', 'ally')] });
    expect(graph.edges.map((e) => e.id)).not.toContain('l-ghost');
  });

  it('shows someone without a position only once a layout gives them one', () => {
    const map = accountMap([person('boss', {}, { x: 0, y: 0 }), person('new', { reportsToId: 'boss' })]);
    expect(has(build(map).nodes, 'new')).toBe(false);
    expect(has(build(map).edges, 'reports:new')).toBe(false);
    const laidOut = build(map, { auto: { new: { x: 10, y: 200 } } });
    expect(card(laidOut, 'new')).toMatchObject({ position: { x: 10, y: 200 } });
    expect(has(laidOut.edges, 'reports:new')).toBe(true);
  });

  it('uses the decision chain’s own layout when it has one, and then cards cannot be dragged', () => {
    const graph = build(org(), { view: 'decision', layered: { cio: { x: 0, y: 0 }, cfo: { x: 400, y: 0 }, ceo: { x: 800, y: 0 } } });
    expect(card(graph, 'cfo').position).toEqual({ x: 400, y: 0 });
    expect(card(graph, 'cfo').draggable).toBe(false);
    expect(has(graph.nodes, 'arch')).toBe(false);
    expect(card(build(org()), 'cfo').draggable).toBe(true);
  });

  it('marks the selected cards and line', () => {
    const graph = build(org(), { selected: new Set(['cfo']), selectedEdge: 'l-conflict' });
    expect(graph.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['cfo']);
    expect(graph.edges.filter((e) => e.selected).map((e) => e.id)).toEqual(['l-conflict']);
  });
});

describe('buildGraph: folding', () => {
  it('folding a manager hides everyone below them and their lines, and the card counts how many are hidden', () => {
    const graph = build(org(), { collapsed: new Set(['cio']) });
    expect(shown(graph.nodes)).toEqual(['ceo', 'cfo', 'cio']);
    expect(card(graph, 'cio').data).toMatchObject({ collapsed: true, hiddenCount: 1, reports: 1 });
    expect(has(graph.edges, 'reports:arch')).toBe(false);
    expect(has(graph.edges, 'l-conflict')).toBe(false);
    expect(has(graph.edges, 'l-decide-1')).toBe(true);
  });

  it('folding the top counts the whole tree below, grandchildren included', () => {
    const graph = build(org(), { collapsed: new Set(['ceo']) });
    expect(shown(graph.nodes)).toEqual(['ceo']);
    expect(card(graph, 'ceo').data).toMatchObject({ collapsed: true, hiddenCount: 3, reports: 2 });
    expect(shown(graph.edges)).toEqual([]);
  });

  it('folding someone without reports changes nothing', () => {
    const graph = build(org(), { collapsed: new Set(['arch']) });
    expect(shown(graph.nodes)).toHaveLength(4);
    expect(card(graph, 'arch').data).toMatchObject({ collapsed: false, hiddenCount: 0 });
  });

  it('a folded department becomes one chip, counting its people, where its most senior member stands', () => {
    const graph = build(org(), { collapsedDepts: new Set(['IT']) });
    const chip = graph.nodes.find((n): n is DeptNode => n.type === 'department');
    expect(chip?.id).toBe('dept:IT');
    expect(chip?.data).toMatchObject({ department: 'IT', count: 2 });
    // Centred on the CIO's card (the CIO is above the architect).
    const cio = card(build(org()), 'cio').position;
    expect(chip!.position.x + chip!.width! / 2).toBe(cio.x + CARD_WIDTH / 2);
    expect(chip!.position.y + chip!.height! / 2).toBe(cio.y + CARD_HEIGHT / 2);
    expect(shown(graph.nodes)).toEqual(['ceo', 'cfo', 'dept:IT']);
  });

  it('a department is matched without the spaces around its name', () => {
    const graph = build(org(), { collapsedDepts: new Set(['Finance']) });
    expect(has(graph.nodes, 'cfo')).toBe(false);
    expect(graph.nodes.find((n) => n.id === 'dept:Finance')?.data).toMatchObject({ count: 1 });
  });
});

describe('buildGraph: filters and views', () => {
  it('a filter hides the people who do not match, and the lines to them', () => {
    const byRole = build(org(), { filters: { ...NO_FILTERS, role: 'decision_maker' } });
    expect(shown(byRole.nodes)).toEqual(['cio']);
    expect(shown(byRole.edges)).toEqual([]);
    const byDept = build(org(), { filters: { ...NO_FILTERS, department: 'IT' } });
    expect(shown(byDept.nodes)).toEqual(['arch', 'cio']);
    expect(shown(byDept.edges)).toEqual(['reports:arch']);
    const byAttitude = build(org(), { filters: { ...NO_FILTERS, attitude: 'opponent' } });
    expect(shown(byAttitude.nodes)).toEqual(['cfo']);
  });

  it('the decision view dims the people outside the decision chain and the other lines, and raises its links', () => {
    const graph = build(org(), { view: 'decision' });
    expect(graph.nodes.filter((n) => n.type === 'person' && n.data.dimmed).map((n) => n.id)).toEqual(['arch']);
    const decide = edge(graph, 'l-decide-2') as LinkEdge;
    expect(decide.data).toMatchObject({ dimmed: false, emphasis: true });
    expect(decide.zIndex).toBe(1);
    expect((edge(graph, 'l-conflict') as LinkEdge).data).toMatchObject({ dimmed: true, emphasis: false });
    expect((edge(graph, 'reports:cio') as ReportsEdge).data?.dimmed).toBe(true);
    // Dimmed is not hidden: everyone stays on the map.
    expect(shown(graph.nodes)).toHaveLength(4);
  });

  it('the pain view is about pain chains: with none, everyone is dimmed', () => {
    const graph = build(org(), { view: 'pain' });
    expect(graph.nodes.every((n) => n.type === 'person' && n.data.dimmed)).toBe(true);
  });

  it('the org view dims nobody', () => {
    const graph = build(org());
    expect(graph.nodes.some((n) => n.type === 'person' && n.data.dimmed)).toBe(false);
    expect(graph.edges.some((e) => e.data?.dimmed)).toBe(false);
  });

  it('the coverage view colours cards by owner; the unowned have none', () => {
    const graph = build(org(), { view: 'coverage' });
    expect(card(graph, 'ceo').data).toMatchObject({ coverage: true, ownerName: 'Wendy Account', ownerInitials: 'WA' });
    expect(card(graph, 'ceo').data.ownerColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(card(graph, 'cfo').data).toMatchObject({ ownerName: null, ownerColor: null });
  });

  it('colours each department differently, whatever the spaces around its name', () => {
    const graph = build(org());
    expect(card(graph, 'cio').data.deptColor).toBe(card(graph, 'arch').data.deptColor);
    expect(card(graph, 'cio').data.deptColor).not.toBe(card(graph, 'cfo').data.deptColor);
    expect(card(graph, 'cfo').data.deptColor).not.toBeNull();
  });
});

describe('buildGraph: redrawing only what changed', () => {
  it('an edit of one person gives a new object for their card only; every other card and line keeps its object', () => {
    const map = org();
    const first = build(map);
    const edited = { ...map, people: map.people.map((p) => (p.id === 'arch' ? { ...p, title: 'Architect' } : p)) };
    const second = build(edited, {}, first);
    expect(card(second, 'arch')).not.toBe(card(first, 'arch'));
    expect(card(second, 'arch').ariaLabel).toBe('Ari Arch, Architect');
    for (const id of ['ceo', 'cio', 'cfo']) expect(card(second, id)).toBe(card(first, id));
    second.edges.forEach((e, i) => expect(e).toBe(first.edges[i]));
  });

  it('folding redraws the folded card and the hidden ones, not the rest', () => {
    const map = org();
    const first = build(map);
    const folded = build(map, { collapsed: new Set(['cio']) }, first);
    expect(card(folded, 'cio')).not.toBe(card(first, 'cio'));
    expect(has(folded.nodes, 'arch')).toBe(false);
    expect(card(folded, 'cfo')).toBe(card(first, 'cfo'));
    expect(edge(folded, 'l-decide-1')).toBe(edge(first, 'l-decide-1'));
  });
});

describe('the lines of a large map', () => {
  // More cards than are routed in the page, with a line from the first card to the tenth, behind the eight between them.
  const count = ROUTE_IN_PAGE_MAX + 50;
  const row = Array.from({ length: count }, (_, i) => person(`p${i}`, {}, { x: i * (CARD_WIDTH + 20), y: 0 }));
  const across = link('across', 'p0', 'p9', 'influences');
  const map = accountMap(row, [across]);
  const line = (graph: Graph) => edge(graph, 'across') as LinkEdge;

  it('are routed in the worker: until the answer, a line keeps the route it had', () => {
    const first = build(map);
    expect(first.routeJob?.cards).toHaveLength(count);
    expect(first.routeJob?.routeLinks.map((l) => l.id)).toEqual(['across']);
    expect(line(first).data!.route.bend).toBe(0);

    const bent = { bend: 80, step: null, label: null };
    const answer = { key: first.routeJob!.key, links: map.links, routes: new Map([['across', bent]]) };
    const answered = build(map, { routed: answer }, first);
    expect(answered.routeJob).toBeNull();
    expect(line(answered).data!.route).toEqual(bent);

    // Someone moves: the cards are elsewhere, so a new job; the line stays bent meanwhile.
    const moved = accountMap(row.map((p, i) => (i === 5 ? { ...p, y: 400 } : p)), [across]);
    const after = build(moved, { routed: answer }, answered);
    expect(after.routeJob?.key).not.toBe(first.routeJob!.key);
    expect(line(after).data!.route).toEqual(bent);
  });

  it('an answer for cards that have moved since is not drawn', () => {
    const other = accountMap(row, [{ ...across }]);
    const first = build(other);
    const moved = accountMap(row.map((p, i) => (i === 5 ? { ...p, y: 400 } : p)), other.links);
    const stale = build(moved, { routed: { key: first.routeJob!.key, links: other.links, routes: new Map([['across', { bend: 130, step: null, label: null }]]) } }, first);
    expect(stale.routeJob).not.toBeNull();
    expect(line(stale).data!.route.bend).toBe(0);
  });

  it('a small map is routed at once, in the page', () => {
    const small = accountMap(row.slice(0, 20), [link('across', 'p0', 'p9', 'influences')]);
    const graph = build(small);
    expect(graph.routeJob).toBeNull();
    expect(line(graph).data!.route.bend).not.toBe(0);
  });
});
