import { describe, expect, it } from 'vitest';
import { layoutOrgTree, type OrgTreeLayout, type OrgTreeNode } from '../../shared/layout/orgTree.js';
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
