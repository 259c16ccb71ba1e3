import { flextree } from 'd3-flextree';
import { STACK_INDENT } from './reportLines.js';

/**
 * The org-chart auto-layout: a tidy tree (d3-flextree, linear time, cards of any size) built from
 * each person's solid reporting line. Pure and synchronous, so it runs in a Web Worker as well as in
 * tests and benchmarks.
 */

export interface OrgTreeNode {
  id: string;
  reportsToId: string | null;
  width: number;
  height: number;
}

export interface OrgTreeOptions {
  /** People whose reports (and everyone below them) are folded away. */
  collapsed?: Iterable<string>;
  /** Horizontal space between neighbouring cards. */
  gapX?: number;
  /** Vertical space between a manager and their reports. */
  gapY?: number;
  /** Extra space between two separate trees, and above the people who stand alone. */
  treeGap?: number;
  /**
   * Compact arrangement (d3-org-chart's "compact", Visio's stacked layout): a manager's reports who
   * have no reports of their own (or whose reports are folded away), three or more, are stacked in
   * one or two columns under the manager instead of one wide row. Off by default: the plain tidy tree.
   */
  compact?: boolean;
  /** Vertical space between stacked cards. */
  stackGapY?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface OrgTreeLayout {
  /** Top-left corner of every visible card; the whole drawing starts at (0, 0). */
  positions: Record<string, Point>;
  /** People folded away under a collapsed manager (they get no position). */
  hidden: string[];
  /** For each collapsed person with reports: how many people are folded away under them. */
  hiddenCount: Record<string, number>;
  width: number;
  height: number;
}

/** Default vertical space between stacked cards. */
export const STACK_GAP_Y = 16;
const DEFAULTS = { gapX: 24, gapY: 64, treeGap: 64, stackGapY: STACK_GAP_Y };

/** From this many reports without reports of their own, a manager's are stacked (a pair stays side by side). */
export const STACK_FROM = 3;
/** Stacks of this many cards or more take two columns, either side of the spine. */
export const STACK_TWO_COLUMNS_FROM = 4;

/** Cards stacked in one or two columns; coordinates relative to the stack's top-left corner. */
interface Stack {
  cards: Box[];
  width: number;
  height: number;
  /** Top-left corner of each card, in the order of `cards`. */
  at: Point[];
}

interface Box {
  /** The person's index in `nodes`; -1 for the forest's virtual root, -2 for a stack standing among its manager's other reports. */
  index: number;
  width: number;
  height: number;
  /** The box flextree lays out: the card (and any stack under it) plus the gaps around it. */
  size: readonly [number, number];
  /** Which top-level tree the box belongs to (more space between trees than within one). */
  tree: number;
  kids: Box[];
  /** Reports stacked under the card (compact arrangement), or the cards of a stack box. */
  stack?: Stack;
}

/**
 * Lays out a forest: everyone whose manager is missing from `nodes` (deleted, filtered out, or
 * never set) is a root, trees stand side by side, and people with neither manager nor reports are
 * packed in a grid below them instead of one endless row. A reporting cycle (which the backend
 * refuses, but a layout must survive) is broken where it is found.
 */
export function layoutOrgTree(nodes: readonly OrgTreeNode[], options: OrgTreeOptions = {}): OrgTreeLayout {
  const { gapX, gapY, treeGap, stackGapY } = { ...DEFAULTS, ...options };
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, i);
  });

  const parent = new Int32Array(n).fill(-1);
  nodes.forEach((node, i) => {
    const up = node.reportsToId === null ? undefined : indexOf.get(node.reportsToId);
    if (up !== undefined && up !== i && indexOf.get(node.id) === i) parent[i] = up;
  });
  breakCycles(parent);

  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    if (indexOf.get(nodes[i]!.id) !== i) continue; // a repeated id: the first one counts
    const up = parent[i]!;
    if (up >= 0) children[up]!.push(i);
    else roots.push(i);
  }

  const collapsed = new Set<number>();
  for (const id of options.collapsed ?? []) {
    const i = indexOf.get(id);
    if (i !== undefined && children[i]!.length > 0) collapsed.add(i);
  }
  const hidden: string[] = [];
  const hiddenCount: Record<string, number> = {};
  for (const i of collapsed) {
    if (isUnderCollapsed(i, parent, collapsed)) continue;
    const before = hidden.length;
    const stack = [...children[i]!];
    while (stack.length > 0) {
      const j = stack.pop()!;
      hidden.push(nodes[j]!.id);
      stack.push(...children[j]!);
    }
    hiddenCount[nodes[i]!.id] = hidden.length - before;
  }

  const boxes: Box[] = nodes.map((node, index) => {
    const width = Math.max(0, node.width);
    const height = Math.max(0, node.height);
    return { index, width, height, size: [width + gapX, height + gapY], tree: -1, kids: [] };
  });
  const trees: Box[] = [];
  const alone: Box[] = [];
  /** Everyone whose reports are shown, parents before their reports. */
  const managers: Box[] = [];
  let maxDepth = 0;
  for (const root of roots) {
    const box = boxes[root]!;
    if (children[root]!.length === 0) {
      alone.push(box);
      continue;
    }
    box.tree = trees.length;
    trees.push(box);
    const stack = [root];
    const depth = new Map([[root, 0]]);
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (collapsed.has(i)) continue;
      managers.push(boxes[i]!);
      const below = depth.get(i)! + 1;
      for (const j of children[i]!) {
        boxes[j]!.tree = box.tree;
        boxes[i]!.kids.push(boxes[j]!);
        depth.set(j, below);
        maxDepth = Math.max(maxDepth, below);
        stack.push(j);
      }
    }
  }

  const positions: Record<string, Point> = {};
  let width = 0;
  let height = 0;
  if (trees.length > 0) {
    const forest: Box = { index: -1, width: 0, height: 0, size: [0, 0], tree: -1, kids: trees };
    const tidy = maxDepth <= TIDY_DEPTH_MAX;
    if (tidy && options.compact) compactLeaves(managers, { gapX, gapY, stackGapY });
    const centres = tidy ? tidyCentres(forest, treeGap) : stackedCentres(forest, gapX, treeGap);
    const placed = cardsOf(centres, gapX, gapY);
    let left = Infinity;
    for (const [, at] of placed) left = Math.min(left, at.x);
    for (const [box, at] of placed) {
      const x = at.x - left;
      positions[nodes[box.index]!.id] = { x, y: at.y };
      width = Math.max(width, x + box.width);
      height = Math.max(height, at.y + box.height);
    }
  }

  if (alone.length > 0) {
    const cellWidth = Math.max(...alone.map((b) => b.width)) + gapX;
    const cellHeight = Math.max(...alone.map((b) => b.height)) + gapY;
    // Under the trees as wide as they are; on their own, a grid about as wide as a screen (16:9).
    const columns = Math.max(
      1,
      width > 0
        ? Math.floor((width + gapX) / cellWidth)
        : Math.ceil(Math.sqrt((alone.length * cellHeight * 16) / (cellWidth * 9))),
    );
    const top = height > 0 ? height + treeGap : 0;
    alone.forEach((box, k) => {
      const x = (k % columns) * cellWidth;
      const y = top + Math.floor(k / columns) * cellHeight;
      positions[nodes[box.index]!.id] = { x, y };
      width = Math.max(width, x + box.width);
      height = Math.max(height, y + box.height);
    });
  }

  return { positions, hidden, hiddenCount, width, height };
}

/** flextree recurses once per level; deeper trees (not a real org chart) get the stacked layout. */
const TIDY_DEPTH_MAX = 1000;

/**
 * Cards in one column hanging from a spine on their left, or from this many on, in two columns
 * either side of it (filled row by row, so they read left to right, top to bottom).
 */
function stackOf(cards: Box[], stackGapY: number): Stack {
  const columnWidth = Math.max(...cards.map((c) => c.width));
  const rowHeight = Math.max(...cards.map((c) => c.height));
  const two = cards.length >= STACK_TWO_COLUMNS_FROM;
  const rows = two ? Math.ceil(cards.length / 2) : cards.length;
  const at = cards.map((card, k) => {
    const row = two ? Math.floor(k / 2) : k;
    const y = row * (rowHeight + stackGapY);
    if (!two) return { x: 2 * STACK_INDENT, y };
    // Left column: right-aligned to the spine; right column: left-aligned to it.
    return k % 2 === 0 ? { x: columnWidth - card.width, y } : { x: columnWidth + 2 * STACK_INDENT, y };
  });
  const width = two ? 2 * columnWidth + 2 * STACK_INDENT : columnWidth + 2 * STACK_INDENT;
  return { cards, width, height: rows * rowHeight + (rows - 1) * stackGapY, at };
}

/**
 * The compact arrangement, before flextree runs (so it stays linear): a manager whose reports all
 * have none shown of their own carries them as a stack under their card (one tall box for
 * flextree); a manager with both kinds keeps the managers among their reports as a tidy row and
 * stacks the others in one box in the middle of that row. Either way only from STACK_FROM people on.
 */
function compactLeaves(managers: readonly Box[], gaps: { gapX: number; gapY: number; stackGapY: number }) {
  const { gapX, gapY, stackGapY } = gaps;
  // Decided on the tree as it is, before any manager's reports are folded into a stack.
  const leaves = managers.map((box) => box.kids.filter((kid) => kid.kids.length === 0));
  managers.forEach((box, k) => {
    const cards = leaves[k]!;
    if (cards.length < STACK_FROM) return;
    const stack = stackOf(cards, stackGapY);
    if (cards.length === box.kids.length) {
      box.kids = [];
      box.stack = stack;
      box.size = [Math.max(box.width, stack.width) + gapX, box.height + gapY + stack.height + gapY];
      return;
    }
    const block: Box = { index: -2, width: stack.width, height: stack.height, size: [stack.width + gapX, stack.height + gapY], tree: box.tree, kids: [], stack };
    // In the middle of the row (after the first half of the sub-teams), so it hangs about under the manager.
    const teams = box.kids.filter((kid) => kid.kids.length > 0);
    const half = Math.ceil(teams.length / 2);
    box.kids = [...teams.slice(0, half), block, ...teams.slice(half)];
  });
}

/**
 * Top-left corner of every card, from the boxes' top-centres: a card is centred in its box, or,
 * over a one-column stack, left-aligned with it (the stack's spine drops from the card's bottom).
 */
function cardsOf(centres: readonly [Box, Point][], gapX: number, gapY: number): [Box, Point][] {
  const out: [Box, Point][] = [];
  const addStack = (stack: Stack, left: number, top: number) => {
    stack.cards.forEach((card, k) => out.push([card, { x: left + stack.at[k]!.x, y: top + stack.at[k]!.y }]));
  };
  for (const [box, centre] of centres) {
    const inner = box.size[0] - gapX;
    const left = centre.x - inner / 2;
    if (box.index === -2) {
      addStack(box.stack!, left, centre.y);
      continue;
    }
    const stack = box.stack;
    if (!stack) {
      out.push([box, { x: left + (inner - box.width) / 2, y: centre.y }]);
      continue;
    }
    const oneColumn = stack.cards.length < STACK_TWO_COLUMNS_FROM;
    out.push([box, { x: oneColumn ? left : left + (inner - box.width) / 2, y: centre.y }]);
    addStack(stack, oneColumn ? left : left + (inner - stack.width) / 2, centre.y + box.height + gapY);
  }
  return out;
}

/** Top-centre of every box but the forest's virtual root, by flextree. */
function tidyCentres(forest: Box, treeGap: number): [Box, Point][] {
  const layout = flextree<Box>({
    children: (box) => box.kids,
    nodeSize: (node) => node.data.size,
    spacing: (a, b) => (a.data.tree !== b.data.tree ? treeGap : 0),
  });
  const root = layout.hierarchy(forest);
  layout(root);
  const centres: [Box, Point][] = [];
  root.each((node) => {
    if (node.data !== forest) centres.push([node.data, { x: node.x, y: node.y }]);
  });
  return centres;
}

/**
 * A plain, iterative tree layout for pathological depths: leaves take the next column, managers
 * sit over the middle of their reports. Not tidy, but never overlapping and never out of stack.
 */
function stackedCentres(forest: Box, gapX: number, treeGap: number): [Box, Point][] {
  const column = Math.max(...allBoxes(forest).map((b) => b.width)) + gapX;
  const centres = new Map<Box, Point>();
  let next = 0;
  let tree = -1;
  const stack: [Box, number, boolean][] = forest.kids.map((kid) => [kid, 0, false] as [Box, number, boolean]).reverse();
  while (stack.length > 0) {
    const [box, y, expanded] = stack.pop()!;
    if (box.tree !== tree) {
      if (tree >= 0) next += treeGap;
      tree = box.tree;
    }
    if (box.kids.length === 0) {
      centres.set(box, { x: next + column / 2, y });
      next += column;
    } else if (expanded) {
      const first = centres.get(box.kids[0]!)!;
      const last = centres.get(box.kids.at(-1)!)!;
      centres.set(box, { x: (first.x + last.x) / 2, y });
    } else {
      stack.push([box, y, true]);
      for (let k = box.kids.length - 1; k >= 0; k--) stack.push([box.kids[k]!, y + box.size[1], false]);
    }
  }
  return [...centres];
}

function allBoxes(root: Box): Box[] {
  const out: Box[] = [];
  const stack = [...root.kids];
  while (stack.length > 0) {
    const box = stack.pop()!;
    out.push(box);
    stack.push(...box.kids);
  }
  return out;
}

/** Cuts every cycle in the parent array (in place), visiting each node once. */
function breakCycles(parent: Int32Array) {
  const state = new Uint8Array(parent.length); // 0 new, 1 on the current path, 2 done
  const path: number[] = [];
  for (let start = 0; start < parent.length; start++) {
    let i = start;
    while (i >= 0 && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      i = parent[i]!;
    }
    if (i >= 0 && state[i] === 1) parent[i] = -1; // back on the current path: a cycle; `i` becomes a root
    for (const j of path) state[j] = 2;
    path.length = 0;
  }
}

function isUnderCollapsed(i: number, parent: Int32Array, collapsed: Set<number>): boolean {
  for (let up = parent[i]!; up >= 0; up = parent[up]!) if (collapsed.has(up)) return true;
  return false;
}
