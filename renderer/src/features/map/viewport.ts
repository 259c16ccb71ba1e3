import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import { descendantsOf } from '../../../../shared/domain/reportingTree.js';
import { childrenIn } from './treeIndex.js';
import type { MapState, MapStore } from './mapStore.js';
import { isPersonNode, type MapNode, type XY } from './types.js';
import { FULL_FROM, MIN_ZOOM, READABLE_ZOOM, zoomLevel } from './zoomLevels.js';

/** Room around the cards when what is shown is fitted in view (screen pixels). */
export const FIT_MARGIN = 28;
/** Re-fits are animated, briefly: long enough to see where things went, short enough not to wait. */
const REFIT_MS = 240;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box around every shown card and department chip (flow units), or null when nothing is shown. */
export function shownBounds(nodes: readonly MapNode[]): Box | null {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    left = Math.min(left, n.position.x);
    top = Math.min(top, n.position.y);
    right = Math.max(right, n.position.x + (n.width ?? W));
    bottom = Math.max(bottom, n.position.y + (n.height ?? H));
  }
  return left <= right ? { left, top, right, bottom } : null;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The viewport that shows `box` whole and centred, `FIT_MARGIN` around it, never closer than zoom 1. */
export function fitting(box: Box, size: { width: number; height: number }): Viewport {
  const zoom = clamp(
    Math.min((size.width - 2 * FIT_MARGIN) / (box.right - box.left), (size.height - 2 * FIT_MARGIN) / (box.bottom - box.top)),
    MIN_ZOOM,
    1,
  );
  return { x: size.width / 2 - ((box.left + box.right) / 2) * zoom, y: size.height / 2 - ((box.top + box.bottom) / 2) * zoom, zoom };
}

/**
 * Where the map opens: on the person asked for (`?focus=`), at zoom 1. Otherwise on the top of the
 * tree, anchored at the top of the canvas: everything shown when it fits at a readable zoom (deep
 * levels are folded so that it does: see firstView.ts), else at the readable zoom centred on the
 * head of the largest reporting tree, from where Fit view, the minimap and search lead on.
 */
export function firstViewport(state: MapState, focusId: string | null, size: { width: number; height: number }): Viewport {
  const people = state.map?.people ?? [];
  const shown = state.nodes.filter(isPersonNode);
  const focus = focusId ? shown.find((n) => n.id === focusId) : undefined;
  if (focus) return { x: size.width / 2 - (focus.position.x + W / 2), y: size.height / 2 - (focus.position.y + H / 2), zoom: 1 };
  const box = shownBounds(state.nodes);
  if (!box) return { x: 0, y: 0, zoom: 1 };
  const atTop = (centreX: number, zoom: number) => ({ x: size.width / 2 - centreX * zoom, y: FIT_MARGIN - box.top * zoom, zoom });
  const all = fitting(box, size);
  if (all.zoom >= READABLE_ZOOM) return atTop((box.left + box.right) / 2, all.zoom);
  // A small map shown whole (nothing folded) opens fitted while its full cards are drawn, rather
  // than cut off at an edge for the last bit of text size.
  if (state.collapsed.size === 0 && all.zoom >= FULL_FROM) return atTop((box.left + box.right) / 2, all.zoom);
  const children = childrenIn(people);
  const at = new Map(shown.map((n) => [n.id, n.position]));
  let head: XY | undefined;
  let most = -1;
  for (const p of people) {
    if (!at.has(p.id) || (p.reportsToId && at.has(p.reportsToId))) continue;
    const count = descendantsOf(p.id, children).length;
    if (count > most) [head, most] = [at.get(p.id), count];
  }
  return atTop((head?.x ?? box.left) + W / 2, READABLE_ZOOM);
}

/**
 * Fits the view to what is shown, briefly animated, whenever the store asks (after Expand all, a
 * department folded or unfolded, a view change, the layered layout, a re-layout), once the layout
 * worker has placed everyone. `onFitted` counts the fits (tests and benchmarks wait on it).
 */
export function useRefit(store: MapStore, onFitted: () => void) {
  const { setViewport } = useReactFlow();
  const flow = useStoreApi();
  useEffect(() => {
    let frame = 0;
    let target: Viewport | null = null;
    let done = 0;
    let flight = 0;
    /** Ends flight `n` once, whichever comes first: its end, or the timer. */
    const finish = (n: number) => {
      if (n !== flight) return;
      flight += 1;
      window.clearTimeout(done);
      if (store.getState().fittingFar) store.setState({ fittingFar: false });
      onFitted();
    };
    const fit = () => {
      frame = 0;
      const to = target;
      target = null;
      if (!to) return onFitted();
      const n = flight;
      // An interrupted flight (the user zooms meanwhile) may never say it ended.
      done = window.setTimeout(() => finish(n), REFIT_MS + 200);
      void setViewport(to, { duration: REFIT_MS }).then(() => finish(n));
    };
    /** Where the flight goes, and whether it ends among blocks (then drawn as blocks from its first frame). */
    const start = () => {
      const state = store.getState();
      const box = shownBounds(state.nodes);
      const { width, height } = flow.getState();
      target = box ? fitting(box, { width, height }) : null;
      const far = target !== null && zoomLevel(target.zoom) === 'blocks' && zoomLevel(flow.getState().transform[2]) !== 'blocks';
      store.setState({ refitAsked: false, ...(far ? { fittingFar: true } : {}) });
      frame = requestAnimationFrame(fit);
    };
    const schedule = (state: MapState, previous?: MapState) => {
      // Still being laid out: the worker's positions try again.
      if (!state.refitAsked || state.laying || frame !== 0) return;
      // The worker's positions just came in: everything is in place, before anything is drawn.
      if (previous?.laying) return start();
      // Otherwise a frame later: the layout effect a change starts has run by then (and said whether it is laying out).
      frame = requestAnimationFrame(() => {
        frame = 0;
        const now = store.getState();
        if (now.refitAsked && !now.laying) start();
      });
    };
    schedule(store.getState());
    const unsubscribe = store.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      window.clearTimeout(done);
    };
  }, [store, flow, setViewport, onFitted]);
}

/** The person's node once it is on the canvas (a fold just opened is laid out first), or null after a while. */
function whenShown(store: MapStore, id: string): Promise<MapNode | null> {
  return new Promise((resolve) => {
    let timer = 0;
    const check = () => {
      const node = store.getState().nodes.find((n) => n.id === id);
      if (!node || node.hidden) return false;
      window.clearTimeout(timer);
      unsubscribe();
      resolve(node);
      return true;
    };
    const unsubscribe = store.subscribe(() => void check());
    if (check()) return;
    timer = window.setTimeout(() => {
      unsubscribe();
      resolve(null);
    }, 5000);
  });
}

/** Selects a person, shows them if hidden (folded, filtered), centres the map on them and focuses their card. */
export function useFocusPerson(store: MapStore) {
  const { setCenter, getZoom } = useReactFlow();
  return useCallback(
    async (id: string) => {
      const state = store.getState();
      state.reveal(id);
      state.select([id]);
      const node = await whenShown(store, id);
      if (!node) return;
      await setCenter(node.position.x + W / 2, node.position.y + H / 2, { zoom: Math.max(getZoom(), 0.9), duration: 200 });
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    },
    [store, setCenter, getZoom],
  );
}

/** Unfolding never zooms out further than this to make room for the reports. */
const UNFOLD_MIN_ZOOM = 0.3;
const UNFOLD_MARGIN = 16;

/**
 * After a card is unfolded and its reports are laid out, zooms out around that card (it stays
 * exactly where it is on screen) until its direct reports are in view, if they are not already.
 */
export function useRevealUnfolded(store: MapStore) {
  const { getViewport, setViewport } = useReactFlow();
  const flow = useStoreApi();
  useEffect(
    () =>
      store.subscribe((state) => {
        const id = state.unfolded;
        if (!id) return;
        const card = state.nodes.find((n) => n.id === id);
        if (!card || card.hidden) return;
        const reports = state.nodes.filter((n) => isPersonNode(n) && n.data.person.reportsToId === id && !n.hidden);
        // Not laid out yet (the worker is still at it): wait for the next change.
        if (reports.length === 0) return;
        queueMicrotask(() => store.setState({ unfolded: null }));
        const { x: vx, y: vy, zoom } = getViewport();
        const { width, height } = flow.getState();
        const sx = card.position.x * zoom + vx;
        const sy = card.position.y * zoom + vy;
        let fits = zoom;
        for (const n of [card, ...reports]) {
          const right = n.position.x + W - card.position.x;
          const left = card.position.x - n.position.x;
          const below = n.position.y + H - card.position.y;
          if (right > 0) fits = Math.min(fits, (width - UNFOLD_MARGIN - sx) / right);
          if (left > 0) fits = Math.min(fits, (sx - UNFOLD_MARGIN) / left);
          if (below > 0) fits = Math.min(fits, (height - UNFOLD_MARGIN - sy) / below);
        }
        const next = Math.max(fits, Math.min(UNFOLD_MIN_ZOOM, zoom));
        if (next >= zoom - 0.001) return;
        // At once, as the unfolded tree itself appears: an animated zoom would slide the card about on the way.
        void setViewport({ x: sx - card.position.x * next, y: sy - card.position.y * next, zoom: next }, { duration: 0 });
      }),
    [store, getViewport, setViewport, flow],
  );
}
