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

type Point = { x: number; y: number };
export interface Curve {
  start: Point;
  control: Point;
  end: Point;
}

const at = ({ start, control, end }: Curve, t: number): Point => {
  const u = 1 - t;
  return { x: u * u * start.x + 2 * u * t * control.x + t * t * end.x, y: u * u * start.y + 2 * u * t * control.y + t * t * end.y };
};
const inside = (p: Point, box: Window) => p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;

/**
 * The part of the quadratic curve inside `box` (a little more, never less), or null when it is all
 * outside: the curve itself when it lies wholly inside (the usual case), else the piece between the
 * first and last of its points in the box, sampled finely enough that the window cannot be stepped over.
 */
export function clipCurve(curve: Curve, box: Window): Curve | null {
  const { start, control, end } = curve;
  const xs = [start.x, control.x, end.x];
  const ys = [start.y, control.y, end.y];
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  // The curve lies within the triangle of its three points.
  if (right < box.left || left > box.right || bottom < box.top || top > box.bottom) return null;
  if (left >= box.left && right <= box.right && top >= box.top && bottom <= box.bottom) return curve;
  const length = Math.hypot(control.x - start.x, control.y - start.y) + Math.hypot(end.x - control.x, end.y - control.y);
  const spacing = Math.max(1, Math.min(box.right - box.left, box.bottom - box.top) / 4);
  const n = Math.min(4096, Math.max(16, Math.ceil(length / spacing)));
  let first = -1;
  let last = -1;
  for (let i = 0; i <= n; i++) {
    if (!inside(at(curve, i / n), box)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  const t0 = Math.max(0, first - 1) / n;
  const t1 = Math.min(n, last + 1) / n;
  if (t0 === 0 && t1 === 1) return curve;
  // The piece [t0, t1] of a quadratic is a quadratic: its ends are the points there, its control the blossom.
  const a = (1 - t0) * (1 - t1);
  const b = (1 - t0) * t1 + t0 * (1 - t1);
  const c = t0 * t1;
  return {
    start: at(curve, t0),
    control: { x: a * start.x + b * control.x + c * end.x, y: a * start.y + b * control.y + c * end.y },
    end: at(curve, t1),
  };
}
