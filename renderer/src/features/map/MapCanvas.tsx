import {
  ControlButton,
  Controls,
  Panel,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeTypes,
  useStore,
  useStoreApi,
  type ReactFlowInstance,
  type Node,
  type NodeTypes,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import { toastError } from '../../components/toastStore.js';
import type { StakeholderCommands } from '../stakeholders/commands.js';
import { DepartmentNode } from './DepartmentNode.js';
import { LinkEdgeComponent, ReportsEdgeComponent } from './edges.js';
import { useMap, useMapStore } from './mapStore.js';
import { PersonCard } from './PersonCard.js';
import { type MapEdge, type MapNode } from './types.js';
import { Overview } from './Overview.js';
import { readMinimap, saveMinimap } from './preferences.js';
import { MINIMAP_H, MINIMAP_W, Minimap } from './Minimap.js';
import { sameOr } from './graph.js';
import { aroundCell, nearView, viewCell } from './nearView.js';
import { firstViewport, useRefit, useRevealUnfolded } from './viewport.js';
import { MAX_ZOOM, MIN_ZOOM, NAMES_FROM, zoomLevel } from './zoomLevels.js';

// Declared once at module scope: React Flow re-creates every node and edge when these objects change.
const nodeTypes: NodeTypes = { person: PersonCard, department: DepartmentNode };
const edgeTypes: EdgeTypes = { reports: ReportsEdgeComponent, link: LinkEdgeComponent };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
/**
 * Above this many people React Flow is handed only the cards near the view (nearView), and mounts
 * only those in it (onlyRenderVisibleElements).
 */
const VISIBLE_ONLY_FROM = 150;
/** Far out the cards are drawn by the overview (one canvas), so React Flow is handed none. */
const NO_NODES: MapNode[] = [];
const NO_EDGES: MapEdge[] = [];
const MINIMAP_MARGIN = 15;

const toMoves = (nodes: Node[]) => nodes.filter((n) => n.type === 'person').map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) }));

/**
 * Whether the minimap is worth its corner: not when every shown card is inside the canvas (it
 * would lead nowhere and only cover cards), nor while a selected card (one being worked on) is
 * under it.
 */
function useMinimapWanted(nodes: readonly MapNode[]): boolean {
  const bounds = useMemo(() => {
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    const selected: { x: number; y: number; w: number; h: number }[] = [];
    for (const n of nodes) {
      left = Math.min(left, n.position.x);
      top = Math.min(top, n.position.y);
      right = Math.max(right, n.position.x + (n.width ?? 0));
      bottom = Math.max(bottom, n.position.y + (n.height ?? 0));
      if (n.selected) selected.push({ x: n.position.x, y: n.position.y, w: n.width ?? W, h: n.height ?? H });
    }
    return left <= right ? { left, top, right, bottom, selected } : null;
  }, [nodes]);
  return useStore(
    useCallback(
      (s: { transform: [number, number, number]; width: number; height: number }) => {
        if (!bounds) return false;
        const [x, y, zoom] = s.transform;
        const allIn = bounds.left * zoom + x >= -1 && bounds.top * zoom + y >= -1 && bounds.right * zoom + x <= s.width + 1 && bounds.bottom * zoom + y <= s.height + 1;
        if (allIn) return false;
        const [mx, my] = [s.width - MINIMAP_W - MINIMAP_MARGIN, s.height - MINIMAP_H - MINIMAP_MARGIN];
        return !bounds.selected.some((c) => c.x * zoom + x < mx + MINIMAP_W && (c.x + c.w) * zoom + x > mx && c.y * zoom + y < my + MINIMAP_H && (c.y + c.h) * zoom + y > my);
      },
      [bounds],
    ),
  );
}

const FitIcon = () => (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
  </svg>
);

interface MapCanvasProps {
  label: string;
  commands: StakeholderCommands;
  peopleCount: number;
  /** The person the map opens on (`?focus=`), if any. */
  focusId: string | null;
  /** What the canvas fills: its size gives the first view before the canvas mounts. */
  stage: RefObject<HTMLDivElement | null>;
}

/** `next`, unless `keepLast` says the value handed back last time still holds (it is then handed back again). */
function useKept<T>(next: T, keepLast: (last: T) => boolean): T {
  const [last, setLast] = useState(next);
  const keep = last === next || keepLast(last);
  if (!keep) setLast(next);
  return keep ? last : next;
}

/** The React Flow canvas: cards, lines, dragging, linking, selection, minimap and zoom controls. */
export function MapCanvas({ label, commands, peopleCount, focusId, stage }: MapCanvasProps) {
  const { t } = useTranslation();
  const store = useMapStore();
  const nodes = useMap((s) => s.nodes);
  const edges = useMap((s) => s.edges);
  const onNodesChange = useMap((s) => s.onNodesChange);
  const onEdgesChange = useMap((s) => s.onEdgesChange);
  const { screenToFlowPosition, setCenter } = useReactFlow();
  const [connecting, setConnecting] = useState(false);
  const flow = useStoreApi();
  // The first view, from the size of what the canvas will fill: its first frame is then already in
  // place (mounted at the origin and moved after, it would draw the cards found there first).
  const [first] = useState(() => {
    const size = { width: stage.current?.clientWidth ?? 0, height: stage.current?.clientHeight ?? 0 };
    if (!(size.width > 0 && size.height > 0)) return null;
    // Told now, the canvas draws the cards in view in its first render; it would learn its size
    // only in an effect after it, and draw them a frame later. Nothing draws from its store yet.
    flow.setState(size);
    return firstViewport(store.getState(), focusId, size);
  });
  /** Set once the first view is in place: what "the map is open" means (tests and benchmarks wait for it). */
  const [viewReady, setViewReady] = useState(first !== null);
  const minimapWanted = useMinimapWanted(nodes);
  const [minimapOn, setMinimapOn] = useState(readMinimap);
  // Changes only when a threshold is crossed: zooming re-renders nothing else.
  const zoomed = useStore((s: { transform: [number, number, number] }) => zoomLevel(s.transform[2]));
  const level = useMap((s) => s.fittingFar) ? 'blocks' : zoomed;
  const people = useMap((s) => s.map?.people);
  const byId = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  /** How many automatic fits have finished: what tests and benchmarks wait on after Expand all. */
  const [fits, setFits] = useState(0);
  useRefit(
    store,
    useCallback(() => setFits((n) => n + 1), []),
  );
  useRevealUnfolded(store);
  const dragStart = useRef<{ id: string; x: number; y: number }[]>([]);

  // While the view is dragged (not zoomed), what it shows is one layer that moves: a frame paints
  // only what comes into view. Kept only while dragging: a promoted layer would stay blurred at a new zoom.
  const onMoveStart = useCallback(
    (event: { type: string } | null) => {
      if (event && (event.type === 'mousedown' || event.type === 'touchstart')) flow.getState().domNode?.classList.add('is-panning');
    },
    [flow],
  );
  const onMoveEnd = useCallback(() => flow.getState().domNode?.classList.remove('is-panning'), [flow]);

  const startDrag = useCallback((dragged: Node[]) => {
    dragStart.current = toMoves(dragged);
  }, []);

  /** Saves where the dragged cards were dropped: one undoable command for one card or many. */
  const stopDrag = useCallback(
    (dragged: Node[]) => {
      const before = dragStart.current;
      const moves = toMoves(dragged);
      dragStart.current = [];
      const was = new Map(before.map((m) => [m.id, m]));
      if (moves.every((m) => was.get(m.id)?.x === m.x && was.get(m.id)?.y === m.y)) return;
      void commands.movePeople(moves).then((done) => {
        // Not saved: put the cards back where the database has them.
        if (done === null) store.getState().refresh();
      });
    },
    [commands, store],
  );
  const onDragStart: OnNodeDrag = useCallback((_event, _node, dragged) => startDrag(dragged), [startDrag]);
  const onDragStop: OnNodeDrag = useCallback((_event, _node, dragged) => stopDrag(dragged), [stopDrag]);
  const onSelectionDragStart = useCallback((_event: MouseEvent, dragged: Node[]) => startDrag(dragged), [startDrag]);
  const onSelectionDragStop = useCallback((_event: MouseEvent, dragged: Node[]) => stopDrag(dragged), [stopDrag]);

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return toastError(t('errors.selfLink'));
      store.getState().setPanel({ kind: 'connect', sourceId: connection.source, targetId: connection.target });
    },
    [store, t],
  );

  const onNodeClick = useCallback(
    (event: MouseEvent, node: Node) => {
      if (node.type !== 'person') return;
      const { panel, setPanel } = store.getState();
      // Adding to a selection shows the selection's panel instead of one person's.
      if (event.shiftKey || event.ctrlKey || event.metaKey) {
        if (panel?.kind === 'person') setPanel(null);
        return;
      }
      setPanel({ kind: 'person', id: node.id });
    },
    [store],
  );

  const onEdgeClick = useCallback(
    (_event: MouseEvent, edge: Edge) => {
      const { setPanel } = store.getState();
      if (edge.type === 'reports') setPanel({ kind: 'reports', personId: edge.target });
      else setPanel({ kind: 'link', id: edge.id });
    },
    [store],
  );

  /** The first view, once the canvas knows its size, when the stage had none yet. */
  const onInit = useCallback(
    (instance: ReactFlowInstance<MapNode, MapEdge>) => {
      if (first) return;
      const { width, height } = flow.getState();
      void instance.setViewport(firstViewport(store.getState(), focusId, { width, height })).then(() => setViewReady(true));
    },
    // Only the first mount counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  /** Far out, a click on the map zooms in there (the blocks are not cards one can pick). */
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      const { transform } = flow.getState();
      if (zoomLevel(transform[2]) !== 'blocks') return;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      void setCenter(at.x, at.y, { zoom: Math.min(1, Math.max(transform[2] * 4, NAMES_FROM + 0.05)), duration: 240 });
    },
    [flow, screenToFlowPosition, setCenter],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane') || zoomLevel(flow.getState().transform[2]) === 'blocks') return;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      store.getState().setPanel({ kind: 'new', position: { x: Math.round(at.x - W / 2), y: Math.round(at.y - H / 2) }, clicked: true });
    },
    [screenToFlowPosition, store, flow],
  );

  const toggleMinimap = () => {
    saveMinimap(!minimapOn);
    setMinimapOn(!minimapOn);
  };
  const blocks = level === 'blocks';
  const big = peopleCount > VISIBLE_ONLY_FROM;
  const cell = useStore((s: { transform: [number, number, number]; width: number; height: number }) => (big ? viewCell(s.transform, s.width, s.height) : ''));
  const near = useMemo(() => nearView(nodes, edges, aroundCell(cell)), [nodes, edges, cell]);
  // The same lines while a card is dragged: React Flow rebuilds its index of lines on every new array.
  const nearEdges = useKept(near.edges, (last) => sameOr(last, near.edges) === last);
  // While cards are dragged the minimap keeps them where they were, and draws them again on the drop.
  const minimapNodes = useKept(nodes, () => nodes.some((n) => n.dragging));

  return (
    <ReactFlow
      className={`map-canvas lod-${level}${connecting ? ' is-connecting' : ''}`}
      aria-label={label}
      data-view-ready={viewReady}
      data-fits={fits}
      nodes={blocks ? NO_NODES : near.nodes}
      edges={blocks ? NO_EDGES : nearEdges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStart={onDragStart}
      onNodeDragStop={onDragStop}
      onSelectionDragStart={onSelectionDragStart}
      onSelectionDragStop={onSelectionDragStop}
      onConnect={onConnect}
      onConnectStart={() => setConnecting(true)}
      onConnectEnd={() => setConnecting(false)}
      onNodeClick={onNodeClick}
      onEdgeClick={onEdgeClick}
      onDoubleClick={onDoubleClick}
      onPaneClick={onPaneClick}
      onMoveStart={onMoveStart}
      onMoveEnd={onMoveEnd}
      onlyRenderVisibleElements={big}
      onInit={onInit}
      defaultViewport={first ?? undefined}
      zoomOnDoubleClick={false}
      deleteKeyCode={null}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      selectionKeyCode="Shift"
      connectionRadius={28}
      connectionLineStyle={{ stroke: 'var(--accent)', strokeWidth: 2, strokeDasharray: '6 4' }}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      edgesFocusable
      elevateNodesOnSelect={false}
      proOptions={PRO_OPTIONS}
    >
      {blocks && <Overview nodes={nodes} edges={edges} people={byId} />}
      {!blocks && minimapWanted && minimapOn && <Minimap nodes={minimapNodes} />}
      {!blocks && minimapWanted && (
        <Panel position="bottom-right" className={`minimap-toggle${minimapOn ? ' is-on' : ''}`}>
          <button type="button" className="btn btn-small" aria-pressed={minimapOn} onClick={toggleMinimap}>
            {minimapOn ? t('map.minimapHide') : t('map.minimapShow')}
          </button>
        </Panel>
      )}
      <Controls showInteractive={false} showFitView={false} aria-label={t('map.controls')}>
        <ControlButton onClick={() => store.getState().askRefit()} title={t('map.fitView')} aria-label={t('map.fitView')}>
          <FitIcon />
        </ControlButton>
      </Controls>
    </ReactFlow>
  );
}
