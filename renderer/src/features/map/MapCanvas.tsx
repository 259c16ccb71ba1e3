import {
  Background,
  Controls,
  MiniMap,
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
import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDE_COLORS, CARD_HEIGHT as H, CARD_WIDTH as W, UNOWNED_COLOR } from '../../../../shared/domain/mapStyle.js';
import { toastError } from '../../components/toastStore.js';
import type { StakeholderCommands } from '../stakeholders/commands.js';
import { DepartmentNode } from './DepartmentNode.js';
import { LinkEdgeComponent, ReportsEdgeComponent } from './edges.js';
import { useMap, useMapStore } from './mapStore.js';
import { PersonCard } from './PersonCard.js';
import { isPersonNode, type MapEdge, type MapNode } from './types.js';
import { initialFit, useRevealUnfolded } from './viewport.js';

// Declared once at module scope: React Flow re-creates every node and edge when these objects change.
const nodeTypes: NodeTypes = { person: PersonCard, department: DepartmentNode };
const edgeTypes: EdgeTypes = { reports: ReportsEdgeComponent, link: LinkEdgeComponent };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
/** Above this many people only the cards in view are mounted (React Flow's onlyRenderVisibleElements). */
const VISIBLE_ONLY_FROM = 150;
/**
 * Below this zoom dashed lines are drawn solid: their dashes are under a pixel and no longer tell
 * the kinds apart (the colours still do), and thousands of them made every drag frame slow to paint.
 */
const FAR_ZOOM = 0.3;

const toMoves = (nodes: Node[]) => nodes.filter((n) => n.type === 'person').map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) }));

const minimapColor = (node: Node) => {
  const n = node as MapNode;
  if (!isPersonNode(n)) return n.data.color;
  if (n.data.coverage) return n.data.ownerColor ?? UNOWNED_COLOR;
  return ATTITUDE_COLORS[n.data.person.attitude].border;
};

/** Whether every shown card is inside the canvas: then the minimap has nothing to lead to, and would only cover cards. */
function useAllInView(nodes: readonly MapNode[]): boolean {
  const bounds = useMemo(() => {
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const n of nodes) {
      if (n.hidden) continue;
      left = Math.min(left, n.position.x);
      top = Math.min(top, n.position.y);
      right = Math.max(right, n.position.x + (n.width ?? 0));
      bottom = Math.max(bottom, n.position.y + (n.height ?? 0));
    }
    return left <= right ? { left, top, right, bottom } : null;
  }, [nodes]);
  return useStore(
    useCallback(
      (s: { transform: [number, number, number]; width: number; height: number }) => {
        if (!bounds) return true;
        const [x, y, zoom] = s.transform;
        return bounds.left * zoom + x >= -1 && bounds.top * zoom + y >= -1 && bounds.right * zoom + x <= s.width + 1 && bounds.bottom * zoom + y <= s.height + 1;
      },
      [bounds],
    ),
  );
}

interface MapCanvasProps {
  label: string;
  commands: StakeholderCommands;
  peopleCount: number;
  /** The person the map opens on (`?focus=`), if any. */
  focusId: string | null;
}

/** The React Flow canvas: cards, lines, dragging, linking, selection, minimap and zoom controls. */
export function MapCanvas({ label, commands, peopleCount, focusId }: MapCanvasProps) {
  const { t } = useTranslation();
  const store = useMapStore();
  const nodes = useMap((s) => s.nodes);
  const edges = useMap((s) => s.edges);
  const onNodesChange = useMap((s) => s.onNodesChange);
  const onEdgesChange = useMap((s) => s.onEdgesChange);
  const { screenToFlowPosition } = useReactFlow();
  const [connecting, setConnecting] = useState(false);
  /** Set once the first view is in place: what "the map is open" means (tests and benchmarks wait for it). */
  const [viewReady, setViewReady] = useState(false);
  const flow = useStoreApi();
  const allInView = useAllInView(nodes);
  const far = useStore((s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM);
  useRevealUnfolded(store);
  const dragStart = useRef<{ id: string; x: number; y: number }[]>([]);

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

  /** The first view, once the canvas knows its size. */
  const onInit = useCallback(
    (instance: ReactFlowInstance<MapNode, MapEdge>) => {
      const { width, height } = flow.getState();
      const first = initialFit(store.getState(), focusId, { width, height });
      void instance.fitView(first.fit).then(async () => {
        const top = first.top ? instance.getNode(first.top) : undefined;
        if (top) {
          const { x, zoom } = instance.getViewport();
          await instance.setViewport({ x, y: 28 - top.position.y * zoom, zoom });
        }
        setViewReady(true);
      });
    },
    // Only the first mount counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane')) return;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      store.getState().setPanel({ kind: 'new', position: { x: Math.round(at.x - W / 2), y: Math.round(at.y - H / 2) }, clicked: true });
    },
    [screenToFlowPosition, store],
  );

  return (
    <ReactFlow
      className={`map-canvas${connecting ? ' is-connecting' : ''}${far ? ' is-far' : ''}`}
      aria-label={label}
      data-view-ready={viewReady}
      nodes={nodes}
      edges={edges}
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
      onlyRenderVisibleElements={peopleCount > VISIBLE_ONLY_FROM}
      onInit={onInit}
      zoomOnDoubleClick={false}
      deleteKeyCode={null}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      selectionKeyCode="Shift"
      connectionRadius={28}
      connectionLineStyle={{ stroke: 'var(--accent)', strokeWidth: 2, strokeDasharray: '6 4' }}
      minZoom={0.1}
      maxZoom={2}
      edgesFocusable
      elevateNodesOnSelect={false}
      proOptions={PRO_OPTIONS}
    >
      <Background gap={24} size={1} color="#d5dae3" />
      {!allInView && (
        <MiniMap
          pannable
          zoomable
          ariaLabel={t('map.minimap')}
          nodeColor={minimapColor}
          nodeStrokeWidth={0}
          maskColor="rgba(240, 243, 248, 0.7)"
        />
      )}
      <Controls showInteractive={false} aria-label={t('map.controls')} />
    </ReactFlow>
  );
}
