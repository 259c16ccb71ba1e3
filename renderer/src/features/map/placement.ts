import { CARD_HEIGHT as H, CARD_WIDTH as W, LAYOUT_GAP_X, LAYOUT_GAP_Y } from '../../../../shared/domain/mapStyle.js';
import { childrenOf, descendantsOf } from '../../../../shared/domain/reportingTree.js';
import { layoutOrgTree, STACK_GAP_Y } from '../../../../shared/layout/orgTree.js';
import { childrenIn } from './treeIndex.js';
import type { XY } from './types.js';

/** What the layouts need of a person (plain data: it crosses into the layout worker). */
export interface LayoutPerson {
  id: string;
  reportsToId: string | null;
  x: number | null;
  y: number | null;
}

const TREE_GAP = 96;

/** Nobody placed by hand: the map is a tidy tree, laid out again whenever the fold or a reporting line changes. */
export const isTidyTree = (people: readonly { x: number | null; y: number | null }[]): boolean =>
  people.length > 0 && people.every((p) => p.x === null || p.y === null);

/** The people not folded away under one of the `collapsed` managers. */
export function shownPeople<P extends { id: string; reportsToId: string | null }>(people: readonly P[], collapsed: ReadonlySet<string>): P[] {
  if (collapsed.size === 0) return [...people];
  const children = childrenIn(people);
  const hidden = new Set<string>();
  for (const id of collapsed) for (const below of descendantsOf(id, children)) hidden.add(below);
  return people.filter((p) => !hidden.has(p.id));
}
const card = (id: string, reportsToId: string | null) => ({ id, reportsToId, width: W, height: H });

/**
 * A tidy org chart ignoring stored positions; people folded under `collapsed` managers get none.
 * `compact` stacks the reports who have none of their own in columns under their manager.
 */
export function layoutAll(people: readonly LayoutPerson[], collapsed: readonly string[] = [], compact = false): Record<string, XY> {
  return layoutOrgTree(
    people.map((p) => card(p.id, p.reportsToId)),
    { gapX: LAYOUT_GAP_X, gapY: LAYOUT_GAP_Y, treeGap: TREE_GAP, collapsed, compact },
  ).positions;
}

/** Cards already on the canvas, bucketed on a coarse grid so overlap tests stay cheap. */
class Occupied {
  private cells = new Map<string, XY[]>();
  private static SIZE = 512;
  add(at: XY) {
    for (const key of this.keys(at)) {
      const list = this.cells.get(key);
      if (list) list.push(at);
      else this.cells.set(key, [at]);
    }
  }
  /** Whether a card at `at` would cover (or touch, within `margin`) one already there. */
  covers(at: XY, margin: number): boolean {
    for (const key of this.keys(at)) {
      for (const other of this.cells.get(key) ?? []) {
        if (Math.abs(other.x - at.x) < W + margin && Math.abs(other.y - at.y) < H + margin) return true;
      }
    }
    return false;
  }
  hits(at: XY): boolean {
    for (const key of this.keys(at)) {
      for (const other of this.cells.get(key) ?? []) {
        if (Math.abs(other.x - at.x) < W + LAYOUT_GAP_X / 2 && Math.abs(other.y - at.y) < H + LAYOUT_GAP_Y / 2) return true;
      }
    }
    return false;
  }
  private keys(at: XY): string[] {
    const s = Occupied.SIZE;
    const keys: string[] = [];
    for (let cx = Math.floor((at.x - W) / s); cx <= Math.floor((at.x + 2 * W) / s); cx++) {
      for (let cy = Math.floor((at.y - H) / s); cy <= Math.floor((at.y + 2 * H) / s); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  }
}

/**
 * Positions for the people who have none, leaving everyone placed by hand where they are. With
 * nobody placed, that is the tidy tree. Otherwise each unplaced group (an unplaced person and the
 * unplaced people below them) is laid out as a small tree, hung under its manager when the manager
 * is on the canvas (else to the right of everything), then slid right until it overlaps no card.
 * In a compact map, a lone new report of a manager whose reports stand in columns joins a column.
 */
export function placeUnplaced(people: readonly LayoutPerson[], compact = false): Record<string, XY> {
  const isPlaced = (p: LayoutPerson) => p.x !== null && p.y !== null;
  const unplaced = people.filter((p) => !isPlaced(p));
  if (unplaced.length === 0) return {};
  if (unplaced.length === people.length) return layoutAll(people, [], compact);

  const byId = new Map(people.map((p) => [p.id, p]));
  const unplacedChildren = childrenOf(unplaced);
  const occupied = new Occupied();
  let right = -Infinity;
  let top = Infinity;
  for (const p of people) {
    if (!isPlaced(p)) continue;
    occupied.add({ x: p.x!, y: p.y! });
    right = Math.max(right, p.x! + W);
    top = Math.min(top, p.y!);
  }

  const out: Record<string, XY> = {};
  const reportsOf = childrenOf(people);
  /** Compact maps: one more report of a manager whose reports stand in columns joins the shortest column, at its foot. */
  const joinColumn = (managerId: string): XY | null => {
    const columns = new Map<number, number[]>();
    for (const id of reportsOf.get(managerId) ?? []) {
      const r = byId.get(id)!;
      const at = isPlaced(r) ? { x: r.x!, y: r.y! } : out[r.id];
      if (at) columns.set(at.x, [...(columns.get(at.x) ?? []), at.y]);
    }
    const stacked = [...columns].filter(([, ys]) => ys.length > 1).sort((a, b) => a[1].length - b[1].length || a[0] - b[0]);
    const shortest = stacked[0];
    if (!shortest) return null;
    const at = { x: shortest[0], y: Math.max(...shortest[1]) + H + STACK_GAP_Y };
    return occupied.covers(at, STACK_GAP_Y / 2) ? null : at;
  };
  const roots = unplaced.filter((p) => !p.reportsToId || !byId.has(p.reportsToId) || isPlaced(byId.get(p.reportsToId)!));
  // Hung under a manager first, so free-standing groups go to the right of them.
  roots.sort((a, b) => Number(!a.reportsToId || !byId.has(a.reportsToId)) - Number(!b.reportsToId || !byId.has(b.reportsToId)));
  const loose: LayoutPerson[] = [];
  for (const root of roots) {
    const group = [root, ...descendantsOf(root.id, unplacedChildren).map((id) => byId.get(id)!)];
    const manager = root.reportsToId ? byId.get(root.reportsToId) : undefined;
    if (!manager && group.length === 1) {
      loose.push(root);
      continue;
    }
    const inColumn = compact && manager && group.length === 1 ? joinColumn(manager.id) : null;
    if (inColumn) {
      out[root.id] = inColumn;
      occupied.add(inColumn);
      right = Math.max(right, inColumn.x + W);
      continue;
    }
    const tree = layoutOrgTree(
      group.map((p) => card(p.id, p === root ? null : p.reportsToId)),
      { gapX: LAYOUT_GAP_X, gapY: LAYOUT_GAP_Y, compact },
    ).positions;
    const rootAt = tree[root.id]!;
    let dx = manager && isPlaced(manager) ? manager.x! - rootAt.x : right + TREE_GAP;
    const dy = manager && isPlaced(manager) ? manager.y! + H + LAYOUT_GAP_Y : top;
    const shifted = (d: number) => Object.entries(tree).map(([id, at]) => [id, { x: at.x + d, y: at.y + dy }] as const);
    for (let tries = 0; tries < 400 && shifted(dx).some(([, at]) => occupied.hits(at)); tries++) dx += W + LAYOUT_GAP_X;
    for (const [id, at] of shifted(dx)) {
      out[id] = at;
      occupied.add(at);
      right = Math.max(right, at.x + W);
    }
  }
  // People with neither a placed manager nor reports: a column-wise grid right of everything.
  const rows = Math.max(1, Math.ceil(Math.sqrt(loose.length / 2)));
  loose.forEach((p, k) => {
    let at = { x: right + TREE_GAP + Math.floor(k / rows) * (W + LAYOUT_GAP_X), y: top + (k % rows) * (H + LAYOUT_GAP_Y) };
    while (occupied.hits(at)) at = { x: at.x + W + LAYOUT_GAP_X, y: at.y };
    out[p.id] = at;
    occupied.add(at);
  });
  return out;
}
