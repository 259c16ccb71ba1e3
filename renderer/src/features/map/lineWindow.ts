import { useStore } from '@xyflow/react';

/**
 * Long dashed links (someone linked to a person 50,000 px away across an unfolded org) cost their
 * whole length in dashes every paint, whatever part is in view: 100 of them made a zoom step take
 * seconds. So a link is drawn only inside a window around the view: the view and one view's width
 * and height on each side, moved in steps of half a view, so panning redraws the links rarely.
 */

export interface Window {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Flow = { transform: [number, number, number]; width: number; height: number };

const selectWindow = (s: Flow): string => {
  const [x, y, zoom] = s.transform;
  const w = s.width / zoom;
  const h = s.height / zoom;
  // Half a view in flow units, rounded to a power of two so small zoom steps keep the same grid.
  const step = 2 ** Math.ceil(Math.log2(Math.max(w, h, 1) / 2));
  const left = Math.floor((-x / zoom - w) / step) * step;
  const top = Math.floor((-y / zoom - h) / step) * step;
  return `${left} ${top} ${left + Math.ceil((3 * w) / step + 1) * step} ${top + Math.ceil((3 * h) / step + 1) * step}`;
};

/** The window links are drawn in (flow units); changes only when the view moves past a step. */
export function useLineWindow(): Window {
  const [left, top, right, bottom] = useStore(selectWindow).split(' ').map(Number) as [number, number, number, number];
  return { left, top, right, bottom };
}

/** The part of the segment from `a` to `b` inside `box` (Liang–Barsky), or null when it is all outside. */
export function clipSegment(a: { x: number; y: number }, b: { x: number; y: number }, box: Window) {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return { from: { x: a.x + t0 * dx, y: a.y + t0 * dy }, to: { x: a.x + t1 * dx, y: a.y + t1 * dy } };
}
