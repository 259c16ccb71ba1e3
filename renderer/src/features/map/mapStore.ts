import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { AccountMap } from '../../../../shared/contract/index.js';
import { readCompact, saveCompact } from './preferences.js';
import { firstViewCollapsed } from './firstView.js';
import { matchesFacets } from '../../../../shared/domain/peopleFilter.js';
import { ancestorsOf, managerLookup } from '../../../../shared/domain/reportingTree.js';
import { buildGraph, type GraphInput, type RouteJob, type RoutesAnswer } from './graph.js';
import { isTidyTree } from './placement.js';
import { NO_FILTERS, type MapEdge, type MapFilters, type MapNode, type MapView, type XY } from './types.js';

/** What the side panel shows. */
export type Panel =
  | { kind: 'person'; id: string }
  /** `clicked`: the user double-clicked there, so the person goes there even with a manager (else under the manager). */
  | { kind: 'new'; position: XY | null; clicked: boolean }
  | { kind: 'link'; id: string }
  | { kind: 'reports'; personId: string }
  | { kind: 'connect'; sourceId: string; targetId: string };

export interface MapState {
  map: AccountMap | null;
  /** Auto-layout positions of people without a stored position. */
  auto: Record<string, XY>;
  /** Whether the first layout is in (or not needed): the canvas can be shown. */
  placed: boolean;
  /** The card whose fold was toggled: a re-flowed tree is shifted so that it stays put. */
  anchor: { id: string; x: number; y: number } | null;
  /** The card just unfolded: once its reports are on the canvas the view makes room for them (then null). */
  unfolded: string | null;
  layered: Record<string, XY> | null;
  /** The view should be fitted to what is shown once it is laid out (after Expand all, a view change…). */
  refitAsked: boolean;
  /** A layout is running in the worker: what is shown is about to move. */
  laying: boolean;
  /**
   * A re-fit is flying out to where cards are blocks: the canvas draws blocks from its first frame
   * (it does not mount every card the widening view passes on the way out). False otherwise.
   */
  fittingFar: boolean;
  /** A large map's lines waiting to be routed in the worker (useLinkRoutes posts it), and the last answer. */
  routeJob: RouteJob | null;
  routed: RoutesAnswer | null;
  /** Org charts laid out compact: reports without reports of their own stacked in columns (a saved preference). */
  compact: boolean;
  view: MapView;
  filters: MapFilters;
  collapsed: ReadonlySet<string>;
  collapsedDepts: ReadonlySet<string>;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Selected people, in the order they were selected. */
  selection: string[];
  selectedEdge: string | null;
  panel: Panel | null;
  legendOpen: boolean;
  searchOpen: boolean;
  words: GraphInput['words'];
  locale: string;
  /** People highlighted (?highlight=<opportunity>): the others are dimmed. */
  highlight: ReadonlySet<string> | null;

  setMap(map: AccountMap): void;
  /** Rebuilds nodes and edges from the data (e.g. to put cards back after a move that was not saved). */
  refresh(): void;
  /** Shows cards at new positions right away (the save follows), so quick repeated nudges add up. */
  placeCards(moves: { id: string; x: number; y: number }[]): void;
  /** New auto-layout positions: added to the ones there (`replace`: instead of them, a re-flowed tree). */
  /** Auto-layout positions; `collapsed`, if given, is the fold they were laid out for (the first view's). */
  setAuto(auto: Record<string, XY>, replace?: boolean, collapsed?: ReadonlySet<string>): void;
  setLaying(laying: boolean): void;
  /** Asks for the view to be fitted to what is shown (done by the canvas, see useRefit). */
  askRefit(): void;
  setLayered(layered: Record<string, XY> | null): void;
  /** Turns the compact arrangement on or off (and remembers it); the automatic layout follows. */
  setCompact(compact: boolean): void;
  setView(view: MapView): void;
  setFilters(filters: Partial<MapFilters>): void;
  toggleCollapsed(id: string): void;
  toggleDept(department: string): void;
  /** Unfolds every person and department. */
  expandAll(): void;
  /** Shows a person hidden by a collapsed manager, department or a filter. */
  reveal(id: string): void;
  select(ids: string[]): void;
  selectEdge(id: string | null): void;
  onNodesChange(changes: NodeChange<MapNode>[]): void;
  onEdgesChange(changes: EdgeChange<MapEdge>[]): void;
  setPanel(panel: Panel | null): void;
  setLegendOpen(open: boolean): void;
  setSearchOpen(open: boolean): void;
  setWords(words: GraphInput['words'], locale: string): void;
  setHighlight(ids: ReadonlySet<string> | null): void;
  /** The worker's routes for a route job: drawn if the cards are still where the job had them. */
  setRoutes(answer: RoutesAnswer): void;
}

const allStored = (map: AccountMap) => map.people.every((p) => p.x !== null && p.y !== null);

/** One store per open map: the canvas state, derived from the account's data plus what the user chose to see. */
export function createMapStore(words: GraphInput['words'], locale: string, focusId: string | null = null) {
  return createStore<MapState>()((set, get) => {
    /** Applies a change of inputs and rebuilds nodes and edges from them (unchanged ones are reused). */
    const update = (partial: Partial<MapState>) => {
      const next = { ...get(), ...partial };
      if (!next.map) return set(partial);
      const graph = buildGraph(
        {
          map: next.map,
          auto: next.auto,
          layered: next.layered,
          view: next.view,
          filters: next.filters,
          collapsed: next.collapsed,
          collapsedDepts: next.collapsedDepts,
          selected: new Set(next.selection),
          selectedEdge: next.selectedEdge,
          words: next.words,
          locale: next.locale,
          highlight: next.highlight,
          routed: next.routed,
        },
        { nodes: get().nodes, edges: get().edges },
      );
      set({ ...partial, ...graph, routeJob: graph.routeJob ?? null });
    };

    return {
      map: null,
      auto: {},
      placed: false,
      anchor: null,
      unfolded: null,
      layered: null,
      refitAsked: false,
      laying: false,
      fittingFar: false,
      routeJob: null,
      routed: null,
      compact: readCompact(),
      view: 'org',
      filters: NO_FILTERS,
      collapsed: new Set(),
      collapsedDepts: new Set(),
      nodes: [],
      edges: [],
      selection: [],
      selectedEdge: null,
      panel: null,
      legendOpen: false,
      searchOpen: false,
      words,
      locale,
      highlight: null,

      setMap(map) {
        const ids = new Set(map.people.map((p) => p.id));
        const { selection, panel, selectedEdge } = get();
        const linkIds = new Set(map.links.map((l) => l.id));
        // A person or link deleted (here, by undo or in the table) leaves the selection and the panel.
        const panelGone =
          (panel?.kind === 'person' && !ids.has(panel.id)) ||
          (panel?.kind === 'link' && !linkIds.has(panel.id)) ||
          (panel?.kind === 'reports' && !map.people.find((p) => p.id === panel.personId)?.reportsToId) ||
          (panel?.kind === 'connect' && (!ids.has(panel.sourceId) || !ids.has(panel.targetId)));
        const first = get().map === null;
        update({
          map,
          // A map laid out as a tree gets its first folds with its first layout (useAutoPlacement).
          ...(first && !map.people.every((p) => p.x === null || p.y === null) ? { collapsed: firstViewCollapsed(map.people, focusId) } : {}),
          ...(allStored(map) ? { placed: true } : {}),
          selection: selection.filter((id) => ids.has(id)),
          selectedEdge: selectedEdge && (linkIds.has(selectedEdge) || selectedEdge.startsWith('reports:')) ? selectedEdge : null,
          ...(panelGone ? { panel: null } : {}),
        });
      },
      refresh() {
        update({});
      },
      placeCards(moves) {
        const at = new Map(moves.map((m) => [m.id, m]));
        set({ nodes: get().nodes.map((n) => (at.has(n.id) ? { ...n, position: { x: at.get(n.id)!.x, y: at.get(n.id)!.y } } : n)) });
      },
      setAuto(auto, replace = false, collapsed) {
        const { anchor } = get();
        const moved = anchor && replace ? auto[anchor.id] : undefined;
        const dx = moved ? anchor!.x - moved.x : 0;
        const dy = moved ? anchor!.y - moved.y : 0;
        const shifted = dx || dy ? Object.fromEntries(Object.entries(auto).map(([id, at]) => [id, { x: at.x + dx, y: at.y + dy }])) : auto;
        update({ auto: replace ? shifted : { ...get().auto, ...shifted }, placed: true, anchor: null, laying: false, ...(collapsed ? { collapsed } : {}) });
      },
      setLaying(laying) {
        set({ laying });
      },
      askRefit() {
        set({ refitAsked: true });
      },
      setLayered(layered) {
        update({ layered, refitAsked: true });
      },
      setCompact(compact) {
        saveCompact(compact);
        set({ compact, anchor: null });
      },
      setView(view) {
        update({ view, layered: null, refitAsked: true });
      },
      setFilters(filters) {
        update({ filters: { ...get().filters, ...filters } });
      },
      toggleCollapsed(id) {
        const collapsed = new Set(get().collapsed);
        const unfolding = collapsed.delete(id);
        if (!unfolding) collapsed.add(id);
        const at = get().nodes.find((n) => n.id === id)?.position;
        const change = { collapsed, anchor: at ? { id, x: at.x, y: at.y } : null, unfolded: unfolding ? id : null };
        // A tidy tree is laid out again for the new fold, and drawn once with its new positions
        // (useAutoPlacement's setAuto): drawing the fold first, at the old places, is a whole
        // rebuild the user barely sees.
        const map = get().map;
        if (map && isTidyTree(map.people)) set(change);
        else update(change);
      },
      toggleDept(department) {
        const collapsedDepts = new Set(get().collapsedDepts);
        if (!collapsedDepts.delete(department)) collapsedDepts.add(department);
        update({ collapsedDepts, refitAsked: true });
      },
      expandAll() {
        update({ collapsed: new Set(), collapsedDepts: new Set(), anchor: null, refitAsked: true });
      },
      reveal(id) {
        const { map, collapsed, collapsedDepts, filters } = get();
        const person = map?.people.find((p) => p.id === id);
        if (!map || !person) return;
        const above = new Set(ancestorsOf(id, managerLookup(map.people)));
        const stillCollapsed = new Set([...collapsed].filter((c) => !above.has(c)));
        const depts = new Set(collapsedDepts);
        depts.delete(person.department.trim());
        update({ collapsed: stillCollapsed, collapsedDepts: depts, ...(matchesFacets(person, filters) ? {} : { filters: NO_FILTERS }) });
      },
      select(ids) {
        update({ selection: ids, selectedEdge: null });
      },
      selectEdge(id) {
        update({ selectedEdge: id, selection: id ? [] : get().selection });
      },
      onNodesChange(changes) {
        const relevant = changes.filter((c) => c.type !== 'remove' && c.type !== 'add' && c.type !== 'replace');
        if (relevant.length === 0) return;
        const nodes = applyNodeChanges(relevant, get().nodes);
        if (!relevant.some((c) => c.type === 'select')) return set({ nodes });
        const before = get().selection;
        const now = new Set(nodes.filter((n) => n.selected && n.type === 'person').map((n) => n.id));
        const selection = [...before.filter((id) => now.has(id)), ...[...now].filter((id) => !before.includes(id))];
        set({ nodes, selection, ...(selection.length ? { selectedEdge: null } : {}) });
      },
      onEdgesChange(changes) {
        const relevant = changes.filter((c) => c.type === 'select');
        if (relevant.length === 0) return;
        const edges = applyEdgeChanges(relevant, get().edges);
        set({ edges, selectedEdge: edges.find((e) => e.selected)?.id ?? null });
      },
      setPanel(panel) {
        set({ panel });
      },
      setLegendOpen(legendOpen) {
        set({ legendOpen });
      },
      setSearchOpen(searchOpen) {
        set({ searchOpen });
      },
      setWords(nextWords, nextLocale) {
        update({ words: nextWords, locale: nextLocale });
      },
      setRoutes(routed) {
        const job = get().routeJob;
        if (job && job.key === routed.key && job.links === routed.links) update({ routed });
      },
      setHighlight(highlight) {
        update({ highlight });
        // The way in is shown whole: none of its people folded away.
        for (const id of highlight ?? []) get().reveal(id);
      },
    };
  });
}

export type MapStore = StoreApi<MapState>;
export const MapStoreContext = createContext<MapStore | null>(null);

/** Reads from the open map's store; pick narrowly (never the whole nodes array outside the canvas). */
export function useMap<T>(selector: (state: MapState) => T): T {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('useMap outside a map');
  return useStore(store, selector);
}

export function useMapStore(): MapStore {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('useMapStore outside a map');
  return store;
}

