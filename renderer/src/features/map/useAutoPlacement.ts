import { useEffect, useRef, type RefObject } from 'react';
import { useStore } from 'zustand';
import { CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import type { ReportingLine } from '../../../../shared/domain/reportingTree.js';
import { toastError } from '../../components/toastStore.js';
import { firstViewCollapsed, fittedFirstFold } from './firstView.js';
import type { MapStore } from './mapStore.js';
import { isTidyTree, layoutAll, shownPeople } from './placement.js';
import type { RunLayout } from './useLayout.js';
import { READABLE_ZOOM } from './zoomLevels.js';

/** Up to this many cards a tidy tree takes a few milliseconds: laid out at once, without the worker's round trip. */
const IN_PAGE_LAYOUT_MAX = 600;

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

interface LaidTree {
  people: readonly ReportingLine[];
  fold: ReadonlySet<string>;
  compact: boolean;
}

/** The same reporting lines (an edit of a name or an attitude does not move anyone), fold and arrangement. */
const sameTree = (a: LaidTree, b: LaidTree) =>
  a.compact === b.compact &&
  sameSet(a.fold, b.fold) &&
  a.people.length === b.people.length &&
  a.people.every((p, i) => p === b.people[i] || (p.id === b.people[i]!.id && p.reportsToId === b.people[i]!.reportsToId));

/** Only what the tree layout reads (the worker is sent no more than that). */
const treeShape = (p: ReportingLine) => ({ id: p.id, reportsToId: p.reportsToId, x: null, y: null });

/**
 * Places everyone without a stored position. While nobody has one, the map is a tidy tree of what
 * is unfolded, laid out again when a fold, a reporting line or the compact arrangement changes (the
 * card toggled stays put); the first time, deep levels are folded until the tree is about as wide
 * as the canvas at a readable zoom (see fittedFirstFold). Once some are placed by hand, the others
 * are placed next to them, and nothing placed moves again. Small trees are laid out in the page,
 * big ones in the layout worker.
 */
export function useAutoPlacement(store: MapStore, runLayout: RunLayout, stage: RefObject<HTMLElement | null>, focusId: string | null) {
  const people = useStore(store, (s) => s.map?.people);
  const collapsed = useStore(store, (s) => s.collapsed);
  const compact = useStore(store, (s) => s.compact);
  /** The tree last laid out: a layout is asked for again only when the tree, the fold or the arrangement changes. */
  const laidOut = useRef<LaidTree | null>(null);
  const latest = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    if (!people) return;
    const fail = (error: unknown) => toastError(error instanceof Error ? error.message : String(error));
    const treeMode = isTidyTree(people);

    let fold = collapsed;
    if (treeMode && first.current) {
      const width = stage.current?.clientWidth ?? 0;
      const room = width / READABLE_ZOOM;
      // The person asked for and a highlighted way in stay unfolded.
      const keep = [...(focusId ? [focusId] : []), ...(store.getState().highlight ?? [])];
      fold = width > 0 ? fittedFirstFold(people, keep, (shown: readonly ReportingLine[]) => treeWidth(shown, compact) <= room) : firstViewCollapsed(people, keep);
    }
    first.current = false;

    if (treeMode) {
      const tree = { people, fold, compact };
      if (laidOut.current && sameTree(laidOut.current, tree)) return;
      laidOut.current = tree;
      const job = ++latest.current;
      const apply = (positions: Record<string, { x: number; y: number }>) => {
        if (job === latest.current) store.getState().setAuto(positions, true, sameSet(fold, store.getState().collapsed) ? undefined : fold);
      };
      const shown = shownPeople(people, fold);
      if (shown.length <= IN_PAGE_LAYOUT_MAX) return apply(layoutAll(shown, [], compact));
      store.getState().setLaying(true);
      runLayout({ kind: 'tree', people: shown.map(treeShape), compact }).then(apply, (error: unknown) => {
        store.getState().setLaying(false);
        // The new fold, drawn where the cards were (toggleCollapsed waits for this layout to draw it).
        if (job === latest.current) store.getState().refresh();
        fail(error);
      });
      return;
    }
    laidOut.current = null;
    const { auto } = store.getState();
    if (people.every((p) => (p.x !== null && p.y !== null) || auto[p.id])) return;
    const job = ++latest.current;
    const known = people.map((p) => ({ id: p.id, reportsToId: p.reportsToId, x: p.x ?? auto[p.id]?.x ?? null, y: p.y ?? auto[p.id]?.y ?? null }));
    store.getState().setLaying(true);
    runLayout({ kind: 'place', people: known, compact }).then(
      (positions) => {
        if (job === latest.current) store.getState().setAuto(positions, false);
      },
      (error: unknown) => {
        store.getState().setLaying(false);
        fail(error);
      },
    );
  }, [people, collapsed, compact, store, runLayout, stage, focusId]);
}

/** How wide the tidy tree of these people is (flow units). */
function treeWidth(people: readonly ReportingLine[], compact: boolean): number {
  let right = 0;
  for (const at of Object.values(layoutAll(people.map((p) => ({ ...p, x: null, y: null })), [], compact))) right = Math.max(right, at.x + W);
  return right;
}
