import { MarkerType, Position, type NodeHandle } from '@xyflow/react';
import type { AccountMap, Link, MapPerson } from '../../../../shared/contract/index.js';
import type { LinkKind } from '../../../../shared/domain/people.js';
import { CARD_HEIGHT as H, CARD_WIDTH as W, LINK_STYLES, departmentColors, ownerColor } from '../../../../shared/domain/mapStyle.js';
import { involvedIn, viewKind } from '../../../../shared/domain/mapViews.js';
import { matchesFacets } from '../../../../shared/domain/peopleFilter.js';
import { depthOf, descendantsOf } from '../../../../shared/domain/reportingTree.js';
import { linkOffsets, routeLinks, STRAIGHT, type LinkRoute, type RouteCard, type RouteLink } from '../../../../shared/layout/linkLine.js';
import { stackSides, type StackSide } from '../../../../shared/layout/reportLines.js';
import { initialsOf } from '../../../../shared/domain/nameOrder.js';
import { childrenIn, managerIn } from './treeIndex.js';
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
  /** People to stand out (an opportunity's buying influences): everyone else is dimmed. */
  highlight?: ReadonlySet<string> | null;
  locale?: string;
  /** Routes the worker answered for a large map's route job (see `Graph.routeJob`). */
  routed?: RoutesAnswer | null;
}

export interface Graph {
  nodes: MapNode[];
  edges: MapEdge[];
  /**
   * A large map's lines to route in the layout worker (null: routed here, or up to date). Until
   * the answer comes, each line keeps the route it had.
   */
  routeJob?: RouteJob | null;
}

export interface RouteJob {
  /** The cards shown and where: an answer for another key is out of date. */
  key: string;
  links: readonly Link[];
  routeLinks: RouteLink[];
  cards: RouteCard[];
}

export interface RoutesAnswer {
  key: string;
  links: readonly Link[];
  routes: ReadonlyMap<string, LinkRoute>;
}

/** Up to this many shown cards the lines are routed at once, in the page; above, in the layout worker. */
export const ROUTE_IN_PAGE_MAX = 500;

/** Arrowheads in flow units (about 10 long), whatever the line's width. */
const ARROW_SIZE = 40;

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

export { involvedIn, viewKind } from '../../../../shared/domain/mapViews.js';

/** What every build needs of the people, worked out once per people array (the cache keeps its identity between edits). */
interface PeopleIndex {
  byId: Map<string, MapPerson>;
  children: ReadonlyMap<string, string[]>;
  deptColors: Map<string, string>;
  locale: string | undefined;
}
const indexes = new WeakMap<readonly MapPerson[], PeopleIndex>();

function indexOf(people: readonly MapPerson[], locale: string | undefined): PeopleIndex {
  const known = indexes.get(people);
  if (known && known.locale === locale) return known;
  const byId = new Map(people.map((p) => [p.id, p]));
  const index = { byId, children: childrenIn(people), deptColors: departmentColors(people, locale), locale };
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
  const owners = new Map(map.team.map((m, i) => [m.id, { name: m.name, initials: initialsOf(m.name), color: ownerColor(i) }]));
  const focus = involvedIn(map.links, viewKind(view));
  const out: PersonNode[] = [];
  for (const p of map.people) {
    if (vis.hidden.has(p.id)) continue;
    const owner = p.ownerId ? owners.get(p.ownerId) : undefined;
    const position = layered?.[p.id] ?? positionOf(p, input.auto) ?? { x: 0, y: 0 };
    const data: CardData = {
      person: p,
      dimmed: (focus ? !focus.has(p.id) : false) || (input.highlight ? !input.highlight.has(p.id) : false),
      coverage: view === 'coverage',
      painView: view === 'pain',
      ownerName: owner?.name ?? null,
      ownerInitials: owner?.initials ?? null,
      ownerColor: owner?.color ?? null,
      deptColor: deptColors.get(p.department.trim()) ?? null,
      reports: children.get(p.id)?.length ?? 0,
      collapsed: vis.hiddenUnder.has(p.id),
      hiddenCount: vis.hiddenUnder.get(p.id) ?? 0,
      lastContact: (map.lastContact as Record<string, string> | undefined)?.[p.id] ?? null,
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
  const managerOf = managerIn(map.people);
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

/** The last links' offsets, kept while the people and links arrays stay the same (the cache keeps their identity between edits). */
let lastOffsets: { people: readonly MapPerson[]; links: readonly Link[]; offsets: Map<string, number> } | null = null;

function offsetsOf(people: readonly MapPerson[], links: readonly Link[]): Map<string, number> {
  if (lastOffsets && lastOffsets.people === people && lastOffsets.links === links) return lastOffsets.offsets;
  lastOffsets = { people, links, offsets: linkOffsets(people, links) };
  return lastOffsets.offsets;
}

/** The last routes, reused while the links and the cards shown stay where they were (selection changes, view words…). */
let lastRoutes: { links: readonly Link[]; cards: string; routes: ReadonlyMap<string, LinkRoute> } | null = null;

/** The links' routes, or (a large map, not routed yet for these cards) null and the job for the worker. */
function linkRoutes(
  links: readonly Link[],
  offsets: ReadonlyMap<string, number>,
  people: readonly PersonNode[],
  routed: RoutesAnswer | null | undefined,
): { routes: ReadonlyMap<string, LinkRoute> | null; job: RouteJob | null } {
  const cards: RouteCard[] = people.filter((n) => !n.hidden).map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, fold: n.data.reports > 0 }));
  const key = cards.map((c) => `${c.id}:${c.x},${c.y}${c.fold ? '+' : ''}`).join(';');
  if (lastRoutes && lastRoutes.links === links && lastRoutes.cards === key) return { routes: lastRoutes.routes, job: null };
  if (routed && routed.links === links && routed.key === key) {
    lastRoutes = { links, cards: key, routes: routed.routes };
    return { routes: routed.routes, job: null };
  }
  // Only a line with both its cards shown is drawn.
  const shown = new Set(cards.map((c) => c.id));
  const withOffsets = links.filter((l) => shown.has(l.sourceId) && shown.has(l.targetId)).map((l) => ({ ...l, offset: offsets.get(l.id) ?? 0 }));
  if (cards.length > ROUTE_IN_PAGE_MAX) return { routes: null, job: { key, links, routeLinks: withOffsets, cards } };
  const routes = routeLinks(withOffsets, cards);
  lastRoutes = { links, cards: key, routes };
  return { routes, job: null };
}

/** The last sides, kept while everyone stays where they were (the cache and the store keep these objects' identity). */
let lastSides: { people: readonly MapPerson[]; auto: GraphInput['auto']; layered: GraphInput['layered']; sides: ReadonlyMap<string, StackSide> } | null = null;

/** Reports standing in a column (read from where everyone is, shown or not) are joined from the side. */
function sidesOf(input: GraphInput, byId: ReadonlyMap<string, MapPerson>): ReadonlyMap<string, StackSide> {
  const { map, auto, layered } = input;
  if (lastSides && lastSides.people === map.people && lastSides.auto === auto && lastSides.layered === layered) return lastSides.sides;
  const at = (id: string) => layered?.[id] ?? (byId.has(id) ? positionOf(byId.get(id)!, auto) : null);
  const placed = map.people.flatMap((p) => {
    const here = p.reportsToId && byId.has(p.reportsToId) && at(p.reportsToId) ? at(p.id) : null;
    return here ? [{ id: p.id, managerId: p.reportsToId!, x: here.x }] : [];
  });
  const sides = stackSides(placed, W);
  lastSides = { people: map.people, auto, layered, sides };
  return sides;
}

/** The previous array when every element is the same object (React Flow then skips it altogether). */
export const sameOr = <T,>(previous: T[], next: T[]): T[] => (previous.length === next.length && next.every((item, i) => item === previous[i]) ? previous : next);

const sameRoute = (a: LinkRoute, b: LinkRoute) =>
  a.bend === b.bend && a.step?.t === b.step?.t && a.step?.shift === b.step?.shift && a.label?.t === b.label?.t && a.label?.shift === b.label?.shift;

function edges(
  input: GraphInput,
  hidden: ReadonlySet<string>,
  index: PeopleIndex,
  previous: ReadonlyMap<string, MapEdge>,
  people: readonly PersonNode[],
): { edges: MapEdge[]; routeJob: RouteJob | null } {
  const { map, view, selectedEdge, words } = input;
  const { byId } = index;
  const ids = byId;
  const names = (from: string, to: string) => `${byId.get(from)?.name ?? ''} → ${byId.get(to)?.name ?? ''}`;
  const kind = viewKind(view);
  const out: MapEdge[] = [];

  // Lines between the same two people fan out; a reporting line counts as the first one.
  const offsets = offsetsOf(map.people, map.links);
  const { routes, job } = linkRoutes(map.links, offsets, people, input.routed);

  const sides = sidesOf(input, byId);

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
    // Only links between shown cards become edges (a folded or filtered-out end hides the line).
    if (hidden.has(l.sourceId) || hidden.has(l.targetId)) continue;
    const style = LINK_STYLES[l.kind];
    const prev = previous.get(l.id) as LinkEdge | undefined;
    // Not routed yet (the worker is on it): the line keeps the route it had.
    const fresh = (routes ? routes.get(l.id) : prev?.data?.route) ?? STRAIGHT;
    const route = prev?.data && sameRoute(prev.data.route, fresh) ? prev.data.route : fresh;
    const edge: LinkEdge = {
      id: l.id,
      type: 'link',
      source: l.sourceId,
      target: l.targetId,
      sourceHandle: 'bottom',
      targetHandle: 'top',
      selected: selectedEdge === l.id,
      focusable: true,
      markerEnd: style.arrow ? { type: MarkerType.ArrowClosed, color: style.stroke, width: ARROW_SIZE, height: ARROW_SIZE, markerUnits: 'userSpaceOnUse' } : undefined,
      zIndex: kind === l.kind ? 1 : 0,
      ariaLabel: `${words.kinds[l.kind]}: ${names(l.sourceId, l.targetId)}${l.step !== null ? ` (${l.step})` : ''}${l.label ? ` – ${l.label}` : ''}`,
      data: { link: l, dimmed: kind !== null && kind !== l.kind, emphasis: kind === l.kind, offset: offsets.get(l.id) ?? 0, route },
    };
    // markerEnd is a fresh object each time: compare it by value.
    out.push(prev && JSON.stringify(prev.markerEnd) === JSON.stringify(edge.markerEnd) ? reuse(prev, { ...edge, markerEnd: prev.markerEnd }) : edge);
  }
  return { edges: out, routeJob: job };
}

export function buildGraph(input: GraphInput, previous: Graph): Graph {
  // Nobody has a place yet (the first layout is on its way): nothing to draw.
  if (!input.layered && Object.keys(input.auto).length === 0 && input.map.people.every((p) => p.x === null || p.y === null)) return { nodes: [], edges: [] };
  const index = indexOf(input.map.people, input.locale);
  const vis = visibility(input, index.children);
  const prevNodes = new Map(previous.nodes.map((n) => [n.id, n]));
  const prevEdges = new Map(previous.edges.map((e) => [e.id, e]));
  const people = personNodes(input, vis, index, prevNodes);
  const lines = edges(input, vis.hidden, index, prevEdges, people);
  return { nodes: sameOr(previous.nodes, [...deptNodes(input, index, prevNodes), ...people]), edges: sameOr(previous.edges, lines.edges), routeJob: lines.routeJob };
}
