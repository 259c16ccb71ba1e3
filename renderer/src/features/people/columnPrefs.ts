import { useCallback, useMemo, useState } from 'react';
import { DEFAULT_ORDER, type MovableColumn } from './columns.js';

/**
 * Which columns of the key-person table are shown, and in what order: the user's choice, kept in
 * localStorage by column id (the same in every language), for every account.
 */
const KEY = 'keyplan.people.columns';

export interface ColumnPrefs {
  /** Every movable column once, in the user's order. */
  order: MovableColumn[];
  hidden: MovableColumn[];
}

export const DEFAULT_PREFS: ColumnPrefs = { order: [...DEFAULT_ORDER], hidden: [] };

const isMovable = (value: unknown): value is MovableColumn => DEFAULT_ORDER.includes(value as MovableColumn);

/** Whatever was stored, as valid prefs: unknown ids dropped, columns added since then placed where the default has them. */
export function parsePrefs(raw: string | null): ColumnPrefs {
  let stored: Partial<Record<keyof ColumnPrefs, unknown>> = {};
  try {
    stored = raw ? (JSON.parse(raw) as typeof stored) : {};
  } catch {
    return DEFAULT_PREFS;
  }
  const order = [...new Set(Array.isArray(stored.order) ? stored.order.filter(isMovable) : [])];
  for (const column of DEFAULT_ORDER) {
    if (order.includes(column)) continue;
    const before = DEFAULT_ORDER.slice(0, DEFAULT_ORDER.indexOf(column)).findLast((c) => order.includes(c));
    order.splice(before ? order.indexOf(before) + 1 : 0, 0, column);
  }
  const hidden = [...new Set(Array.isArray(stored.hidden) ? stored.hidden.filter(isMovable) : [])];
  return { order, hidden };
}

/** The column moved one place up (-1) or down (+1) in the order; unchanged at either end. */
export function moveColumn(prefs: ColumnPrefs, column: MovableColumn, delta: -1 | 1): ColumnPrefs {
  const order = [...prefs.order];
  const from = order.indexOf(column);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return prefs;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return { ...prefs, order };
}

export const toggleColumn = (prefs: ColumnPrefs, column: MovableColumn): ColumnPrefs => ({
  ...prefs,
  hidden: prefs.hidden.includes(column) ? prefs.hidden.filter((c) => c !== column) : [...prefs.hidden, column],
});

function read(): ColumnPrefs {
  try {
    return parsePrefs(window.localStorage.getItem(KEY));
  } catch {
    return DEFAULT_PREFS;
  }
}

function save(prefs: ColumnPrefs): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage unavailable: the choice lasts while the app is open.
  }
}

export function useColumnPrefs() {
  const [prefs, setPrefs] = useState(read);
  const update = useCallback((next: (current: ColumnPrefs) => ColumnPrefs) => {
    setPrefs((current) => {
      const changed = next(current);
      save(changed);
      return changed;
    });
  }, []);
  const shown = useMemo(() => prefs.order.filter((c) => !prefs.hidden.includes(c)), [prefs]);
  return {
    prefs,
    shown,
    toggle: useCallback((column: MovableColumn) => update((p) => toggleColumn(p, column)), [update]),
    move: useCallback((column: MovableColumn, delta: -1 | 1) => update((p) => moveColumn(p, column, delta)), [update]),
    reset: useCallback(() => update(() => DEFAULT_PREFS), [update]),
  };
}

export type ColumnPrefsApi = ReturnType<typeof useColumnPrefs>;
