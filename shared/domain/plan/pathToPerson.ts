import { nameCollator } from '../nameOrder.js';
import { relationshipRank, type LinkKind, type RelationshipLevel } from '../people.js';

/**
 * "Who can open the door": the shortest chains from the people we already have at 信赖 or 同盟 to
 * someone we do not, over reporting lines and the ally, influences and dotted-line links. A link is
 * a way in whichever way it points, but each step says which way it points. Conflict links, decision
 * flow and pain chain are no way in.
 */

export interface PathPerson {
  id: string;
  name: string;
  relationship: RelationshipLevel;
  reportsToId: string | null;
  deleted?: boolean;
}

export interface PathLink {
  sourceId: string;
  targetId: string;
  kind: LinkKind;
}

/** What a step of a chain goes over: a solid reporting line or one of the link kinds that open doors. */
export type PathStepKind = 'reports_to' | 'dotted_reports_to' | 'ally' | 'influences';

export interface PathStep {
  kind: PathStepKind;
  /**
   * forward: the link points from this step's person to the next (they report to / influence the next);
   * backward: from the next to them; mutual: an ally link.
   */
  direction: 'forward' | 'backward' | 'mutual';
}

export interface PersonPath {
  /** From the door-opener (first, at 信赖 or 同盟) to the target (last). */
  path: string[];
  /** One step per hop: via[i] joins path[i] and path[i + 1]. */
  via: PathStep[];
}

export const PATH_DEFAULTS = { maxHops: 4, maxChains: 3 } as const;

const OPENERS: readonly RelationshipLevel[] = ['trusted', 'ally'];
// When two people are joined in several ways, the chain names the strongest.
const STEP_ORDER: readonly PathStepKind[] = ['reports_to', 'ally', 'dotted_reports_to', 'influences'];
const DOOR_KINDS: ReadonlySet<LinkKind> = new Set(['dotted_reports_to', 'ally', 'influences']);

type Edges = Map<string, Map<string, PathStep>>;

function addEdge(edges: Edges, a: string, b: string, kind: PathStepKind, mutual: boolean) {
  const put = (from: string, to: string, direction: PathStep['direction']) => {
    const out = edges.get(from) ?? new Map<string, PathStep>();
    edges.set(from, out);
    const had = out.get(to);
    if (!had || STEP_ORDER.indexOf(kind) < STEP_ORDER.indexOf(had.kind)) out.set(to, { kind, direction });
  };
  put(a, b, mutual ? 'mutual' : 'forward');
  put(b, a, mutual ? 'mutual' : 'backward');
}

function edgesOf(people: ReadonlyMap<string, PathPerson>, links: readonly PathLink[]): Edges {
  const edges: Edges = new Map();
  for (const person of people.values()) {
    if (person.reportsToId !== null && person.reportsToId !== person.id && people.has(person.reportsToId)) addEdge(edges, person.id, person.reportsToId, 'reports_to', false);
  }
  for (const link of links) {
    if (!DOOR_KINDS.has(link.kind) || link.sourceId === link.targetId || !people.has(link.sourceId) || !people.has(link.targetId)) continue;
    addEdge(edges, link.sourceId, link.targetId, link.kind as PathStepKind, link.kind === 'ally');
  }
  return edges;
}

/**
 * The ways in to `targetId`, shortest first, then from the stronger relationship, then by name;
 * one chain per door-opener, at most `maxHops` hops and `maxChains` chains. A chain that passes
 * another door-opener is left out: that person's own, shorter chain already says it. Deleted
 * people are not there. Empty when the target is missing, already trusted, or out of reach.
 */
export function pathsToPerson(
  people: readonly PathPerson[],
  links: readonly PathLink[],
  targetId: string,
  limits: { maxHops?: number; maxChains?: number } = {},
): PersonPath[] {
  const { maxHops = PATH_DEFAULTS.maxHops, maxChains = PATH_DEFAULTS.maxChains } = limits;
  const live = new Map(people.filter((p) => !p.deleted).map((p) => [p.id, p]));
  const target = live.get(targetId);
  if (!target || OPENERS.includes(target.relationship)) return [];
  const edges = edgesOf(live, links);
  const collator = nameCollator('zh-CN');
  const isOpener = (id: string) => OPENERS.includes(live.get(id)!.relationship);
  const byPreference = (a: string, b: string) => {
    const pa = live.get(a)!;
    const pb = live.get(b)!;
    return relationshipRank(pb.relationship) - relationshipRank(pa.relationship) || collator.compare(pa.name, pb.name) || (a < b ? -1 : 1);
  };

  // Breadth-first out from the target: each person's distance to it and their best next step towards it.
  const distance = new Map([[targetId, 0]]);
  const next = new Map<string, string>();
  let frontier = [targetId];
  for (let hops = 1; hops <= maxHops && frontier.length; hops++) {
    const reached: string[] = [];
    for (const id of frontier) {
      // Openers are ends of chains, never a way through; the target is where the walk starts.
      if (id !== targetId && isOpener(id)) continue;
      for (const neighbour of edges.get(id)?.keys() ?? []) {
        if (distance.has(neighbour) && distance.get(neighbour)! < hops) continue;
        const best = next.get(neighbour);
        if (best === undefined) {
          distance.set(neighbour, hops);
          reached.push(neighbour);
          next.set(neighbour, id);
        } else if (distance.get(neighbour) === hops && byPreference(id, best) < 0) next.set(neighbour, id);
      }
    }
    frontier = reached;
  }

  const chainFrom = (opener: string): PersonPath => {
    const path = [opener];
    const via: PathStep[] = [];
    for (let at = opener; at !== targetId; ) {
      const step = next.get(at)!;
      via.push(edges.get(at)!.get(step)!);
      path.push(step);
      at = step;
    }
    return { path, via };
  };

  return [...distance.keys()]
    .filter((id) => id !== targetId && isOpener(id))
    .sort((a, b) => distance.get(a)! - distance.get(b)! || byPreference(a, b))
    .slice(0, Math.max(0, maxChains))
    .map(chainFrom);
}
