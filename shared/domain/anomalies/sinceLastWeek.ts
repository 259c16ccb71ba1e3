import { RELATIONSHIP_LEVELS, relationshipRank, type RelationshipLevel } from '../people.js';
import type { Anomaly } from './anomaly.js';

/**
 * "What changed since the last review", the top of the one-page view: anomalies that appeared or went
 * away between two computations, and the stage moves, score changes and relationship changes of the
 * change history in between.
 */

/** One change-history row. The entity and field names this reads are in HISTORY_FIELDS. */
export interface ChangeEntry {
  entity: string;
  entityId: string;
  field: string;
  before: string | number | null;
  after: string | number | null;
  /** UTC ISO timestamp. */
  at: string;
}

/** The rows the history writer must use for what this summary reads. */
export const HISTORY_FIELDS = {
  /** before/after: stage keys. */
  stage: { entity: 'opportunity', field: 'stageKey' },
  /** before/after: scorecard totals (numbers; null before the first assessment). */
  score: { entity: 'opportunity', field: 'scoreTotal' },
  /** before/after: relationship levels. */
  relationship: { entity: 'person', field: 'relationship' },
} as const;

export interface StageMoveChange {
  opportunityId: string;
  from: string | null;
  to: string | null;
  at: string;
}

export interface ScoreChange {
  opportunityId: string;
  before: number | null;
  after: number | null;
  /** after − before; null when either is missing. */
  delta: number | null;
  at: string;
}

export interface RelationshipChange {
  personId: string;
  before: RelationshipLevel;
  after: RelationshipLevel;
  direction: 'up' | 'down';
  at: string;
}

/** What the summary needs of an anomaly: a stored day's list may keep less than the whole anomaly. */
export type ComparedAnomaly = Pick<Anomaly, 'id' | 'dismissed'>;

export interface SinceLastWeek<A extends ComparedAnomaly = Anomaly> {
  /** In `now`, not in `then`, and not dismissed. */
  newAnomalies: A[];
  /** In `then`, gone from `now`. */
  resolved: A[];
  /** Every stage move, oldest first. */
  stageMoves: StageMoveChange[];
  /** Per opportunity, first value → last value; none where it came back to where it was. */
  scoreChanges: ScoreChange[];
  /** Per person, first level → last level; none where it came back to where it was. */
  relationshipChanges: RelationshipChange[];
}

const byTime = (a: ChangeEntry, b: ChangeEntry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** Per entity, its first `before` and last `after` over the entries (oldest first), with the last time. */
function netChanges(entries: readonly ChangeEntry[]): { entityId: string; before: ChangeEntry['before']; after: ChangeEntry['after']; at: string }[] {
  const net = new Map<string, { entityId: string; before: ChangeEntry['before']; after: ChangeEntry['after']; at: string }>();
  for (const entry of entries) {
    const had = net.get(entry.entityId);
    net.set(entry.entityId, { entityId: entry.entityId, before: had ? had.before : entry.before, after: entry.after, at: entry.at });
  }
  return [...net.values()].filter((change) => change.before !== change.after);
}

const asNumber = (value: ChangeEntry['before']): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const asLevel = (value: ChangeEntry['before']): RelationshipLevel | null =>
  (RELATIONSHIP_LEVELS as readonly unknown[]).includes(value) ? (value as RelationshipLevel) : null;
const asKey = (value: ChangeEntry['before']): string | null => (value === null ? null : String(value));

/** `history` may hold anything; only entries at or after `since` (UTC ISO, when given) and of HISTORY_FIELDS count. */
export function sinceLastWeek<A extends ComparedAnomaly>(then: readonly A[], now: readonly A[], history: readonly ChangeEntry[], since?: string): SinceLastWeek<A> {
  const thenIds = new Set(then.map((a) => a.id));
  const nowIds = new Set(now.map((a) => a.id));
  const inWindow = history.filter((e) => since === undefined || e.at >= since).sort(byTime);
  const of = (kind: keyof typeof HISTORY_FIELDS) => inWindow.filter((e) => e.entity === HISTORY_FIELDS[kind].entity && e.field === HISTORY_FIELDS[kind].field);

  return {
    newAnomalies: now.filter((a) => !thenIds.has(a.id) && !a.dismissed),
    resolved: then.filter((a) => !nowIds.has(a.id)),
    stageMoves: of('stage').map((e) => ({ opportunityId: e.entityId, from: asKey(e.before), to: asKey(e.after), at: e.at })),
    scoreChanges: netChanges(of('score')).map((c) => {
      const before = asNumber(c.before);
      const after = asNumber(c.after);
      return { opportunityId: c.entityId, before, after, delta: before !== null && after !== null ? after - before : null, at: c.at };
    }),
    relationshipChanges: netChanges(of('relationship')).flatMap((c) => {
      const before = asLevel(c.before);
      const after = asLevel(c.after);
      if (before === null || after === null) return [];
      return [{ personId: c.entityId, before, after, direction: relationshipRank(after) > relationshipRank(before) ? ('up' as const) : ('down' as const), at: c.at }];
    }),
  };
}
