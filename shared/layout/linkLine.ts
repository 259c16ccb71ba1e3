import type { Link } from '../contract/index.js';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from '../domain/mapStyle.js';
import type { Point } from './reportLines.js';
import { fitText } from './textFit.js';

/**
 * How a link between two people runs, for the canvas and the SVG export alike: straight between
 * the cards' borders, with its step number and label at the middle of the line.
 */

/** Font size of a link's label. */
export const LINK_LABEL_SIZE = 11;

/** Where the segment from the card centred at `from` toward `to` leaves the card (plus a small gap). */
function cardEdge(from: Point, to: Point): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const sx = dx === 0 ? Infinity : (W / 2 + 3) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (H / 2 + 3) / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: from.x + dx * s, y: from.y + dy * s };
}

/**
 * The ends of a link between the cards centred at `source` and `target`, shifted sideways by
 * `offset` along the normal of source → target, so several lines between two people stay apart.
 */
export function linkEnds(source: Point, target: Point, offset: number): { start: Point; end: Point } {
  const length = Math.hypot(target.x - source.x, target.y - source.y) || 1;
  const shift = { x: (-(target.y - source.y) / length) * offset, y: ((target.x - source.x) / length) * offset };
  const from = { x: source.x + shift.x, y: source.y + shift.y };
  const to = { x: target.x + shift.x, y: target.y + shift.y };
  return { start: cardEdge(from, to), end: cardEdge(to, from) };
}

export interface LinkMarks {
  mid: Point;
  /** The decision-flow step number, or null when none is drawn. */
  step: number | null;
  /** The label cut to fit, or '' when there is none. */
  label: string;
  /** Centre of the label: the middle of the line, or just below the step number. */
  labelAt: Point;
}

export function linkMarks(link: Pick<Link, 'kind' | 'step' | 'label'>, start: Point, end: Point): LinkMarks {
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const step = link.kind === 'decision_flow' ? link.step : null;
  const label = link.label.trim() ? fitText(link.label, LINK_LABEL_SIZE, 180) : '';
  return { mid, step, label, labelAt: step !== null ? { x: mid.x, y: mid.y + 22 } : mid };
}
