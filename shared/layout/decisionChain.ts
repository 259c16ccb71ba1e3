import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Point } from './orgTree.js';

/**
 * The decision-chain auto-layout: elkjs's layered layout, so the decision flows one way (layer by
 * layer) with few crossings. Meant for the tens of people on a decision chain, not whole org
 * charts (those take the tidy tree). Asynchronous; run it in a Web Worker.
 */

export interface ChainNode {
  id: string;
  width: number;
  height: number;
}

/** Give edges in decision order (by step): the layout keeps that order where it can. */
export interface ChainEdge {
  source: string;
  target: string;
}

export interface ChainOptions {
  /** Which way the decision flows. */
  direction?: 'RIGHT' | 'DOWN';
  /** Space between cards in one layer. */
  nodeGap?: number;
  /** Space between layers. */
  layerGap?: number;
}

export interface ChainLayout {
  /** Top-left corner of every card; the drawing starts at (0, 0). */
  positions: Record<string, Point>;
  width: number;
  height: number;
}

let elk: Promise<ELK> | null = null;

/** ELK is about 2 MB of code: loaded (a separate chunk in the app's bundle) on the first layout. */
const loadElk = async (): Promise<ELK> => {
  const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
  return new Elk();
};

/**
 * Cycles (A → B → A happens: a decision goes back for approval) are broken by ELK itself. Edges to
 * unknown people and edges from a person to themselves are left out; repeated ids count once.
 */
export async function layoutDecisionChain(
  nodes: readonly ChainNode[],
  edges: readonly ChainEdge[],
  options: ChainOptions = {},
): Promise<ChainLayout> {
  const known = new Set<string>();
  const children: ElkNode[] = [];
  for (const node of nodes) {
    if (known.has(node.id)) continue;
    known.add(node.id);
    children.push({ id: node.id, width: Math.max(0, node.width), height: Math.max(0, node.height) });
  }
  if (children.length === 0) return { positions: {}, width: 0, height: 0 };
  const usable = edges.filter((e) => e.source !== e.target && known.has(e.source) && known.has(e.target));

  elk ??= loadElk().catch((error: unknown) => {
    elk = null; // let the next layout try again
    throw error;
  });
  const graph = await (await elk).layout({
    id: '__root__',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': options.direction ?? 'RIGHT',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
      'elk.spacing.nodeNode': String(options.nodeGap ?? 40),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(options.layerGap ?? 80),
      'elk.spacing.componentComponent': String(options.nodeGap ?? 40),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children,
    edges: usable.map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
  });

  const positions: Record<string, Point> = {};
  let left = Infinity;
  let top = Infinity;
  for (const child of graph.children ?? []) {
    left = Math.min(left, child.x ?? 0);
    top = Math.min(top, child.y ?? 0);
  }
  let width = 0;
  let height = 0;
  for (const child of graph.children ?? []) {
    const x = (child.x ?? 0) - left;
    const y = (child.y ?? 0) - top;
    positions[child.id] = { x, y };
    width = Math.max(width, x + (child.width ?? 0));
    height = Math.max(height, y + (child.height ?? 0));
  }
  return { positions, width, height };
}
