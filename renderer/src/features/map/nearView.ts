import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../../../../shared/domain/mapStyle.js';
import type { Box } from './viewport.js';
import type { MapEdge, MapNode } from './types.js';

/** Half a power of two: the cell changes after zooming by about 19 %. */
const ZOOM_STEPS_PER_DOUBLING = 2;

/**
 * Where the view is, coarsely, as a key: the grid cell (one view wide and high, at the zoom rounded
 * to half a power of two) that its top-left corner is in. It changes only after panning about a
 * view's width or height, or zooming by about 19 %, so what depends on it is worked out rarely.
 * Empty while the canvas has no size.
 */
export function viewCell([x, y, zoom]: readonly [number, number, number], width: number, height: number): string {
  if (!(width > 0 && height > 0 && zoom > 0)) return '';
  const step = Math.round(Math.log2(zoom) * ZOOM_STEPS_PER_DOUBLING);
  const cellW = width / 2 ** (step / ZOOM_STEPS_PER_DOUBLING);
  const cellH = height / 2 ** (step / ZOOM_STEPS_PER_DOUBLING);
  return `${Math.floor(-x / zoom / cellW)}:${Math.floor(-y / zoom / cellH)}:${cellW}:${cellH}`;
}

/**
 * The flow area around a view cell: a cell's worth beyond it on the top and left, two on the right
 * and bottom. A view whose corner is in the cell lies inside it with most of a view to spare on
 * every side (its zoom is within 19 % of the cell's), wherever in the cell the corner is.
 */
export function aroundCell(cell: string): Box | null {
  if (cell === '') return null;
  const [i, j, w, h] = cell.split(':').map(Number) as [number, number, number, number];
  return { left: (i - 1) * w, top: (j - 1) * h, right: (i + 3) * w, bottom: (j + 3) * h };
}

const boxOf = (n: MapNode): Box => ({ left: n.position.x, top: n.position.y, right: n.position.x + (n.width ?? W), bottom: n.position.y + (n.height ?? H) });
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const joined = (a: Box, b: Box): Box => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) });

/**
 * What the canvas library is handed of a big map: the cards in `area`, the selected and dragged
 * ones, and both ends of every line that may cross it (both ends must be there for a line to be
 * drawn). It does work over every card it holds on each change (a drag frame, a pan), so handing it
 * the ~100 cards near the view instead of all 1,500 or 10,000 keeps that work small. Everything else
 * (minimap, overview, search, fitting) works on the whole map. Without an area, all of it.
 */
export function nearView(nodes: MapNode[], edges: MapEdge[], area: Box | null): { nodes: MapNode[]; edges: MapEdge[] } {
  if (!area) return { nodes, edges };
  const byId = new Map<string, MapNode>();
  const keep = new Set<string>();
  for (const n of nodes) {
    byId.set(n.id, n);
    if (n.selected || n.dragging || overlaps(boxOf(n), area)) keep.add(n.id);
  }
  for (const e of edges) {
    if (keep.has(e.source) && keep.has(e.target)) continue;
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target) continue;
    if (e.selected || overlaps(joined(boxOf(source), boxOf(target)), area)) {
      keep.add(e.source);
      keep.add(e.target);
    }
  }
  if (keep.size === nodes.length) return { nodes, edges };
  return { nodes: nodes.filter((n) => keep.has(n.id)), edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}
