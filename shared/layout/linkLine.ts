import type { Link } from '../contract/index.js';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../domain/mapStyle.js';
import type { Point, Rect } from './reportLines.js';
import { fitText, textWidth } from './textFit.js';

/**
 * How a link between two people runs, for the canvas and the SVG export alike. A link is a gentle
 * curve between the two cards' borders: straight when nothing is in the way, bent around the cards
 * it would otherwise run behind (a line passing under a card seems to end there). Its step number
 * and label sit on the line where they cover no card, connection handle, fold badge or each other.
 * `routeLinks` chooses the bends and places once per layout; `linkCurve` and `pointOn` turn them into
 * coordinates from the cards' centres, so a line follows a card being dragged.
 */

/** Font size of a link's label. */
export const LINK_LABEL_SIZE = 11;
export const STEP_RADIUS = 11;
export const LABEL_HEIGHT = 20;
const LABEL_MAX = 180;
/** Sideways distance between the lines joining the same two people. */
const OFFSET_STEP = 26;

/** The label as drawn: one line, cut with '…' to fit (the full text is in the tooltip and the panel). */
export const linkLabel = (label: string): string => (label.trim() ? fitText(label, LINK_LABEL_SIZE, LABEL_MAX) : '');
export const labelWidth = (shown: string): number => textWidth(shown, LINK_LABEL_SIZE) + 14;

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Sideways offsets of the links, so several lines between the same two people stay apart, and
 * clear of a reporting line between them. Measured along the normal of the (smaller id →
 * larger id) direction, so two links drawn in opposite directions still land on different sides.
 */
export function linkOffsets(
  people: readonly { id: string; reportsToId: string | null }[],
  links: readonly Pick<Link, 'id' | 'sourceId' | 'targetId'>[],
): Map<string, number> {
  const managerOf = new Map(people.map((p) => [p.id, p.reportsToId]));
  const reports = (a: string, b: string) => managerOf.get(a) === b && managerOf.has(b);
  const counts = new Map<string, number>();
  for (const l of links) counts.set(pairKey(l.sourceId, l.targetId), (counts.get(pairKey(l.sourceId, l.targetId)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<string, number>();
  for (const l of links) {
    const key = pairKey(l.sourceId, l.targetId);
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const sign = l.sourceId < l.targetId ? 1 : -1;
    // Beside a reporting line (which takes the middle) links go either side of it in turn; else they centre on the middle.
    const slot = reports(l.sourceId, l.targetId) || reports(l.targetId, l.sourceId) ? (index % 2 === 0 ? 1 : -1) * Math.ceil((index + 1) / 2) : index - (counts.get(key)! - 1) / 2;
    out.set(l.id, sign * slot * OFFSET_STEP);
  }
  return out;
}

export interface LinkCurve {
  start: Point;
  control: Point;
  end: Point;
}

/** How far outside its card's border a line starts or ends. */
const EDGE_GAP = 3;

/**
 * Where the ray from `from` toward `to` leaves the card centred at `centre` (plus a small gap).
 * `from` is the line's end moved sideways off the centre (several lines between two people): the
 * border is still the card's own, so a shifted line ends on its card, not beside it in empty space.
 * A shift past the card's half-height is held inside it.
 */
function cardEdge(centre: Point, from: Point, to: Point): Point {
  const hw = W / 2 + EDGE_GAP;
  const hh = H / 2 + EDGE_GAP;
  const inside = { x: clamp(from.x, centre.x - W / 2, centre.x + W / 2), y: clamp(from.y, centre.y - H / 2, centre.y + H / 2) };
  const dx = to.x - inside.x;
  const dy = to.y - inside.y;
  if (dx === 0 && dy === 0) return inside;
  const sx = dx === 0 ? Infinity : (dx > 0 ? centre.x + hw - inside.x : inside.x - (centre.x - hw)) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (dy > 0 ? centre.y + hh - inside.y : inside.y - (centre.y - hh)) / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: inside.x + dx * s, y: inside.y + dy * s };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The curve between the cards centred at `source` and `target`: shifted sideways by `offset`, its
 * middle pushed `bend` further along the same normal (0: a straight line).
 */
export function linkCurve(source: Point, target: Point, offset: number, bend = 0): LinkCurve {
  const length = Math.hypot(target.x - source.x, target.y - source.y) || 1;
  const normal = { x: -(target.y - source.y) / length, y: (target.x - source.x) / length };
  const from = { x: source.x + normal.x * offset, y: source.y + normal.y * offset };
  const to = { x: target.x + normal.x * offset, y: target.y + normal.y * offset };
  // A quadratic curve's middle lies halfway between its chord and its control point.
  const control = { x: (from.x + to.x) / 2 + normal.x * bend * 2, y: (from.y + to.y) / 2 + normal.y * bend * 2 };
  return { start: cardEdge(source, from, control), control, end: cardEdge(target, to, control) };
}

export const curvePath = ({ start, control, end }: LinkCurve, format: (value: number) => string = String): string =>
  `M${format(start.x)},${format(start.y)} Q${format(control.x)},${format(control.y)} ${format(end.x)},${format(end.y)}`;

/** The point at `t` (0 … 1) along the curve, moved `shift` across it. */
export function pointOn({ start, control, end }: LinkCurve, t: number, shift = 0): Point {
  const u = 1 - t;
  const x = u * u * start.x + 2 * u * t * control.x + t * t * end.x;
  const y = u * u * start.y + 2 * u * t * control.y + t * t * end.y;
  if (shift === 0) return { x, y };
  const dx = 2 * u * (control.x - start.x) + 2 * t * (end.x - control.x);
  const dy = 2 * u * (control.y - start.y) + 2 * t * (end.y - control.y);
  const length = Math.hypot(dx, dy) || 1;
  return { x: x - (dy / length) * shift, y: y + (dx / length) * shift };
}

/** Where along the line (0 … 1) a mark sits, and how far across it. */
export interface Placement {
  t: number;
  shift: number;
}

export interface LinkRoute {
  bend: number;
  step: Placement | null;
  label: Placement | null;
}

export interface RouteCard {
  id: string;
  /** Top-left corner. */
  x: number;
  y: number;
  /** The card has reports, and so a fold badge under its bottom edge. */
  fold: boolean;
}

export interface RouteLink extends Pick<Link, 'id' | 'sourceId' | 'targetId' | 'kind' | 'step' | 'label'> {
  offset: number;
}

const MIDDLE: Placement = { t: 0.5, shift: 0 };
const BENDS = [0, 40, 80, 130, 190, 260];
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
const ACROSS = [0, 18, -18, 32, -32];
const SAMPLES = 16;
const CELL = 400;
/**
 * A line longer than this (across much of a large org) runs behind cards whatever the bend: a bend
 * of a card or two is not worth trying on it, and would cost most of a large map's routing.
 */
const LONG_LINE = 3000;

/** Boxes bucketed on a coarse grid, so a query looks only at the few near it. */
class BoxIndex {
  private cells = new Map<number, { box: Rect; id: string }[]>();
  add(box: Rect, id = '') {
    this.cellsOf(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push({ box, id });
      else this.cells.set(key, [{ box, id }]);
    });
  }
  remove(box: Rect) {
    this.cellsOf(box, (key) => {
      const list = this.cells.get(key);
      const at = list?.findIndex((item) => item.box.x === box.x && item.box.y === box.y && item.box.width === box.width && item.box.height === box.height) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    });
  }
  /** Calls `visit` for each box in the cells `area` touches (a box in two of them, twice). */
  forEachNear(area: Rect, visit: (item: { box: Rect; id: string }) => void) {
    this.cellsOf(area, (key) => {
      const list = this.cells.get(key);
      if (list) for (const item of list) visit(item);
    });
  }
  anyOverlapping(area: Rect): boolean {
    let found = false;
    this.forEachNear(area, (item) => (found ||= overlaps(item.box, area)));
    return found;
  }
  private cellsOf(box: Rect, visit: (key: number) => void) {
    const x1 = Math.floor((box.x + box.width) / CELL);
    const y1 = Math.floor((box.y + box.height) / CELL);
    for (let cx = Math.floor(box.x / CELL); cx <= x1; cx++) {
      // One number per cell: coordinates within ±2^15 cells (13 million px) stay apart.
      for (let cy = Math.floor(box.y / CELL); cy <= y1; cy++) visit((cx + 32768) * 65536 + (cy + 32768));
    }
  }
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the segment p → q crosses the box (Liang–Barsky clipping). */
function segmentHits(p: Point, q: Point, box: Rect): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let lo = 0;
  let hi = 1;
  const edges: [number, number][] = [
    [-dx, p.x - box.x],
    [dx, box.x + box.width - p.x],
    [-dy, p.y - box.y],
    [dy, box.y + box.height - p.y],
  ];
  for (const [d, room] of edges) {
    if (d === 0) {
      if (room < 0) return false;
      continue;
    }
    const r = room / d;
    if (d < 0) lo = Math.max(lo, r);
    else hi = Math.min(hi, r);
    if (lo > hi) return false;
  }
  return true;
}

const centreOf = (card: RouteCard): Point => ({ x: card.x + W / 2, y: card.y + H / 2 });

/** The cards a curve runs behind (not counting its own two): each of its pieces against the cards near that piece. */
function crossings(curve: LinkCurve, cards: BoxIndex, own: ReadonlySet<string>): number {
  const hit = new Set<string>();
  let p = pointOn(curve, 0);
  for (let k = 1; k <= SAMPLES; k++) {
    const q = pointOn(curve, k / SAMPLES);
    const piece = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x), height: Math.abs(q.y - p.y) };
    cards.forEachNear(piece, ({ box, id }) => {
      if (!own.has(id) && !hit.has(id) && segmentHits(p, q, box)) hit.add(id);
    });
    p = q;
  }
  return hit.size;
}

/** A mark's box, centred at `at`. */
const markBox = (at: Point, width: number, height: number): Rect => ({ x: at.x - width / 2, y: at.y - height / 2, width, height });

/**
 * The first free place for a mark: on the line anywhere along it before beside it (a step number
 * 18 px off its line no longer touches it, and reads as belonging to no line).
 */
function place(curve: LinkCurve, width: number, height: number, blocked: BoxIndex): Placement | null {
  for (const shift of ACROSS) {
    for (const t of ALONG) {
      const box = markBox(pointOn(curve, t, shift), width, height);
      if (!blocked.anyOverlapping(box)) return { t, shift };
    }
  }
  return null;
}

const STEP_BOX = STEP_RADIUS * 2 + 6;

/**
 * Bends and mark places for every link among `cards` (links to someone not among them are left
 * out). A line takes the smallest bend that keeps it from running behind other cards; a line with
 * a step number or a label that finds no free place on it (two cards side by side leave only a
 * handle's width between them) bends further, out of the gap, until they fit. A label that fits on
 * no such bend is left off the line (its tooltip and the panel have it): only a step number, which
 * gives the decision's order, takes a line behind cards for want of room. Deterministic: the same
 * input always gives the same routes.
 */
export function routeLinks(links: readonly RouteLink[], cards: readonly RouteCard[]): Map<string, LinkRoute> {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const bodies = new BoxIndex();
  const blocked = new BoxIndex();
  for (const c of cards) {
    bodies.add({ x: c.x - 4, y: c.y - 4, width: W + 8, height: H + 8 }, c.id);
    // The card, the connection handle on its right and (with reports) the fold badge under it.
    blocked.add({ x: c.x - 3, y: c.y - 3, width: W + 14, height: H + 6 });
    if (c.fold) blocked.add({ x: c.x + W / 2 - 24, y: c.y + H - 4, width: 48, height: 20 });
  }
  const routes = new Map<string, LinkRoute>();
  // Links with a step number first: the order of the decision matters most.
  const ordered = [...links].sort((a, b) => Number(b.kind === 'decision_flow' && b.step !== null) - Number(a.kind === 'decision_flow' && a.step !== null));
  for (const link of ordered) {
    const source = byId.get(link.sourceId);
    const target = byId.get(link.targetId);
    if (!source || !target || source === target) continue;
    const own = new Set([source.id, target.id]);
    const [from, to] = [centreOf(source), centreOf(target)];
    const sides = link.offset < 0 ? [-1, 1] : [1, -1];
    const tried = Math.hypot(to.x - from.x, to.y - from.y) > LONG_LINE ? [0] : BENDS;
    const step = link.kind === 'decision_flow' && link.step !== null;
    const shown = linkLabel(link.label);
    const width = labelWidth(shown);
    /**
     * The route with this bend if its marks find room (the room they take is then taken), else null.
     * Without `withLabel` the label is left off the line (it is in the line's tooltip and the panel).
     */
    const attempt = (bend: number, withLabel = true): LinkRoute | null => {
      const curve = linkCurve(from, to, link.offset, bend);
      const stepAt = step ? place(curve, STEP_BOX, STEP_BOX, blocked) : null;
      if (step && !stepAt) return null;
      // The label is placed clear of the line's own step too.
      if (stepAt) blocked.add(markBox(pointOn(curve, stepAt.t, stepAt.shift), STEP_BOX - 4, STEP_BOX - 4));
      const labelAt = shown && withLabel ? place(curve, width + 4, LABEL_HEIGHT + 4, blocked) : null;
      if (shown && withLabel && !labelAt) {
        if (stepAt) blocked.remove(markBox(pointOn(curve, stepAt.t, stepAt.shift), STEP_BOX - 4, STEP_BOX - 4));
        return null;
      }
      if (labelAt) blocked.add(markBox(pointOn(curve, labelAt.t, labelAt.shift), width, LABEL_HEIGHT));
      return { bend, step: stepAt, label: labelAt };
    };
    // Bends are tried fewest cards crossed first, the smaller first among equals. One that crosses
    // none is tried as soon as it is found: for a line clear at a small bend, the larger bends'
    // crossings need not be counted.
    const bends: { bend: number; hits: number }[] = [];
    let chosen: LinkRoute | null = null;
    for (const bend of tried.flatMap((size) => (size === 0 ? [0] : sides.map((side) => size * side)))) {
      const hits = crossings(linkCurve(from, to, link.offset, bend), bodies, own);
      bends.push({ bend, hits });
      if (hits === 0 && (chosen = attempt(bend))) break;
    }
    // A line behind a card seems to end there, which a missing label does not do: a label with no
    // room on any clear bend is left off the line rather than taking it behind cards.
    if (!chosen && shown) {
      for (const { bend, hits } of bends) if (hits === 0 && (chosen = attempt(bend, false))) break;
    }
    if (!chosen) {
      bends.sort((a, b) => a.hits - b.hits);
      const fewest = bends[0]!.hits;
      for (const { bend, hits } of bends) {
        if (hits === 0) continue; // tried above
        if (hits > fewest && !step && !shown) break;
        if ((chosen = attempt(bend))) break;
      }
    }
    // Nowhere free: the line that crosses fewest cards, its marks at its middle.
    routes.set(link.id, chosen ?? { bend: bends[0]!.bend, step: step ? MIDDLE : null, label: shown ? MIDDLE : null });
  }
  return routes;
}

/** A link's route before any is chosen (a straight line, marks at its middle). */
export const STRAIGHT: LinkRoute = { bend: 0, step: MIDDLE, label: MIDDLE };
