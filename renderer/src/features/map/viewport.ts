import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useCallback } from 'react';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import { childrenOf, descendantsOf } from './graph.js';
import type { MapState, MapStore } from './mapStore.js';
import type { MapNode } from './types.js';

/** Below this zoom cards are hard to read: the first view then shows the top of the largest tree instead. */
const READABLE_ZOOM = 0.6;

/**
 * Where the map opens: on the person asked for (`?focus=`); on everyone when they fit at a readable
 * zoom; otherwise on the head of the largest reporting tree and their direct reports (a readable
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
