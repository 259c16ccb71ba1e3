import { CARD_HEIGHT as H, CARD_WIDTH as W, LAYOUT_GAP_X, LAYOUT_GAP_Y } from '../../../../shared/domain/mapStyle.js';
import { layoutOrgTree } from '../../../../shared/layout/orgTree.js';
import type { XY } from './types.js';

/** What the layouts need of a person (plain data: it crosses into the layout worker). */
export interface LayoutPerson {
  id: string;
  reportsToId: string | null;
  x: number | null;
  y: number | null;
}

const TREE_GAP = 96;
const card = (id: string, reportsToId: string | null) => ({ id, reportsToId, width: W, height: H });

/** A tidy org chart ignoring stored positions; people folded under `collapsed` managers get none. */
export function layoutAll(people: readonly LayoutPerson[], collapsed: readonly string[] = []): Record<string, XY> {
  return layoutOrgTree(
    people.map((p) => card(p.id, p.reportsToId)),
    { gapX: LAYOUT_GAP_X, gapY: LAYOUT_GAP_Y, treeGap: TREE_GAP, collapsed },
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
 */
export function placeUnplaced(people: readonly LayoutPerson[]): Record<string, XY> {
  const isPlaced = (p: LayoutPerson) => p.x !== null && p.y !== null;
  const unplaced = people.filter((p) => !isPlaced(p));
  if (unplaced.length === 0) return {};
  if (unplaced.length === people.length) return layoutAll(people);

  const byId = new Map(people.map((p) => [p.id, p]));
  const children = new Map<string, LayoutPerson[]>();
  for (const p of unplaced) {
    if (!p.reportsToId || !byId.has(p.reportsToId)) continue;
    children.set(p.reportsToId, [...(children.get(p.reportsToId) ?? []), p]);
  }
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
  const roots = unplaced.filter((p) => !p.reportsToId || !byId.has(p.reportsToId) || isPlaced(byId.get(p.reportsToId)!));
  // Hung under a manager first, so free-standing groups go to the right of them.
  roots.sort((a, b) => Number(!a.reportsToId || !byId.has(a.reportsToId)) - Number(!b.reportsToId || !byId.has(b.reportsToId)));
  const loose: LayoutPerson[] = [];
  for (const root of roots) {
    const group: LayoutPerson[] = [];
    const seen = new Set<string>();
    const stack = [root];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      group.push(p);
      stack.push(...(children.get(p.id) ?? []));
    }
    const manager = root.reportsToId ? byId.get(root.reportsToId) : undefined;
    if (!manager && group.length === 1) {
      loose.push(root);
      continue;
    }
    const tree = layoutOrgTree(
      group.map((p) => card(p.id, p === root ? null : p.reportsToId)),
      { gapX: LAYOUT_GAP_X, gapY: LAYOUT_GAP_Y },
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
