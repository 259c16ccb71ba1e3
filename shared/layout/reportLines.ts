/**
 * How a solid reporting line runs, for the canvas and the SVG export alike. Most run down from the
 * manager's bottom, across, and down into the report's top. Reports stacked in a column (the
 * compact org chart) hang from a vertical spine beside the column instead, each line entering its
 * card from the side. Which reports stand in a column is read from the positions alone, so stored
 * and hand-placed maps draw the same way as fresh layouts.
 */

export type StackSide = 'left' | 'right';

/** Space between a stack's spine (the vertical line its cards hang from) and the cards' sides. */
export const STACK_INDENT = 20;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PlacedReport {
  id: string;
  managerId: string;
  /** Left edge of the report's card. */
  x: number;
}

/** How far the two columns of a stack may be off their exact distance (positions are saved rounded). */
const PAIR_TOLERANCE = 1.5;

/**
 * The reports that stand in a column with a fellow report of the same manager (same left edge), and
 * the side of their card the line comes in by: two columns exactly a spine apart face each other
 * (left column from the right, right column from the left); any other column from the left.
 * Linear in the number of reports.
 */
export function stackSides(reports: Iterable<PlacedReport>, cardWidth: number): Map<string, StackSide> {
  const byManager = new Map<string, Map<number, string[]>>();
  for (const r of reports) {
    if (!Number.isFinite(r.x)) continue;
    let columns = byManager.get(r.managerId);
    if (!columns) byManager.set(r.managerId, (columns = new Map<number, string[]>()));
    const key = Math.round(r.x * 10) / 10;
    const column = columns.get(key);
    if (column) column.push(r.id);
    else columns.set(key, [r.id]);
  }
  const sides = new Map<string, StackSide>();
  const pairDistance = cardWidth + 2 * STACK_INDENT;
  for (const columns of byManager.values()) {
    const xs = [...columns.entries()].filter(([, ids]) => ids.length > 1).map(([x]) => x);
    if (xs.length === 0) continue;
    xs.sort((a, b) => a - b);
    for (let k = 0; k < xs.length; k++) {
      const x = xs[k]!;
      const next = xs[k + 1];
      if (next !== undefined && Math.abs(next - x - pairDistance) <= PAIR_TOLERANCE) {
        for (const id of columns.get(x)!) sides.set(id, 'right');
        for (const id of columns.get(next)!) sides.set(id, 'left');
        k++;
      } else {
        for (const id of columns.get(x)!) sides.set(id, 'left');
      }
    }
  }
  return sides;
}

/** Where a line leaves the manager before it turns toward a stack's spine, at most this far below them. */
const ELBOW = 32;

/**
 * The corners of the reporting line from `manager` to `report`: down-across-down between the cards'
 * centres; or, for a stacked report, down the spine beside its column (straight from the manager's
 * bottom when the spine is under the manager's card) and across into the card's side.
 */
export function reportsToRoute(manager: Rect, report: Rect, side: StackSide | null): Point[] {
  const fromX = manager.x + manager.width / 2;
  const fromY = manager.y + manager.height;
  if (!side) {
    const toX = report.x + report.width / 2;
    const midY = fromY + (report.y - fromY) / 2;
    return [
      { x: fromX, y: fromY },
      { x: fromX, y: midY },
      { x: toX, y: midY },
      { x: toX, y: report.y },
    ];
  }
  const spineX = side === 'left' ? report.x - STACK_INDENT : report.x + report.width + STACK_INDENT;
  const entryX = side === 'left' ? report.x : report.x + report.width;
  const entryY = report.y + report.height / 2;
  const end = [
    { x: spineX, y: entryY },
    { x: entryX, y: entryY },
  ];
  if (spineX >= manager.x + 8 && spineX <= manager.x + manager.width - 8) return [{ x: spineX, y: fromY }, ...end];
  const elbowY = fromY + Math.max(8, Math.min(ELBOW, (report.y - fromY) / 2));
  return [{ x: fromX, y: fromY }, { x: fromX, y: elbowY }, { x: spineX, y: elbowY }, ...end];
}

/** An SVG path through the corners; `format` rounds the numbers (the export keeps its text stable). */
export const routePath = (points: readonly Point[], format: (value: number) => string = String): string =>
  points.map((p, k) => `${k === 0 ? 'M' : 'L'}${format(p.x)},${format(p.y)}`).join(' ');
