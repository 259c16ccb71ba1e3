import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paramText } from '../../../../shared/i18n/index.js';
import { ATTITUDE_COLORS, CARD_HEIGHT as H, CARD_WIDTH as W, UNOWNED_COLOR } from '../../../../shared/domain/mapStyle.js';
import { clustersOf, pickLabels, type Cluster } from './overviewLabels.js';
import { isPersonNode, type MapEdge, type MapNode } from './types.js';
import { usePaintOnView } from './usePaintOnView.js';
import { fitting } from './viewport.js';

/**
 * The map far out (zoom below NAMES_FROM): every shown person a coloured block (attitude, or owner
 * in the coverage view) and every reporting line a hairline, drawn on one canvas, with readable
 * labels for departments and branches. Ten thousand people are one canvas redrawn per frame while
 * panning (only what is in view), not ten thousand elements. Clicking a label zooms to that group.
 */

type Transform = [number, number, number];
/** A label's row height (px): a label a row up stands this much higher. */
const LABEL_ROW = 24;

interface Drawing {
  /** x, y of each block (flow units), with its colour index and whether it is dimmed. */
  blocks: Float64Array;
  colors: string[];
  dimmed: Uint8Array;
  /** Elbow lines: x1, y1, x2, y2 (flow units), manager's bottom centre to the report's top centre. */
  lines: Float64Array;
}

/** A card's colour as a block (here and in the minimap): its attitude, or its owner in the coverage view. */
export const blockColor = (n: MapNode): string => {
  if (!isPersonNode(n)) return n.data.color;
  if (n.data.coverage) return n.data.ownerColor ?? UNOWNED_COLOR;
  return ATTITUDE_COLORS[n.data.person.attitude].border;
};

function drawingOf(nodes: readonly MapNode[], edges: readonly MapEdge[]): Drawing {
  const colors: string[] = [];
  const colorIndex = new Map<string, number>();
  const blocks = new Float64Array(nodes.length * 3);
  const dimmed = new Uint8Array(nodes.length);
  const at = new Map<string, { x: number; y: number; w: number; h: number }>();
  nodes.forEach((n, i) => {
    const w = n.width ?? W;
    const h = n.height ?? H;
    at.set(n.id, { x: n.position.x, y: n.position.y, w, h });
    const color = blockColor(n);
    if (!colorIndex.has(color)) colorIndex.set(color, colors.push(color) - 1);
    blocks.set([n.position.x, n.position.y, colorIndex.get(color)!], i * 3);
    dimmed[i] = isPersonNode(n) && n.data.dimmed ? 1 : 0;
  });
  const lines: number[] = [];
  for (const e of edges) {
    if (e.type !== 'reports') continue;
    const from = at.get(e.source);
    const to = at.get(e.target);
    if (from && to) lines.push(from.x + from.w / 2, from.y + from.h, to.x + to.w / 2, to.y);
  }
  return { blocks, colors, dimmed, lines: Float64Array.from(lines) };
}

/** Draws what is in view; returns the screen box of all blocks (for tests: is the whole tree in view?). */
function draw(canvas: HTMLCanvasElement, d: Drawing, [tx, ty, k]: Transform) {
  const dpr = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const visible = (x0: number, y0: number, x1: number, y1: number) => x1 >= 0 && y1 >= 0 && x0 <= width && y0 <= height;

  ctx.beginPath();
  for (let i = 0; i < d.lines.length; i += 4) {
    const x1 = d.lines[i]! * k + tx;
    const y1 = d.lines[i + 1]! * k + ty;
    const x2 = d.lines[i + 2]! * k + tx;
    const y2 = d.lines[i + 3]! * k + ty;
    if (!visible(Math.min(x1, x2), y1, Math.max(x1, x2), y2)) continue;
    const mid = (y1 + y2) / 2;
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1, mid);
    ctx.lineTo(x2, mid);
    ctx.lineTo(x2, y2);
  }
  ctx.strokeStyle = '#b4bccb';
  ctx.lineWidth = 1;
  ctx.stroke();

  // At least a couple of pixels, so a person far out is still a dot.
  const w = Math.max(2, W * k);
  const h = Math.max(1.5, H * k);
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let pass = 0; pass < 2; pass++) {
    ctx.globalAlpha = pass === 0 ? 0.25 : 1;
    d.colors.forEach((color, c) => {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (let i = 0; i < d.dimmed.length; i++) {
        if (d.blocks[i * 3 + 2] !== c || d.dimmed[i] !== (pass === 0 ? 1 : 0)) continue;
        const x = d.blocks[i * 3]! * k + tx;
        const y = d.blocks[i * 3 + 1]! * k + ty;
        box[0] = Math.min(box[0]!, x);
        box[1] = Math.min(box[1]!, y);
        box[2] = Math.max(box[2]!, x + w);
        box[3] = Math.max(box[3]!, y + h);
        if (visible(x, y, x + w, y + h)) ctx.rect(x, y, w, h);
      }
      ctx.fill();
    });
  }
  ctx.globalAlpha = 1;
  canvas.dataset.people = String(d.dimmed.length);
  canvas.dataset.bounds = box.map(Math.round).join(' ');
}

export function Overview({ nodes, edges, people }: { nodes: readonly MapNode[]; edges: readonly MapEdge[]; people: ReadonlyMap<string, { reportsToId: string | null; name: string; department: string }> }) {
  const { t, i18n } = useTranslation();
  const flow = useStoreApi();
  const { setViewport } = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const labelsLayer = useRef<HTMLDivElement>(null);
  const drawing = useMemo(() => drawingOf(nodes, edges), [nodes, edges]);
  const clusters = useMemo(
    () =>
      clustersOf(
        nodes.filter(isPersonNode).map((n) => {
          const p = people.get(n.id);
          return { id: n.id, reportsToId: p?.reportsToId ?? null, name: p?.name ?? '', department: p?.department ?? '', x: n.position.x, y: n.position.y };
        }),
      ),
    [nodes, people],
  );
  const [zoom, setZoom] = useState(() => flow.getState().transform[2]);
  const labels = useMemo(() => pickLabels(clusters, zoom), [clusters, zoom]);

  usePaintOnView(
    useCallback(() => {
      const transform = flow.getState().transform;
      if (canvas.current) draw(canvas.current, drawing, transform);
      if (labelsLayer.current) labelsLayer.current.style.transform = `translate(${transform[0]}px, ${transform[1]}px)`;
      setZoom(transform[2]);
    }, [flow, drawing]),
  );

  const zoomTo = (c: Cluster) => {
    const { width, height } = flow.getState();
    void setViewport(fitting(c, { width, height }), { duration: 240 });
  };

  return (
    <div className="map-overview">
      <canvas ref={canvas} className="map-overview-canvas" aria-hidden="true" />
      <div ref={labelsLayer} className="map-overview-labels">
        {labels.map((c) => (
          <button
            key={c.headId}
            type="button"
            className="overview-label"
            style={{ left: ((c.left + c.right) / 2) * zoom, top: c.top * zoom - c.row * LABEL_ROW }}
            title={t('map.overview.zoomTo', { name: c.label })}
            aria-label={t('map.overview.zoomTo', { name: c.label })}
            onClick={() => zoomTo(c)}
          >
            {c.label}
            <span className="overview-count">{paramText(c.count, i18n.language)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
