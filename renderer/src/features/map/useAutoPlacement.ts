import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { toastError } from '../../components/toastStore.js';
import type { MapStore } from './mapStore.js';
import type { RunLayout } from './useLayout.js';

/**
 * Places, in the layout worker, everyone without a stored position. While nobody has one, the map
 * is a tidy tree of what is unfolded, laid out again when a fold, a reporting line or the compact
 * arrangement changes (the card toggled stays put). Once some are placed by hand, the others are placed next to them, and
 * nothing placed moves again.
 */
export function useAutoPlacement(store: MapStore, runLayout: RunLayout) {
  const people = useStore(store, (s) => s.map?.people);
  const collapsed = useStore(store, (s) => s.collapsed);
  const compact = useStore(store, (s) => s.compact);
  const treeKey = useRef('');
  const latest = useRef(0);

  useEffect(() => {
    if (!people) return;
    const job = ++latest.current;
    const apply = (replace: boolean) => (positions: Record<string, { x: number; y: number }>) => {
      if (job === latest.current) store.getState().setAuto(positions, replace);
    };
    const fail = (error: unknown) => toastError(error instanceof Error ? error.message : String(error));
    const treeMode = people.length > 0 && people.every((p) => p.x === null || p.y === null);

    if (treeMode) {
      const key = `${people.map((p) => `${p.id}>${p.reportsToId ?? ''}`).join(',')}|${[...collapsed].sort().join(',')}|${compact}`;
      if (key === treeKey.current) return;
      treeKey.current = key;
      const shape = people.map((p) => ({ id: p.id, reportsToId: p.reportsToId, x: null, y: null }));
      runLayout({ kind: 'tree', people: shape, collapsed: [...collapsed], compact }).then(apply(true), fail);
      return;
    }
    treeKey.current = '';
    const { auto } = store.getState();
    if (people.every((p) => (p.x !== null && p.y !== null) || auto[p.id])) return;
    const known = people.map((p) => ({ id: p.id, reportsToId: p.reportsToId, x: p.x ?? auto[p.id]?.x ?? null, y: p.y ?? auto[p.id]?.y ?? null }));
    runLayout({ kind: 'place', people: known, compact }).then(apply(false), fail);
  }, [people, collapsed, compact, store, runLayout]);
}
