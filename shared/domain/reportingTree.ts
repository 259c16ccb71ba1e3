import { nameCollator } from './nameOrder.js';

/**
 * The solid reporting lines (each person's one manager, `reportsToId`) as a tree: who is under whom,
 * and who may become someone's manager without making a cycle. The backend refuses a cycle with the
 * same rule the pickers use to leave such managers out. Every walk is cycle-safe, so damaged data
 * cannot hang it.
 */

export interface ReportingLine {
  id: string;
  reportsToId: string | null;
}

/** Someone's manager, or null; a manager not among `people` counts as none. */
export type ManagerOf = (id: string) => string | null;

export function managerLookup(people: readonly ReportingLine[]): ManagerOf {
  const byId = new Map(people.map((p) => [p.id, p]));
  return (id) => {
    const up = byId.get(id)?.reportsToId ?? null;
    return up !== null && byId.has(up) ? up : null;
  };
}

/** Direct reports per manager id (only managers present in `people`), in the order of `people`. */
export function childrenOf(people: readonly ReportingLine[]): Map<string, string[]> {
  const ids = new Set(people.map((p) => p.id));
  const children = new Map<string, string[]>();
  for (const p of people) {
    if (!p.reportsToId || !ids.has(p.reportsToId)) continue;
    const list = children.get(p.reportsToId);
    if (list) list.push(p.id);
    else children.set(p.reportsToId, [p.id]);
  }
  return children;
}

/** Everyone below `id` in the reporting tree. */
export function descendantsOf(id: string, children: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  const stack = [...(children.get(id) ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** Managers above `id`, nearest first, lazily (a cycle check can stop at the first match). */
function* managersAbove(id: string, managerOf: ManagerOf): Generator<string> {
  const seen = new Set([id]);
  for (let up = managerOf(id); up !== null && !seen.has(up); up = managerOf(up)) {
    seen.add(up);
    yield up;
  }
}

/** Managers above `id`, nearest first. */
export const ancestorsOf = (id: string, managerOf: ManagerOf): string[] => [...managersAbove(id, managerOf)];

/** How many managers stand above `id` (0 at the top of a tree). */
export const depthOf = (id: string, managerOf: ManagerOf): number => ancestorsOf(id, managerOf).length;

/** Whether `personId` reporting to `candidateManagerId` would close a loop: the candidate is them or one of their reports. */
export function wouldCreateCycle(managerOf: ManagerOf, personId: string, candidateManagerId: string): boolean {
  if (candidateManagerId === personId) return true;
  for (const up of managersAbove(candidateManagerId, managerOf)) if (up === personId) return true;
  return false;
}

/**
 * Who may be chosen as the manager of `personId` (null: someone not created yet, so anyone): everyone
 * but them and their reports, by name in the UI language's order (pinyin for Chinese).
 */
export function allowedManagers<P extends ReportingLine & { name: string }>(people: readonly P[], personId: string | null, locale: string): P[] {
  const managerOf = managerLookup(people);
  const collator = nameCollator(locale);
  return people.filter((p) => personId === null || !wouldCreateCycle(managerOf, personId, p.id)).sort((a, b) => collator.compare(a.name, b.name));
}
