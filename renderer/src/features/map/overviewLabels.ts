import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';

/**
 * The labels of the far-out map (Overview.tsx): one per group of people of the same department
 * standing together in the tree (a department under one head), or per branch when there is no
 * department. Pure, so it is unit-tested.
 */

export interface LabelPerson {
  id: string;
  reportsToId: string | null;
  name: string;
  department: string;
  x: number;
  y: number;
}

export interface Cluster {
  /** The person at the top of the group. */
  headId: string;
  label: string;
  count: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A group starts at everyone whose manager is not shown or is of another department, and takes in
 * the reports of the same department below them. People without a department form groups under
 * whoever heads them (the label is that person's name). Largest groups first.
 */
export function clustersOf(people: readonly LabelPerson[]): Cluster[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const dept = (p: LabelPerson) => p.department.trim();
  const headOf = new Map<string, string>();
  // Walks up while the department stays the same: iterative (deep trees), and no cycle can hang it.
  const head = (p: LabelPerson): string => {
    const path: LabelPerson[] = [];
    const seen = new Set<string>();
    let at = p;
    let top: string;
    for (;;) {
      const known = headOf.get(at.id);
      if (known) {
        top = known;
        break;
      }
      path.push(at);
      seen.add(at.id);
      const up = at.reportsToId ? byId.get(at.reportsToId) : undefined;
      if (!up || seen.has(up.id) || dept(up) !== dept(at)) {
        top = at.id;
        break;
      }
      at = up;
    }
    for (const q of path) headOf.set(q.id, top);
    return top;
  };
  const groups = new Map<string, Cluster>();
  for (const p of people) {
    const id = head(p);
    const group = groups.get(id);
    if (group) {
      group.count++;
      group.left = Math.min(group.left, p.x);
      group.top = Math.min(group.top, p.y);
      group.right = Math.max(group.right, p.x + W);
      group.bottom = Math.max(group.bottom, p.y + H);
    } else {
      const top = byId.get(id)!;
      groups.set(id, { headId: id, label: dept(top) || top.name, count: 1, left: p.x, top: p.y, right: p.x + W, bottom: p.y + H });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.top - b.top || a.left - b.left);
}

/** About how wide a label is on screen (px): CJK characters are wider than Latin ones. */
export const labelWidth = (text: string) => 24 + [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 13 : 7.5), 0);
const LABEL_HEIGHT = 22;

/**
 * The labels that can be read at this zoom: groups at least a little wide on screen (or of several
 * people), largest first, none overlapping another. Each stands centred above its group (`row` 0),
 * or one row higher (1) when that place is taken.
 */
export function pickLabels(clusters: readonly Cluster[], zoom: number, max = 40): (Cluster & { row: number })[] {
  const taken: { left: number; right: number; top: number; bottom: number }[] = [];
  const out: (Cluster & { row: number })[] = [];
  for (const c of clusters) {
    if (out.length >= max) break;
    const width = (c.right - c.left) * zoom;
    if (c.count < 3 && width < 40) continue;
    const w = labelWidth(`${c.label} ${c.count}`);
    const centre = ((c.left + c.right) / 2) * zoom;
    // Above the group, or a row higher when that place is taken (neighbouring departments are close far out).
    for (let row = 0; row < 2; row++) {
      const bottom = c.top * zoom - 4 - row * (LABEL_HEIGHT + 2);
      const box = { left: centre - w / 2, right: centre + w / 2, top: bottom - LABEL_HEIGHT, bottom };
      if (taken.some((t) => t.left < box.right + 6 && box.left < t.right + 6 && t.top < box.bottom + 2 && box.top < t.bottom + 2)) continue;
      taken.push(box);
      out.push({ ...c, row });
      break;
    }
  }
  return out;
}
