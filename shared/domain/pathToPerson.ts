import { relationshipRank, type LinkKind, type RelationshipLevel } from './people.js';

/** The ties a way in can run along: the solid reporting line, and these links (either direction). */
export type PathTie = 'reports_to' | Extract<LinkKind, 'ally' | 'influences' | 'dotted_reports_to'>;
const TIE_KINDS: readonly LinkKind[] = ['ally', 'influences', 'dotted_reports_to'];

interface PathPerson {
  id: string;
  reportsToId: string | null;
  relationship: RelationshipLevel;
}

interface PathLink {
  sourceId: string;
  targetId: string;
  kind: LinkKind;
}

export interface PathStep {
  /** Who this step reaches. */
  personId: string;
  /** How they are tied to the person before them on the path. */
  tie: PathTie;
}

export interface WayIn {
  /** Someone we are at 信赖 (trusted) or 同盟 (ally) with. */
  fromId: string;
  /** From them to the person, the person last. */
  steps: PathStep[];
}

/**
 * The ways in to a person we are not close enough to yet: the people we already trust (信赖 or
 * 同盟) who are tied to them through reporting lines, allies, influence or dotted lines, with the
 * shortest chain of ties from each, shortest first (then the closer relationship), at most `limit`,
 * no longer than `maxSteps`. Breadth-first from the person: linear in people and links.
 */
export function pathsToPerson(
  people: readonly PathPerson[],
  links: readonly PathLink[],
  targetId: string,
  { limit = 5, maxSteps = 4 }: { limit?: number; maxSteps?: number } = {},
): WayIn[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  if (!byId.has(targetId)) return [];
  const ties = new Map<string, { to: string; tie: PathTie }[]>();
  const tie = (a: string, b: string, kind: PathTie) => {
    if (a === b || !byId.has(a) || !byId.has(b)) return;
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const list = ties.get(from);
      if (list) list.push({ to, tie: kind });
      else ties.set(from, [{ to, tie: kind }]);
    }
  };
  for (const p of people) if (p.reportsToId) tie(p.id, p.reportsToId, 'reports_to');
  for (const l of links) if (TIE_KINDS.includes(l.kind)) tie(l.sourceId, l.targetId, l.kind as PathTie);

  // Walking out from the person: `next` of someone is the step toward the person, and how they are tied.
  const next = new Map<string, { id: string; tie: PathTie } | null>([[targetId, null]]);
  const depth = new Map([[targetId, 0]]);
  const queue = [targetId];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    if (depth.get(at)! >= maxSteps) continue;
    for (const { to, tie: kind } of ties.get(at) ?? []) {
      if (next.has(to)) continue;
      next.set(to, { id: at, tie: kind });
      depth.set(to, depth.get(at)! + 1);
      queue.push(to);
    }
  }

  const trusted = queue.filter((id) => id !== targetId && relationshipRank(byId.get(id)!.relationship) >= relationshipRank('trusted'));
  // The queue is in order of distance already; a closer relationship first among equals.
  const ordered = trusted
    .map((id, index) => ({ id, index }))
    .sort((a, b) => depth.get(a.id)! - depth.get(b.id)! || relationshipRank(byId.get(b.id)!.relationship) - relationshipRank(byId.get(a.id)!.relationship) || a.index - b.index);
  return ordered.slice(0, limit).map(({ id }) => {
    const steps: PathStep[] = [];
    for (let at = id, step = next.get(at); step; at = step.id, step = next.get(at)) steps.push({ personId: step.id, tie: step.tie });
    return { fromId: id, steps };
  });
}
