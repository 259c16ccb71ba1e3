import type { HistoryEntry } from '../../../../shared/contract/index.js';
import { RELATIONSHIP_PHASES, type RelationshipPhase } from '../../../../shared/domain/accounts.js';

/** Pure helpers of the relationship plan and the change history (no React, no calls). */

export type StepStatus = 'passed' | 'current' | 'ahead';

/** Each relationship phase with where the account stands on it. */
export const phaseSteps = (current: RelationshipPhase): { phase: RelationshipPhase; status: StepStatus }[] => {
  const at = RELATIONSHIP_PHASES.indexOf(current);
  return RELATIONSHIP_PHASES.map((phase, i) => ({ phase, status: i < at ? 'passed' : i === at ? 'current' : 'ahead' }));
};

export const CHANGE_RANGES = ['week', 'quarter', 'all'] as const;
export type ChangeRange = (typeof CHANGE_RANGES)[number];
const RANGE_DAYS: Record<Exclude<ChangeRange, 'all'>, number> = { week: 7, quarter: 90 };

/** The `since` instant of history.forAccount for a range, counted back from `now`; none for all time. */
export function sinceOf(range: ChangeRange, now: Date): string | undefined {
  if (range === 'all') return undefined;
  return new Date(now.getTime() - RANGE_DAYS[range] * 24 * 3600 * 1000).toISOString();
}

/** The kind of a history row the change list words its own way. */
export function changeKind(entry: Pick<HistoryEntry, 'entity' | 'field'>): 'relationship' | 'attitude' | 'stage' | 'score' | 'other' {
  if (entry.entity === 'person' && entry.field === 'relationship') return 'relationship';
  if (entry.entity === 'person' && entry.field === 'attitude') return 'attitude';
  if (entry.entity === 'opportunity' && entry.field === 'stageKey') return 'stage';
  if (entry.entity === 'opportunity' && entry.field === 'scoreTotal') return 'score';
  return 'other';
}

export interface StepPoint {
  /** UTC ISO of the change; null for the value before the first recorded change. */
  at: string | null;
  value: string;
}

/**
 * One field of a person over time, oldest first, for a step chart: the value before the first recorded
 * change, then the value after each change. With no change recorded, only the current value.
 */
export function stepSeries(entries: readonly HistoryEntry[], field: string, current: string): StepPoint[] {
  const rows = entries.filter((e) => e.field === field).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (rows.length === 0) return [{ at: null, value: current }];
  return [{ at: null, value: String(rows[0]!.before ?? current) }, ...rows.map((r) => ({ at: r.at, value: String(r.after ?? '') }))];
}

/**
 * Both fields on one time axis (every change time of either), each carried forward where it did not
 * change: what a step chart with two lines draws.
 */
export function alignedSteps(entries: readonly HistoryEntry[], current: { relationship: string; attitude: string }) {
  const relationship = stepSeries(entries, 'relationship', current.relationship);
  const attitude = stepSeries(entries, 'attitude', current.attitude);
  const times = [...new Set([...relationship, ...attitude].map((p) => p.at).filter((at): at is string => at !== null))].sort();
  const valueAt = (series: StepPoint[], at: string | null) => {
    let value = series[0]!.value;
    for (const p of series) if (p.at !== null && at !== null && p.at <= at) value = p.value;
    return value;
  };
  const axis: (string | null)[] = [null, ...times];
  return { axis, relationship: axis.map((at) => valueAt(relationship, at)), attitude: axis.map((at) => valueAt(attitude, at)) };
}
