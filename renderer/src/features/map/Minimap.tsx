import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, type PointerEvent, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import { blockColor } from './Overview.js';
import type { MapNode } from './types.js';
import { usePaintOnView } from './usePaintOnView.js';
import { shownBounds } from './viewport.js';
import { MAX_ZOOM, MIN_ZOOM } from './zoomLevels.js';

export const MINIMAP_W = 180;
export const MINIMAP_H = 120;
const PAD = 6;
const MASK = 'rgba(240, 243, 248, 0.6)';
const VIEW_STROKE = '#2f5bd3';
/** The smallest the view's frame is drawn (px). */
const VIEW_MIN = 8;

/** Where the shown cards land in the minimap: the scale and offset that fit them all in, centred. */
interface Frame {
  scale: number;
  dx: number;
  dy: number;
}

function frameOf(nodes: readonly MapNode[]): Frame | null {
  const box = shownBounds(nodes);
  if (!box) return null;
  const { left, top, right, bottom } = box;
  const scale = Math.min((MINIMAP_W - 2 * PAD) / Math.max(1, right - left), (MINIMAP_H - 2 * PAD) / Math.max(1, bottom - top));
  return { scale, dx: (MINIMAP_W - (right - left) * scale) / 2 - left * scale, dy: (MINIMAP_H - (bottom - top) * scale) / 2 - top * scale };
}

function sized(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  if (canvas.width !== MINIMAP_W * dpr) {
    canvas.width = MINIMAP_W * dpr;
    canvas.height = MINIMAP_H * dpr;
  }
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx?.clearRect(0, 0, MINIMAP_W, MINIMAP_H);
  return ctx;
}

/** Every shown card as a block in its colour (drawn again only when the cards change). */
function drawCards(canvas: HTMLCanvasElement, nodes: readonly MapNode[], { scale, dx, dy }: Frame) {
  const ctx = sized(canvas);
  if (!ctx) return;
  const byColor = new Map<string, MapNode[]>();
  for (const n of nodes) {
    const color = blockColor(n);
    const list = byColor.get(color);
    if (list) list.push(n);
    else byColor.set(color, [n]);
  }
  for (const [color, list] of byColor) {
    ctx.fillStyle = color;
    ctx.beginPath();
    for (const n of list) ctx.rect(n.position.x * scale + dx, n.position.y * scale + dy, Math.max(1.5, (n.width ?? W) * scale), Math.max(1.5, (n.height ?? H) * scale));
    ctx.fill();
  }
  canvas.dataset.cards = String(nodes.length);
}

/** The part of the map in view, clear; the rest under a light mask. */
function drawView(canvas: HTMLCanvasElement, [tx, ty, k]: [number, number, number], width: number, height: number, { scale, dx, dy }: Frame) {
  const ctx = sized(canvas);
  if (!ctx) return;
  // Zoomed in on a large map the view is a speck of it: its frame stays big enough to find.
  const w = Math.max(VIEW_MIN, (width / k) * scale);
  const h = Math.max(VIEW_MIN, (height / k) * scale);
  const x = (-tx / k + width / k / 2) * scale + dx - w / 2;
  const y = (-ty / k + height / k / 2) * scale + dy - h / 2;
  ctx.fillStyle = MASK;
  ctx.fillRect(0, 0, MINIMAP_W, MINIMAP_H);
  ctx.clearRect(x, y, w, h);
  ctx.strokeStyle = VIEW_STROKE;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(x, y, w, h);
}

/**
 * The overview in the corner: the shown cards drawn once on a canvas, and the view's frame on a
 * second one redrawn as the view moves (React Flow's own minimap runs a store selector per card on
 * every frame of a pan: ten thousand of them on an unfolded large org). Clicking or dragging on it
 * moves the view there; the wheel zooms.
 */
export const Minimap = memo(function Minimap({ nodes }: { nodes: readonly MapNode[] }) {
  const { t } = useTranslation();
  const flow = useStoreApi();
  const { setViewport } = useReactFlow();
  const cards = useRef<HTMLCanvasElement>(null);
  const view = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);
  const frame = useMemo(() => frameOf(nodes), [nodes]);

  useEffect(() => {
    if (cards.current && frame) drawCards(cards.current, nodes, frame);
  }, [nodes, frame]);

  usePaintOnView(
    useCallback(() => {
      const { transform, width, height } = flow.getState();
      if (view.current && frame) drawView(view.current, transform, width, height, frame);
    }, [flow, frame]),
  );

  /** Centres the view on the point of the map under the pointer, at the same zoom. */
  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    if (!frame) return;
    const box = event.currentTarget.getBoundingClientRect();
    const fx = (event.clientX - box.left - frame.dx) / frame.scale;
    const fy = (event.clientY - box.top - frame.dy) / frame.scale;
    const { width, height, transform } = flow.getState();
    const k = transform[2];
    void setViewport({ x: width / 2 - fx * k, y: height / 2 - fy * k, zoom: k });
  };

  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    const { width, height, transform } = flow.getState();
    const [tx, ty, k] = transform;
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k * Math.pow(2, -event.deltaY / 500)));
    // Zooms about the middle of the view.
    const cx = (width / 2 - tx) / k;
    const cy = (height / 2 - ty) / k;
    void setViewport({ x: width / 2 - cx * next, y: height / 2 - cy * next, zoom: next });
  };

  return (
    <Panel position="bottom-right" className="map-minimap">
      <div
        className="map-minimap-box nopan nowheel"
        role="img"
        aria-label={t('map.minimap')}
        title={t('map.minimap')}
        style={{ width: MINIMAP_W, height: MINIMAP_H }}
        onPointerDown={(event) => {
          dragging.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (dragging.current) moveTo(event);
        }}
        onPointerUp={() => {
          dragging.current = false;
        }}
        onPointerCancel={() => {
          dragging.current = false;
        }}
        onWheel={onWheel}
      >
        <canvas ref={cards} className="map-minimap-cards" />
        <canvas ref={view} className="map-minimap-view" />
      </div>
    </Panel>
  );
});
