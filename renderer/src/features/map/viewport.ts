import { useReactFlow, useStoreApi, type FitViewOptions } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import { childrenOf, descendantsOf } from '../../../../shared/domain/reportingTree.js';
import type { MapState, MapStore } from './mapStore.js';
import { isPersonNode, type MapNode } from './types.js';

/** Below this zoom cards are hard to read: a folded large map then opens on the top of its largest tree. */
const READABLE_ZOOM = 0.6;
/** Room around the cards when everything is fitted in view (screen pixels). */
export const FIT_PADDING = { top: '28px', right: '28px', bottom: '28px', left: '28px' } as const;

/**
 * Where the map opens: on the person asked for (`?focus=`); on everyone when the map opens fully
 * expanded or fits at a readable zoom; otherwise on the head of the largest reporting tree and their direct reports (a readable
 * start, not a speck), from where the minimap and search lead on.
 */
export interface FirstView {
  fit: FitViewOptions<MapNode>;
  /** Scroll so this card sits at the top of the canvas (the head of a large tree). */
  top?: string;
}

export function initialFit(state: MapState, focusId: string | null, size: { width: number; height: number }): FirstView {
  const people = state.map?.people ?? [];
  if (focusId && people.some((p) => p.id === focusId)) return { fit: { nodes: [{ id: focusId }], minZoom: 1, maxZoom: 1, duration: 0 } };
  const shown = state.nodes.filter((n) => n.type === 'person' && !n.hidden);
  if (shown.length === 0) return { fit: { maxZoom: 1, duration: 0 } };
  // Opened fully expanded (a small map): every card in view, however small that makes them.
  if (state.collapsed.size === 0) return { fit: { nodes: shown.map((n) => ({ id: n.id })), padding: FIT_PADDING, maxZoom: 1, duration: 0 } };
  const xs = shown.map((n) => n.position.x);
  const ys = shown.map((n) => n.position.y);
  const width = Math.max(...xs) - Math.min(...xs) + W;
  const height = Math.max(...ys) - Math.min(...ys) + H;
  if (Math.min(size.width / (width * 1.16), size.height / (height * 1.16)) >= READABLE_ZOOM) return { fit: { padding: 0.08, maxZoom: 1, duration: 0 } };
  const children = childrenOf(people);
  let head = people[0]!.id;
  let most = -1;
  for (const p of people) {
    if (p.reportsToId && children.has(p.reportsToId)) continue;
    const count = descendantsOf(p.id, children).length;
    if (count > most) [head, most] = [p.id, count];
  }
  const ids = [head, ...(children.get(head) ?? []).slice(0, 12)];
  return { fit: { nodes: ids.map((id) => ({ id })), padding: 0.2, maxZoom: 1, minZoom: 0.45, duration: 0 }, top: head };
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
