import { describe, expect, it } from 'vitest';
import { layoutOrgTree, type OrgTreeLayout, type OrgTreeNode } from '../../shared/layout/orgTree.js';
import { STACK_INDENT, reportsToRoute, routePath, stackSides } from '../../shared/layout/reportLines.js';
import { generateOrg } from '../helpers/orgGenerator.js';

const card = (id: string, reportsToId: string | null, width = 200, height = 80): OrgTreeNode => ({ id, reportsToId, width, height });

/** Pairs of cards whose rectangles overlap (sweep over x, so big layouts stay quick to check). */
function overlaps(nodes: readonly OrgTreeNode[], layout: OrgTreeLayout): string[] {
  const boxes = nodes
    .filter((n) => layout.positions[n.id])
    .map((n) => ({ id: n.id, ...layout.positions[n.id]!, w: n.width, h: n.height }))
    .sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < a.x + a.w; j++) {
      const b = boxes[j]!;
      if (b.y < a.y + a.h && a.y < b.y + b.h) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

function expectBelowManagers(nodes: readonly OrgTreeNode[], layout: OrgTreeLayout) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    const here = layout.positions[node.id];
    const boss = node.reportsToId === null ? undefined : byId.get(node.reportsToId);
    const there = boss && layout.positions[boss.id];
    if (here && boss && there) expect(here.y, `${node.id} below ${boss.id}`).toBeGreaterThanOrEqual(there.y + boss.height);
  }
}

describe('layoutOrgTree', () => {
  it('puts reports below their manager, centred under them, without overlaps', () => {
    const nodes = [card('ceo', null), card('cio', 'ceo'), card('cfo', 'ceo'), card('dev', 'cio'), card('ops', 'cio'), card('budget', 'cfo')];
    const layout = layoutOrgTree(nodes);
    expect(Object.keys(layout.positions).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
    const p = layout.positions;
    expect(p.dev!.y).toBe(p.ops!.y);
    expect(p.cio!.x + 100).toBeCloseTo((p.dev!.x + p.ops!.x) / 2 + 100);
    expect(p.cio!.x).toBeLessThan(p.cfo!.x);
    expect(Math.min(...Object.values(p).map((q) => q.x))).toBe(0);
    expect(p.ceo!.y).toBe(0);
    expect(layout.width).toBe(Math.max(...Object.values(p).map((q) => q.x + 200)));
  });

  it('handles cards of different sizes', () => {
    const nodes = [card('a', null, 300, 120), card('b', 'a', 80, 40), card('c', 'a', 400, 60), card('d', 'b', 150, 200), card('e', 'c', 90, 90)];
    const layout = layoutOrgTree(nodes, { gapX: 10, gapY: 20 });
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
  });

  it('lays out a forest side by side: missing or unknown managers make roots, lone people go in a grid below', () => {
    const nodes = [
      card('a', null),
      card('a1', 'a'),
      card('b', 'deleted-manager'),
      card('b1', 'b'),
      ...Array.from({ length: 7 }, (_, i) => card(`lone${i}`, i === 0 ? 'filtered-out' : null)),
    ];
    const layout = layoutOrgTree(nodes);
    const p = layout.positions;
    expect(overlaps(nodes, layout)).toEqual([]);
    expect(p.a!.y).toBe(p.b!.y);
    expect(p.a!.x + 200).toBeLessThan(p.b!.x);
    const treesBottom = Math.max(p.a1!.y, p.b1!.y) + 80;
    for (let i = 0; i < 7; i++) expect(p[`lone${i}`]!.y).toBeGreaterThan(treesBottom);
    expect(new Set(Array.from({ length: 7 }, (_, i) => p[`lone${i}`]!.y)).size).toBeGreaterThan(1);
  });

  it('hides the subtree under a collapsed person and counts it', () => {
    const nodes = [card('ceo', null), card('cio', 'ceo'), card('dev', 'cio'), card('qa', 'dev'), card('ops', 'cio'), card('cfo', 'ceo')];
    const layout = layoutOrgTree(nodes, { collapsed: ['cio', 'dev', 'unknown', 'cfo'] });
    expect(layout.hidden.sort()).toEqual(['dev', 'ops', 'qa']);
    expect(layout.hiddenCount).toEqual({ cio: 3 });
    expect(Object.keys(layout.positions).sort()).toEqual(['ceo', 'cfo', 'cio']);
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
  });

  it('keeps a collapsed top manager at the top', () => {
    const nodes = [card('ceo', null), card('cio', 'ceo'), card('lone', null)];
    const layout = layoutOrgTree(nodes, { collapsed: ['ceo'] });
    expect(layout.hiddenCount).toEqual({ ceo: 1 });
    expect(layout.positions.ceo).toEqual({ x: 0, y: 0 });
    expect(layout.positions.lone!.y).toBeGreaterThan(80);
  });

  it('survives reporting cycles, self-reporting and repeated ids', () => {
    const nodes = [card('a', 'c'), card('b', 'a'), card('c', 'b'), card('d', 'd'), card('e', 'b'), card('a', null)];
    const layout = layoutOrgTree(nodes);
    expect(Object.keys(layout.positions).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(overlaps(nodes.slice(0, 5), layout)).toEqual([]);
  });

  it('survives an absurdly deep chain without running out of stack', () => {
    const nodes = Array.from({ length: 6000 }, (_, i) => card(`n${i}`, i === 0 ? null : `n${i - 1}`));
    nodes.push(card('side', 'n10'));
    const layout = layoutOrgTree(nodes);
    expect(Object.keys(layout.positions)).toHaveLength(6001);
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
  });

  it('lays out a 1,500-person org chart (depth 6–9, spans 1–15) without overlaps, the same way every time', () => {
    const org = generateOrg({ size: 1500, seed: 42 });
    const nodes = org.people.map((p) => card(p.id, p.fields.reportsToId, 180 + (p.level % 3) * 20, 72));
    const layout = layoutOrgTree(nodes);
    expect(Object.keys(layout.positions)).toHaveLength(1500);
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
    expect(layoutOrgTree(nodes)).toEqual(layout);

    const collapsed = org.people.filter((p) => p.level === 3).map((p) => p.id);
    const folded = layoutOrgTree(nodes, { collapsed });
    expect(Object.keys(folded.positions).length + folded.hidden.length).toBe(1500);
    expect(Object.values(folded.hiddenCount).reduce((a, b) => a + b, 0)).toBe(folded.hidden.length);
    expect(overlaps(nodes, folded)).toEqual([]);
  });
});

/** The same left edge for every card in `ids`, each the given distance below the one before. */
function expectColumn(layout: OrgTreeLayout, ids: string[], step: number) {
  const at = ids.map((id) => layout.positions[id]!);
  for (let k = 1; k < at.length; k++) {
    expect(at[k]!.x, `${ids[k]} aligned with ${ids[0]}`).toBe(at[0]!.x);
    expect(at[k]!.y - at[k - 1]!.y, `${ids[k]} below ${ids[k - 1]}`).toBe(step);
  }
}

describe('layoutOrgTree, compact', () => {
  const compact = { compact: true, gapX: 28, gapY: 64, stackGapY: 16 };

  it('stacks the reports of a manager who has only people without reports in one column hanging from a spine', () => {
    const nodes = [card('ceo', null), card('a', 'ceo'), card('b', 'ceo'), card('c', 'ceo')];
    const layout = layoutOrgTree(nodes, compact);
    const p = layout.positions;
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
    expectColumn(layout, ['a', 'b', 'c'], 80 + 16);
    // The column starts one gap under the manager and is indented by twice the spine's indent.
    expect(p.a!.y).toBe(p.ceo!.y + 80 + 64);
    expect(p.a!.x - p.ceo!.x).toBe(2 * STACK_INDENT);
    // Far narrower than a row of three.
    expect(layout.width).toBe(200 + 2 * STACK_INDENT);
    expect(layoutOrgTree(nodes, { gapX: 28 }).width).toBe(3 * 200 + 2 * 28);
  });

  it('takes two columns either side of the manager from four stacked people on, filled row by row', () => {
    const nodes = [card('m', null), ...['a', 'b', 'c', 'd', 'e'].map((id) => card(id, 'm'))];
    const layout = layoutOrgTree(nodes, compact);
    const p = layout.positions;
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
    expectColumn(layout, ['a', 'c', 'e'], 96);
    expectColumn(layout, ['b', 'd'], 96);
    expect(p.a!.y).toBe(p.b!.y);
    // The manager's centre is the spine, a spine's indent from each column.
    const spine = p.m!.x + 100;
    expect(spine - (p.a!.x + 200)).toBe(STACK_INDENT);
    expect(p.b!.x - spine).toBe(STACK_INDENT);
  });

  it('keeps managers among the reports as a tidy row and stacks the others beside them', () => {
    const nodes = [
      card('cio', null),
      card('deputy', 'cio'),
      card('arch', 'deputy'),
      card('dev', 'deputy'),
      card('test', 'deputy'),
      card('ops', 'cio'),
      card('sec', 'cio'),
      card('pmo', 'cio'),
      card('lone', 'cio2'),
    ];
    const layout = layoutOrgTree(nodes, compact);
    const p = layout.positions;
    expect(Object.keys(p)).toHaveLength(nodes.length);
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
    expectColumn(layout, ['arch', 'dev', 'test'], 96);
    expectColumn(layout, ['ops', 'sec', 'pmo'], 96);
    // The stack stands in the row of the manager's other reports, after the first half of them.
    expect(p.ops!.y).toBe(p.deputy!.y);
    expect(p.ops!.x).toBeGreaterThan(p.deputy!.x + 200);
    expect(layout.width).toBeLessThan(layoutOrgTree(nodes, { gapX: 28, gapY: 64 }).width);

    // With a second sub-team the stack hangs between the two, about under the manager.
    const wider = [...nodes, card('infra', 'cio'), card('net', 'infra')];
    const q = layoutOrgTree(wider, compact).positions;
    expect(overlaps(wider, layoutOrgTree(wider, compact))).toEqual([]);
    expect(q.deputy!.x + 200).toBeLessThan(q.ops!.x);
    expect(q.ops!.x + 200).toBeLessThan(q.infra!.x);
    expect(q.ops!.x).toBeLessThan(q.cio!.x + 200);
  });

  it('leaves a lone report under their manager and a pair side by side, and stacks folded managers like anyone without reports', () => {
    const nodes = [
      card('ceo', null),
      card('cfo', 'ceo'),
      card('budget', 'cfo'),
      card('cio', 'ceo'),
      card('dev', 'cio'),
      card('qa', 'cio'),
      card('coo', 'ceo'),
      card('ops', 'coo'),
      card('hr', 'coo'),
      card('legal', 'coo'),
    ];
    const open = layoutOrgTree(nodes, compact);
    expect(open.positions.budget!.x).toBe(open.positions.cfo!.x);
    expect(open.positions.budget!.y).toBe(open.positions.cfo!.y + 80 + 64);
    expect(open.positions.dev!.y).toBe(open.positions.qa!.y);
    expect(open.positions.qa!.x - open.positions.dev!.x).toBeGreaterThanOrEqual(200);
    expectColumn(open, ['ops', 'hr', 'legal'], 96);
    expect(overlaps(nodes, open)).toEqual([]);
    const folded = layoutOrgTree(nodes, { ...compact, collapsed: ['cfo', 'cio', 'coo'] });
    expect(Object.keys(folded.positions).sort()).toEqual(['ceo', 'cfo', 'cio', 'coo']);
    expectColumn(folded, ['cfo', 'cio', 'coo'], 96);
    expect(overlaps(nodes, folded)).toEqual([]);
  });

  it('lays out a 1,500-person org chart compact without overlaps, narrower than the tidy tree, the same way every time', () => {
    const org = generateOrg({ size: 1500, seed: 42 });
    const nodes = org.people.map((p) => card(p.id, p.fields.reportsToId, 180 + (p.level % 3) * 20, 72));
    const layout = layoutOrgTree(nodes, compact);
    expect(Object.keys(layout.positions)).toHaveLength(1500);
    expect(overlaps(nodes, layout)).toEqual([]);
    expectBelowManagers(nodes, layout);
    expect(layoutOrgTree(nodes, compact)).toEqual(layout);
    expect(layout.width).toBeLessThan(layoutOrgTree(nodes, { gapX: 28, gapY: 64 }).width / 2);
    // Every stacked person shares their left edge with a fellow report: the lines can find the columns.
    const sides = stackSides(
      org.people.filter((p) => p.fields.reportsToId).map((p) => ({ id: p.id, managerId: p.fields.reportsToId!, x: layout.positions[p.id]!.x })),
      200,
    );
    expect(sides.size).toBeGreaterThan(500);

    const collapsed = org.people.filter((p) => p.level === 3).map((p) => p.id);
    const folded = layoutOrgTree(nodes, { ...compact, collapsed });
    expect(Object.keys(folded.positions).length + folded.hidden.length).toBe(1500);
    expect(overlaps(nodes, folded)).toEqual([]);
    expectBelowManagers(nodes, folded);
  });

  it('survives an absurdly deep chain with the option on (laid out plainly)', () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => card(`n${i}`, i === 0 ? null : `n${i - 1}`));
    nodes.push(card('side', 'n10'), card('side2', 'n10'));
    const layout = layoutOrgTree(nodes, compact);
    expect(Object.keys(layout.positions)).toHaveLength(3002);
    expect(overlaps(nodes, layout)).toEqual([]);
  });
});

describe('reporting lines', () => {
  const W = 200;
  const H = 80;
  const box = (x: number, y: number) => ({ x, y, width: W, height: H });

  it('finds the columns of a compact layout and the side each card is joined from', () => {
    const nodes = [card('m', null), ...['a', 'b', 'c', 'd', 'e'].map((id) => card(id, 'm')), card('x', null), card('x1', 'x'), card('x2', 'x'), card('x3', 'x')];
    const layout = layoutOrgTree(nodes, { compact: true });
    const reports = nodes.filter((n) => n.reportsToId).map((n) => ({ id: n.id, managerId: n.reportsToId!, x: layout.positions[n.id]!.x }));
    const sides = stackSides(reports, W);
    expect(Object.fromEntries([...sides].sort())).toEqual({ a: 'right', b: 'left', c: 'right', d: 'left', e: 'right', x1: 'left', x2: 'left', x3: 'left' });
    // Saved positions are rounded: the columns are still found.
    const rounded = stackSides(reports.map((r) => ({ ...r, x: Math.round(r.x + 0.4) })), W);
    expect(rounded).toEqual(sides);
    // A tidy row has no columns.
    const tidy = layoutOrgTree(nodes);
    expect(stackSides(nodes.filter((n) => n.reportsToId).map((n) => ({ id: n.id, managerId: n.reportsToId!, x: tidy.positions[n.id]!.x })), W).size).toBe(0);
  });

  it('runs down-across-down between tidy cards, and down a spine into the side of stacked ones', () => {
    expect(reportsToRoute(box(100, 0), box(0, 144), null)).toEqual([
      { x: 200, y: 80 },
      { x: 200, y: 112 },
      { x: 100, y: 112 },
      { x: 100, y: 144 },
    ]);
    // One column: the spine drops straight from the manager's bottom, the line enters the card's left side.
    expect(reportsToRoute(box(0, 0), box(2 * STACK_INDENT, 240), 'left')).toEqual([
      { x: STACK_INDENT, y: 80 },
      { x: STACK_INDENT, y: 280 },
      { x: 2 * STACK_INDENT, y: 280 },
    ]);
    // The left one of two columns: joined on its right side, from the spine under the manager's centre.
    const left = reportsToRoute(box(0, 0), box(100 - STACK_INDENT - W, 144), 'right');
    expect(left.at(0)).toEqual({ x: 100, y: 80 });
    expect(left.at(-1)).toEqual({ x: 100 - STACK_INDENT, y: 184 });
    // A stack beside the manager: across at the elbow first, then down its spine.
    const beside = reportsToRoute(box(0, 0), box(500, 144), 'left');
    expect(beside).toEqual([
      { x: 100, y: 80 },
      { x: 100, y: 112 },
      { x: 500 - STACK_INDENT, y: 112 },
      { x: 500 - STACK_INDENT, y: 184 },
      { x: 500, y: 184 },
    ]);
    expect(routePath(beside)).toBe('M100,80 L100,112 L480,112 L480,184 L500,184');
  });
});

describe('generateOrg', () => {
  it('is deterministic and shaped like a real org chart', () => {
    const org = generateOrg({ size: 1500, seed: 7, extraLinks: 300 });
    expect(generateOrg({ size: 1500, seed: 7, extraLinks: 300 })).toEqual(org);
    expect(generateOrg({ size: 1500, seed: 8, extraLinks: 300 })).not.toEqual(org);
    expect(org.people).toHaveLength(1500);
    expect(org.levels).toBeGreaterThanOrEqual(6);
    expect(org.levels).toBeLessThanOrEqual(9);
    const spans = new Map<string, number>();
    for (const p of org.people) if (p.fields.reportsToId) spans.set(p.fields.reportsToId, (spans.get(p.fields.reportsToId) ?? 0) + 1);
    expect(Math.max(...spans.values())).toBeLessThanOrEqual(15);
    expect(org.people.filter((p) => p.fields.reportsToId === null)).toHaveLength(1);
    expect(new Set(org.people.map((p) => p.fields.department)).size).toBeGreaterThanOrEqual(8);
    expect(org.links).toHaveLength(300);
    expect(new Set(org.links.map((l) => l.fields.kind)).size).toBe(6);
    expect(org.links.every((l) => l.sourceId !== l.targetId)).toBe(true);
  });
});
