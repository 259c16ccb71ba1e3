import type { Person } from '../../../../shared/contract/index.js';
import { ancestorsOf, childrenOf, depthOf, managerLookup } from '../../../../shared/domain/reportingTree.js';

/** From this many people on, a map opens folded to its top levels (as d3-org-chart and Dynamics do). */
export const LARGE_MAP = 150;
/** About how many cards the folded first view shows. */
const FIRST_VIEW_CARDS = 60;

/**
 * The managers to fold on first opening a large map: everyone with reports on the deepest level
 * whose cards, with all levels above, stay within FIRST_VIEW_CARDS. The person asked for with
 * `?focus=` stays in view (their managers are not folded).
 */
export function firstViewCollapsed(people: readonly Person[], focusId: string | null): Set<string> {
  if (people.length <= LARGE_MAP) return new Set();
  const managerOf = managerLookup(people);
  const children = childrenOf(people);
  const depth = new Map(people.map((p) => [p.id, depthOf(p.id, managerOf)]));
  const perLevel: number[] = [];
  for (const d of depth.values()) perLevel[d] = (perLevel[d] ?? 0) + 1;
  let level = 0;
  let shown = perLevel[0] ?? 0;
  while (level + 1 < perLevel.length && shown + (perLevel[level + 1] ?? 0) <= FIRST_VIEW_CARDS) shown += perLevel[++level] ?? 0;
  const keep = new Set(focusId ? ancestorsOf(focusId, managerOf) : []);
  return new Set(people.filter((p) => depth.get(p.id) === level && children.has(p.id) && !keep.has(p.id)).map((p) => p.id));
}
