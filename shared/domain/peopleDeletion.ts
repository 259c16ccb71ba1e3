import type { ReportingLine } from './reportingTree.js';

/** What deleting people takes along: the people, their links, and their direct reports who stay (left without a manager). */
export interface PeopleDeletion {
  ids: string[];
  linkIds: string[];
  /** Each detached report with the manager they had, so an undo can re-attach them. */
  detached: { id: string; reportsToId: string }[];
}

interface LinkEnds {
  id: string;
  sourceId: string;
  targetId: string;
}

/** What deleting `requested` from these (live) people and links of their accounts takes along. */
export function deletionOf(people: readonly ReportingLine[], links: readonly LinkEnds[], requested: readonly string[]): PeopleDeletion {
  const ids = [...new Set(requested)];
  const gone = new Set(ids);
  const linkIds = links.filter((l) => gone.has(l.sourceId) || gone.has(l.targetId)).map((l) => l.id);
  const detached = people.flatMap((p) => (p.reportsToId !== null && gone.has(p.reportsToId) && !gone.has(p.id) ? [{ id: p.id, reportsToId: p.reportsToId }] : []));
  return { ids, linkIds, detached };
}

/**
 * The people and links after a deletion, exactly as it was answered: nothing is worked out again.
 * Untouched people and links keep their object.
 */
export function applyPeopleDeletion<M extends { people: readonly ReportingLine[]; links: readonly { id: string }[] }>(map: M, deletion: PeopleDeletion): M {
  const gone = new Set(deletion.ids);
  const goneLinks = new Set(deletion.linkIds);
  const detached = new Set(deletion.detached.map((d) => d.id));
  return {
    ...map,
    people: map.people.filter((p) => !gone.has(p.id)).map((p) => (detached.has(p.id) ? { ...p, reportsToId: null } : p)),
    links: map.links.filter((l) => !goneLinks.has(l.id)),
  };
}
