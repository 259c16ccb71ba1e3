import { useReactFlow } from '@xyflow/react';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import { toast, toastError } from '../../components/toastStore.js';
import type { StakeholderCommands } from '../stakeholders/commands.js';
import { fileNameOf, saveFile, showInFolder } from '../../api/files.js';
import { mapAsSvg, exportFileName, svgToPng } from './exportMap.js';
import type { MapState, MapStore } from './mapStore.js';
import { isTidyTree } from './placement.js';
import type { RunLayout } from './useLayout.js';

/** Resolves true once the automatic layout has replaced `before` and the canvas has drawn it; false after a while. */
function whenLaidOut(store: MapStore, before: MapState['auto']): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      window.clearTimeout(timer);
      unsubscribe();
      // Two frames: React Flow takes the new nodes on the next render, and fits to what it has.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(ok)));
    };
    const unsubscribe = store.subscribe((s) => {
      if (s.auto !== before) done(true);
    });
    const timer = window.setTimeout(() => done(false), 5000);
  });
}

const layoutPeople = (store: MapStore) =>
  (store.getState().map?.people ?? []).map((p) => ({ id: p.id, reportsToId: p.reportsToId, x: p.x, y: p.y }));

/** The toolbar's heavier actions: add, re-layout, the compact arrangement, the layered decision chain, and export. */
export function useMapActions(opts: {
  store: MapStore;
  commands: StakeholderCommands;
  runLayout: RunLayout;
  canvas: RefObject<HTMLElement | null>;
  accountName: string;
}) {
  const { store, commands, runLayout, canvas, accountName } = opts;
  const { t } = useTranslation();
  const { screenToFlowPosition } = useReactFlow();
  const [busy, setBusy] = useState(false);

  /** A new person goes in the middle of what the user is looking at (or, given a manager, under them). */
  const add = () => {
    const box = canvas.current?.getBoundingClientRect();
    const centre = box ? screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
    store.getState().setPanel({ kind: 'new', position: { x: Math.round(centre.x - W / 2), y: Math.round(centre.y - H / 2) }, clicked: false });
  };

  /** Everyone laid out anew as a tidy org chart, saved as one undoable move. */
  const relayout = async () => {
    const state = store.getState();
    if (!state.map || state.map.people.length === 0) return;
    setBusy(true);
    try {
      const positions = await runLayout({ kind: 'tree', people: layoutPeople(store), compact: store.getState().compact });
      const people = store.getState().map?.people ?? [];
      const moves = people.flatMap((p) => (positions[p.id] ? [{ id: p.id, x: Math.round(positions[p.id]!.x), y: Math.round(positions[p.id]!.y) }] : []));
      if (moves.length && (await commands.movePeople(moves, 'map.history.relayout')) !== null) store.getState().askRefit();
    } catch (error) {
      toastError(error instanceof Error ? t('map.export.failed', { message: error.message }) : t('errors.internal'));
    } finally {
      setBusy(false);
    }
  };

  /**
   * The compact arrangement on or off. A map nobody placed by hand is laid out again at once and
   * fitted in view; hand-placed cards stay put, and a toast offers the re-layout.
   */
  const toggleCompact = async () => {
    const state = store.getState();
    const people = state.map?.people ?? [];
    const treeMode = isTidyTree(people);
    const before = state.auto;
    state.setCompact(!state.compact);
    if (!treeMode) {
      if (people.length > 0) toast(t('map.toolbar.compactLater'), { label: t('map.toolbar.relayoutNow'), run: () => void relayout() });
      return;
    }
    if (await whenLaidOut(store, before)) store.getState().askRefit();
  };

  /** Decision-chain view: the people on the decision flow in layers, by step (view only, nothing saved). */
  const toggleLayered = async () => {
    const state = store.getState();
    if (state.layered) return state.setLayered(null);
    if (!state.map) return;
    setBusy(true);
    try {
      const links = state.map.links.filter((l) => l.kind === 'decision_flow').map((l) => ({ sourceId: l.sourceId, targetId: l.targetId, step: l.step }));
      const positions = await runLayout({ kind: 'chain', people: layoutPeople(store), links });
      // Fitted in view by the canvas (setLayered asks for it).
      store.getState().setLayered(positions);
    } catch (error) {
      toastError(error instanceof Error ? t('map.export.failed', { message: error.message }) : t('errors.internal'));
    } finally {
      setBusy(false);
    }
  };

  const exportMap = async (kind: 'svg' | 'png') => {
    setBusy(true);
    try {
      const svg = mapAsSvg(store.getState(), t, accountName);
      const path = await saveFile(exportFileName(accountName, store.getState().view, kind, t), kind, kind === 'svg' ? svg : await svgToPng(svg));
      if (path !== null) toast(t('map.export.done', { file: fileNameOf(path) }), { label: t('common.showInFolder'), run: () => void showInFolder(path) });
    } catch (error) {
      toastError(error instanceof RangeError ? t('map.export.tooLarge') : t('map.export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return { busy, add, relayout, toggleCompact, toggleLayered, exportMap };
}
