import { MarkerType, Position, type NodeHandle } from '@xyflow/react';
import type { AccountMap, Link, MapPerson } from '../../../../shared/contract/index.js';
import type { LinkKind } from '../../../../shared/domain/people.js';
import { CARD_HEIGHT as H, CARD_WIDTH as W, LINK_STYLES, ownerColor } from '../../../../shared/domain/mapStyle.js';
import { matchesFacets } from '../../../../shared/domain/peopleFilter.js';
import { childrenOf, depthOf, descendantsOf, managerLookup } from '../../../../shared/domain/reportingTree.js';
import { stackSides } from '../../../../shared/layout/reportLines.js';
import { departmentColors, initials } from './departments.js';
import {
  deptNodeId,
  reportsEdgeId,
  type CardData,
  type DeptNode,
  type LinkEdge,
  type MapEdge,
  type MapFilters,
  type MapNode,
  type MapView,
  type PersonNode,
  type ReportsEdge,
  type XY,
} from './types.js';

/**
 * Turns the account's people and links, plus what the user chose to see, into React Flow nodes and
 * edges. Pure. Only what is shown becomes a node or an edge (a folded 10,000-person map hands React
 * Flow its sixty cards, not 10,000 hidden ones it would go through on every change). Nodes and edges
 * that did not change keep their previous object, so React Flow and the memoised cards skip them
 * (an edit of one person redraws one card, not 1,500).
 */

export interface GraphInput {
  map: AccountMap;
  /** Auto-layout positions for people without a stored one. */
  auto: Readonly<Record<string, XY>>;
  /** View-only positions (the decision chain's layered layout), over everything else. */
  layered: Readonly<Record<string, XY>> | null;
  view: MapView;
  filters: MapFilters;
  collapsed: ReadonlySet<string>;
  collapsedDepts: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  selectedEdge: string | null;
  /** Words for the lines' accessible names, in the UI language. */
  words: { reportsTo: string; kinds: Readonly<Record<LinkKind, string>> };
  locale?: string;
}

export interface Graph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Fixed handles, so React Flow never has to measure a card to draw its lines. */
export const CARD_HANDLES: NodeHandle[] = [
  { id: 'top', type: 'target', position: Position.Top, x: W / 2 - 0.5, y: 0, width: 1, height: 1 },
  { id: 'bottom', type: 'source', position: Position.Bottom, x: W / 2 - 0.5, y: H - 1, width: 1, height: 1 },
  { id: 'link', type: 'source', position: Position.Right, x: W - 7, y: H / 2 - 7, width: 14, height: 14 },
  { id: 'drop', type: 'target', position: Position.Top, x: 0, y: 0, width: W, height: H },
];
const CARD_MEASURED = { width: W, height: H };
const DEPT_W = 200;
const DEPT_H = 44;
const DEPT_MEASURED = { width: DEPT_W, height: DEPT_H };
const DEPT_HANDLES: NodeHandle[] = [
  { id: 'top', type: 'target', position: Position.Top, x: DEPT_W / 2, y: 0, width: 1, height: 1 },
  { id: 'bottom', type: 'source', position: Position.Bottom, x: DEPT_W / 2, y: DEPT_H - 1, width: 1, height: 1 },
];

export const positionOf = (person: MapPerson, auto: Readonly<Record<string, XY>>): XY | null =>
  person.x !== null && person.y !== null ? { x: person.x, y: person.y } : (auto[person.id] ?? null);

/** The kind of link a view is about, and so the people it emphasises. */
export const viewKind = (view: MapView) => (view === 'decision' ? 'decision_flow' : view === 'pain' ? 'pain_chain' : null);

export function involvedIn(links: readonly Link[], kind: string | null): Set<string> | null {
  if (!kind) return null;
  const ids = new Set<string>();
  for (const l of links) if (l.kind === kind) ids.add(l.sourceId).add(l.targetId);
  return ids;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** What every build needs of the people, worked out once per people array (the cache keeps its identity between edits). */
interface PeopleIndex {
  byId: Map<string, MapPerson>;
  children: Map<string, string[]>;
  reportPairs: Set<string>;
  deptColors: Map<string, string>;
  locale: string | undefined;
}
const indexes = new WeakMap<readonly MapPerson[], PeopleIndex>();

function indexOf(people: readonly MapPerson[], locale: string | undefined): PeopleIndex {
  const known = indexes.get(people);
  if (known && known.locale === locale) return known;
  const byId = new Map(people.map((p) => [p.id, p]));
  const reportPairs = new Set<string>();
  for (const p of people) if (p.reportsToId && byId.has(p.reportsToId)) reportPairs.add(pairKey(p.id, p.reportsToId));
  const index = { byId, children: childrenOf(people), reportPairs, deptColors: departmentColors(people, locale), locale };
  indexes.set(people, index);
  return index;
}

interface Visibility {
  hidden: Set<string>;
  hiddenUnder: Map<string, number>;
}

function visibility(input: GraphInput, children: ReadonlyMap<string, string[]>): Visibility {
  const { map, filters, collapsed, collapsedDepts, layered } = input;
  const hidden = new Set<string>();
  const hiddenUnder = new Map<string, number>();
  for (const id of collapsed) {
    if (!children.has(id)) continue;
    const below = descendantsOf(id, children);
    hiddenUnder.set(id, below.length);
    for (const d of below) hidden.add(d);
  }
  for (const p of map.people) {
    if (!matchesFacets(p, filters) || collapsedDepts.has(p.department.trim())) hidden.add(p.id);
    if (!layered && !positionOf(p, input.auto)) hidden.add(p.id);
    if (layered && !layered[p.id]) hidden.add(p.id);
  }
  return { hidden, hiddenUnder };
}

const shallowEqual = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]));
};

function reuse<T extends MapNode | MapEdge>(previous: T | undefined, next: T): T {
  if (!previous) return next;
  const { data: pd, ...prest } = previous as { data: Record<string, unknown> };
  const { data: nd, ...nrest } = next as { data: Record<string, unknown> };
  const sameRest = Object.keys(nrest).every((k) => {
    const a = (prest as Record<string, unknown>)[k];
    const b = (nrest as Record<string, unknown>)[k];
    if (k === 'position') return (a as XY).x === (b as XY).x && (a as XY).y === (b as XY).y;
    return Object.is(a, b);
  });
  return sameRest && Object.keys(prest).length === Object.keys(nrest).length && shallowEqual(pd, nd) ? previous : next;
}

function personNodes(input: GraphInput, vis: Visibility, index: PeopleIndex, previous: ReadonlyMap<string, MapNode>): PersonNode[] {
  const { map, view, layered, selected } = input;
  const { children, deptColors } = index;
  const owners = new Map(map.team.map((m, i) => [m.id, { name: m.name, initials: initials(m.name), color: ownerColor(i) }]));
  const focus = involvedIn(map.links, viewKind(view));
  const out: PersonNode[] = [];
  for (const p of map.people) {
    if (vis.hidden.has(p.id)) continue;
    const owner = p.ownerId ? owners.get(p.ownerId) : undefined;
    const position = layered?.[p.id] ?? positionOf(p, input.auto) ?? { x: 0, y: 0 };
    const data: CardData = {
      person: p,
      dimmed: focus ? !focus.has(p.id) : false,
      coverage: view === 'coverage',
      ownerName: owner?.name ?? null,
      ownerInitials: owner?.initials ?? null,
      ownerColor: owner?.color ?? null,
      deptColor: deptColors.get(p.department.trim()) ?? null,
      reports: children.get(p.id)?.length ?? 0,
      collapsed: vis.hiddenUnder.has(p.id),
      hiddenCount: vis.hiddenUnder.get(p.id) ?? 0,
    };
    const node: PersonNode = {
      id: p.id,
      type: 'person',
      position,
      data,
      width: W,
      height: H,
      measured: CARD_MEASURED,
      handles: CARD_HANDLES,
      selected: selected.has(p.id),
      draggable: !layered,
      ariaLabel: p.title ? `${p.name}, ${p.title}` : p.name,
    };
    out.push(reuse(previous.get(p.id) as PersonNode | undefined, node));
  }
  return out;
}

/** One chip per collapsed department, where its highest-ranking member stands. */
function deptNodes(input: GraphInput, index: PeopleIndex, previous: ReadonlyMap<string, MapNode>): DeptNode[] {
  const { map, collapsedDepts } = input;
  if (collapsedDepts.size === 0) return [];
  const managerOf = managerLookup(map.people);
  const colors = index.deptColors;
  const out: DeptNode[] = [];
  for (const department of collapsedDepts) {
    const members = map.people.filter((p) => p.department.trim() === department && matchesFacets(p, input.filters));
    if (members.length === 0) continue;
    const depth = (p: MapPerson) => depthOf(p.id, managerOf);
    const placed = members
      .map((p) => ({ p, at: input.layered?.[p.id] ?? positionOf(p, input.auto) }))
      .filter((m): m is { p: MapPerson; at: XY } => m.at !== null)
      .sort((a, b) => depth(a.p) - depth(b.p) || a.at.y - b.at.y || a.at.x - b.at.x);
    const top = placed[0];
    if (!top) continue;
    const node: DeptNode = {
      id: deptNodeId(department),
      type: 'department',
      position: { x: top.at.x + (W - DEPT_W) / 2, y: top.at.y + (H - DEPT_H) / 2 },
      data: { department, count: members.length, color: colors.get(department) ?? '#475569' },
      width: DEPT_W,
      height: DEPT_H,
      measured: DEPT_MEASURED,
      handles: DEPT_HANDLES,
      draggable: false,
      selectable: false,
      connectable: false,
      ariaLabel: department,
    };
    out.push(reuse(previous.get(node.id) as DeptNode | undefined, node));
  }
  return out;
}

const OFFSET_STEP = 26;

function edges(input: GraphInput, hidden: ReadonlySet<string>, index: PeopleIndex, previous: ReadonlyMap<string, MapEdge>): MapEdge[] {
  const { map, view, selectedEdge, words } = input;
  const { byId, reportPairs } = index;
  const ids = byId;
  const names = (from: string, to: string) => `${byId.get(from)?.name ?? ''} → ${byId.get(to)?.name ?? ''}`;
  const kind = viewKind(view);
  const out: MapEdge[] = [];

  // Lines between the same two people fan out; a reporting line counts as the first one.
  const pairs = new Map<string, number>();
  for (const l of map.links) pairs.set(pairKey(l.sourceId, l.targetId), (pairs.get(pairKey(l.sourceId, l.targetId)) ?? 0) + 1);
  const seen = new Map<string, number>();

  // Reports standing in a column (read from where everyone is, shown or not) are joined from the side.
  const at = (id: string) => input.layered?.[id] ?? (byId.has(id) ? positionOf(byId.get(id)!, input.auto) : null);
  const placed = map.people.flatMap((p) => {
    const here = p.reportsToId && ids.has(p.reportsToId) && at(p.reportsToId) ? at(p.id) : null;
    return here ? [{ id: p.id, managerId: p.reportsToId!, x: here.x }] : [];
  });
  const sides = stackSides(placed, W);

  for (const p of map.people) {
    if (!p.reportsToId || !ids.has(p.reportsToId) || hidden.has(p.id) || hidden.has(p.reportsToId)) continue;
    const edge: ReportsEdge = {
      id: reportsEdgeId(p.id),
      type: 'reports',
      source: p.reportsToId,
      target: p.id,
      sourceHandle: 'bottom',
      targetHandle: 'top',
      selected: selectedEdge === reportsEdgeId(p.id),
      focusable: true,
      ariaLabel: `${words.reportsTo}: ${names(p.id, p.reportsToId)}`,
      data: { dimmed: kind !== null, side: sides.get(p.id) ?? null },
    };
    out.push(reuse(previous.get(edge.id), edge));
  }
  for (const l of map.links) {
    if (!ids.has(l.sourceId) || !ids.has(l.targetId)) continue;
    const key = pairKey(l.sourceId, l.targetId);
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    if (hidden.has(l.sourceId) || hidden.has(l.targetId)) continue;
    const count = pairs.get(key)! + (reportPairs.has(key) ? 1 : 0);
    const slot = index + (reportPairs.has(key) ? 1 : 0);
    // Offsets are measured along the normal of the (smaller id → larger id) direction, so two links
    // drawn in opposite directions between the same people still land on different sides.
    const sign = l.sourceId < l.targetId ? 1 : -1;
    const offset = sign * (slot - (count - 1) / 2) * OFFSET_STEP;
    const style = LINK_STYLES[l.kind];
    const edge: LinkEdge = {
      id: l.id,
      type: 'link',
      source: l.sourceId,
      target: l.targetId,
      sourceHandle: 'bottom',
      targetHandle: 'top',
      selected: selectedEdge === l.id,
      focusable: true,
      markerEnd: style.arrow ? { type: MarkerType.ArrowClosed, color: style.stroke, width: 16, height: 16 } : undefined,
      zIndex: kind === l.kind ? 1 : 0,
      ariaLabel: `${words.kinds[l.kind]}: ${names(l.sourceId, l.targetId)}${l.step !== null ? ` (${l.step})` : ''}${l.label ? ` – ${l.label}` : ''}`,
      data: { link: l, dimmed: kind !== null && kind !== l.kind, emphasis: kind === l.kind, offset },
    };
    const prev = previous.get(edge.id) as LinkEdge | undefined;
    // markerEnd is a fresh object each time: compare it by value.
    out.push(prev && JSON.stringify(prev.markerEnd) === JSON.stringify(edge.markerEnd) ? reuse(prev, { ...edge, markerEnd: prev.markerEnd }) : edge);
  }
  return out;
}

export function buildGraph(input: GraphInput, previous: Graph): Graph {
  // Nobody has a place yet (the first layout is on its way): nothing to draw.
  if (!input.layered && Object.keys(input.auto).length === 0 && input.map.people.every((p) => p.x === null || p.y === null)) return { nodes: [], edges: [] };
  const index = indexOf(input.map.people, input.locale);
  const vis = visibility(input, index.children);
  const prevNodes = new Map(previous.nodes.map((n) => [n.id, n]));
  const prevEdges = new Map(previous.edges.map((e) => [e.id, e]));
  return {
    nodes: [...deptNodes(input, index, prevNodes), ...personNodes(input, vis, index, prevNodes)],
    edges: edges(input, vis.hidden, index, prevEdges),
  };
}
