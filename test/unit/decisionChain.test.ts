import { describe, expect, it } from 'vitest';
import { layoutDecisionChain, type ChainLayout, type ChainNode } from '../../shared/layout/decisionChain.js';

const node = (id: string, width = 180, height = 72): ChainNode => ({ id, width, height });

function overlapping(nodes: readonly ChainNode[], layout: ChainLayout): string[] {
  const found: string[] = [];
  nodes.forEach((a, i) =>
    nodes.slice(i + 1).forEach((b) => {
      const p = layout.positions[a.id]!;
      const q = layout.positions[b.id]!;
      if (p.x < q.x + b.width && q.x < p.x + a.width && p.y < q.y + b.height && q.y < p.y + a.height) found.push(`${a.id}/${b.id}`);
    }),
  );
  return found;
}

describe('layoutDecisionChain', () => {
  it('places each step after the one before, in the flow’s direction, without overlaps', async () => {
    const nodes = ['architect', 'cio', 'vp', 'cfo', 'procurement', 'president', 'risk'].map((id) => node(id));
    const edges = [
      { source: 'architect', target: 'cio' },
      { source: 'cio', target: 'vp' },
      { source: 'vp', target: 'cfo' },
      { source: 'cfo', target: 'procurement' },
      { source: 'procurement', target: 'president' },
      { source: 'risk', target: 'president' },
    ];
    const layout = await layoutDecisionChain(nodes, edges);
    const p = layout.positions;
    for (const e of edges) expect(p[e.target]!.x, `${e.source} → ${e.target}`).toBeGreaterThanOrEqual(p[e.source]!.x + 180);
    expect(overlapping(nodes, layout)).toEqual([]);
    expect(Math.min(...Object.values(p).map((q) => q.x))).toBe(0);
    expect(Math.min(...Object.values(p).map((q) => q.y))).toBe(0);

    const down = await layoutDecisionChain(nodes, edges, { direction: 'DOWN' });
    for (const e of edges) expect(down.positions[e.target]!.y).toBeGreaterThanOrEqual(down.positions[e.source]!.y + 72);
  });

  it('survives cycles, self-links, unknown people and repeated ids', async () => {
    const nodes = [node('a'), node('b'), node('c'), node('d', 120, 40), node('a')];
    const layout = await layoutDecisionChain(nodes, [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'a' },
      { source: 'd', target: 'd' },
      { source: 'c', target: 'gone' },
    ]);
    expect(Object.keys(layout.positions).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(overlapping(nodes.slice(0, 4), layout)).toEqual([]);
    expect(layout.positions.b!.x).toBeGreaterThan(layout.positions.a!.x);
  });

  it('answers an empty layout for no people', async () => {
    expect(await layoutDecisionChain([], [{ source: 'a', target: 'b' }])).toEqual({ positions: {}, width: 0, height: 0 });
  });
});
