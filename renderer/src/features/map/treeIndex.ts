import { childrenOf, managerLookup, type ManagerOf, type ReportingLine } from '../../../../shared/domain/reportingTree.js';

/*
 * The reporting tree's lookups, worked out once per people array: opening a map asks for them from
 * the first fold, the layout, the graph and the first view, all over the same array (the map's
 * arrays are replaced on every edit, never changed in place).
 */
const children = new WeakMap<readonly ReportingLine[], ReadonlyMap<string, string[]>>();
const managers = new WeakMap<readonly ReportingLine[], ManagerOf>();

export function childrenIn(people: readonly ReportingLine[]): ReadonlyMap<string, string[]> {
  let known = children.get(people);
  if (!known) children.set(people, (known = childrenOf(people)));
  return known;
}

export function managerIn(people: readonly ReportingLine[]): ManagerOf {
  let known = managers.get(people);
  if (!known) managers.set(people, (known = managerLookup(people)));
  return known;
}
