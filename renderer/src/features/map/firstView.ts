import type { ReportingLine } from '../../../../shared/domain/reportingTree.js';
import { ancestorsOf } from '../../../../shared/domain/reportingTree.js';
import { childrenIn, managerIn } from './treeIndex.js';

/** From this many people on, a map opens folded to its top levels (as d3-org-chart and Dynamics do). */
export const LARGE_MAP = 150;
/** About how many cards the folded first view shows at most. */
const FIRST_VIEW_CARDS = 60;

/** Each person's level in the reporting tree (0 at the top), in one pass from the tops down. */
function levelsOf(people: readonly ReportingLine[]): Map<string, number> {
  const children = childrenIn(people);
  const managerOf = managerIn(people);
  const level = new Map<string, number>();
  const queue = people.filter((p) => managerOf(p.id) === null).map((p) => p.id);
  for (const id of queue) level.set(id, 0);
  for (let k = 0; k < queue.length; k++) {
    const id = queue[k]!;
    for (const child of children.get(id) ?? []) {
      if (level.has(child)) continue;
      level.set(child, level.get(id)! + 1);
      queue.push(child);
    }
  }
  // People in a reporting cycle (damaged data) have no top: they count as tops.
  for (const p of people) if (!level.has(p.id)) level.set(p.id, 0);
  return level;
}

/** The deepest level whose cards, with all levels above, stay within FIRST_VIEW_CARDS. */
function countedLevel(level: ReadonlyMap<string, number>): number {
  const perLevel: number[] = [];
  for (const d of level.values()) perLevel[d] = (perLevel[d] ?? 0) + 1;
  let deepest = 0;
  let shown = perLevel[0] ?? 0;
  while (deepest + 1 < perLevel.length && shown + (perLevel[deepest + 1] ?? 0) <= FIRST_VIEW_CARDS) shown += perLevel[++deepest] ?? 0;
  return deepest;
}

/** The person asked for with `?focus=`, or the people of a highlighted way in (`?path=`): kept in view. */
export type Focus = string | readonly string[] | null;

/**
 * Everyone on `deepest` with reports is folded, but the managers of the people kept in view. Below
 * `deepest` only the way down to them opens: a kept manager's other reports with reports of their
 * own stay folded (a person deep in a 10,000-person org opens with their managers' teams, not
 * with every branch under their top manager on that level).
 */
function foldAt(people: readonly ReportingLine[], level: ReadonlyMap<string, number>, deepest: number, focus: Focus): Set<string> {
  const children = childrenIn(people);
  const managerOf = managerIn(people);
  const keep = new Set((focus === null ? [] : typeof focus === 'string' ? [focus] : focus).flatMap((id) => ancestorsOf(id, managerOf)));
  const fold = new Set(people.filter((p) => level.get(p.id) === deepest && children.has(p.id) && !keep.has(p.id)).map((p) => p.id));
  for (const manager of keep) {
    if (level.get(manager)! < deepest) continue;
    for (const report of children.get(manager) ?? []) if (children.has(report) && !keep.has(report)) fold.add(report);
  }
  return fold;
}

/**
 * The managers to fold on first opening a large map: everyone with reports on the deepest level
 * whose cards, with all levels above, stay within FIRST_VIEW_CARDS. The person asked for with
 * `?focus=` stays in view (their managers are not folded). A small map opens unfolded.
 */
export function firstViewCollapsed(people: readonly ReportingLine[], focusId: Focus): Set<string> {
  if (people.length <= LARGE_MAP) return new Set();
  const level = levelsOf(people);
  return foldAt(people, level, countedLevel(level), focusId);
}

/**
 * The first view of a map laid out as a tree (nobody placed by hand), of any size: the deepest
 * levels that `fits` (the tree, laid out, is no wider than the canvas at a readable zoom) and stay
 * within FIRST_VIEW_CARDS; always the top and its direct reports. So an imported chart or the
 * sample opens readable, not as a strip of specks, and Expand all or a card's "+" shows the rest.
 */
export function fittedFirstFold(
  people: readonly ReportingLine[],
  focusId: Focus,
  fits: (shown: readonly ReportingLine[]) => boolean,
): Set<string> {
  if (people.length === 0) return new Set();
  const level = levelsOf(people);
  let deepest = Math.min(countedLevel(level), Math.max(...level.values()));
  const shownTo = (d: number) => people.filter((p) => level.get(p.id)! <= d);
  while (deepest > 1 && !fits(shownTo(deepest))) deepest--;
  return deepest >= Math.max(...level.values()) ? new Set() : foldAt(people, level, deepest, focusId);
}
