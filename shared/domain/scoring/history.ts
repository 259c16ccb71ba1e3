/**
 * Scores over time. Each assessment is read with its own template snapshot, so a criterion keeps its meaning even when
 * the template moved on; criteria are matched by key, and compared on their normalised 0–1 position when scales differ.
 */
import { scoreAssessment, type ScoreResult, type Verdict } from './score.js';
import type { DatedAssessment, SnapshotAssessment } from './types.js';

export interface CriterionChange {
  key: string;
  /** In the older / newer template (a key can appear or disappear between versions). */
  inBefore: boolean;
  inAfter: boolean;
  before: number | null;
  after: number | null;
  /** after − before in scale values; null unless both are known. */
  delta: number | null;
  /** Same on the normalised 0–1 positions, comparable across scales. */
  normalisedDelta: number | null;
  evidenceChanged: boolean;
  evidenceBefore: string;
  evidenceAfter: string;
  peopleAdded: string[];
  peopleRemoved: string[];
}

export interface AssessmentDiff {
  totalBefore: number | null;
  totalAfter: number | null;
  totalDelta: number | null;
  verdictBefore: Verdict;
  verdictAfter: Verdict;
  /** Newer template's criteria in its order, then those only the older had. */
  criteria: CriterionChange[];
}

const orderedKeys = (newer: SnapshotAssessment, older: SnapshotAssessment) => [
  ...new Set([...newer.template.criteria.map((c) => c.key), ...older.template.criteria.map((c) => c.key)]),
];
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const byKey = (result: ScoreResult) => new Map(result.perCriterion.map((c) => [c.key, c]));

export function diffAssessments(older: SnapshotAssessment, newer: SnapshotAssessment): AssessmentDiff {
  const before = scoreAssessment(older.template, older.assessment);
  const after = scoreAssessment(newer.template, newer.assessment);
  const beforeByKey = byKey(before);
  const afterByKey = byKey(after);
  const criteria = orderedKeys(newer, older).map((key): CriterionChange => {
    const b = beforeByKey.get(key);
    const a = afterByKey.get(key);
    const scoreBefore = older.assessment.scores[key];
    const scoreAfter = newer.assessment.scores[key];
    const peopleBefore = new Set(scoreBefore?.personIds ?? []);
    const peopleAfter = new Set(scoreAfter?.personIds ?? []);
    const evidenceBefore = scoreBefore?.evidence ?? '';
    const evidenceAfter = scoreAfter?.evidence ?? '';
    return {
      key,
      inBefore: b !== undefined,
      inAfter: a !== undefined,
      before: b?.value ?? null,
      after: a?.value ?? null,
      delta: minus(a?.value ?? null, b?.value ?? null),
      normalisedDelta: minus(a?.normalised ?? null, b?.normalised ?? null),
      evidenceChanged: evidenceBefore.trim() !== evidenceAfter.trim(),
      evidenceBefore,
      evidenceAfter,
      peopleAdded: [...peopleAfter].filter((id) => !peopleBefore.has(id)),
      peopleRemoved: [...peopleBefore].filter((id) => !peopleAfter.has(id)),
    };
  });
  return {
    totalBefore: before.total,
    totalAfter: after.total,
    totalDelta: minus(after.total, before.total),
    verdictBefore: before.verdict,
    verdictAfter: after.verdict,
    criteria,
  };
}

export interface TrendPoint {
  at: string;
  value: number | null;
}

export interface CriterionTrend {
  key: string;
  /** Normalised 0–1 positions (comparable across template versions); null where unknown or not in that version. */
  points: TrendPoint[];
}

export interface Trend {
  /** Totals 0–100, one point per assessment. */
  total: TrendPoint[];
  verdicts: { at: string; verdict: Verdict }[];
  /** The latest template's criteria first, then any older ones. */
  criteria: CriterionTrend[];
}

/** Chart series from assessments sorted oldest first. */
export function trend(assessments: readonly DatedAssessment[]): Trend {
  const results = assessments.map((item) => ({ at: item.at, result: scoreAssessment(item.template, item.assessment) }));
  const keys = [...new Set([...assessments].reverse().flatMap((item) => item.template.criteria.map((c) => c.key)))];
  const latest = assessments.at(-1);
  const latestOrder = new Map((latest?.template.criteria ?? []).map((c, i) => [c.key, i]));
  keys.sort((a, b) => (latestOrder.get(a) ?? Infinity) - (latestOrder.get(b) ?? Infinity));
  return {
    total: results.map(({ at, result }) => ({ at, value: result.total })),
    verdicts: results.map(({ at, result }) => ({ at, verdict: result.verdict })),
    criteria: keys.map((key) => ({
      key,
      points: results.map(({ at, result }) => ({ at, value: result.perCriterion.find((c) => c.key === key)?.normalised ?? null })),
    })),
  };
}

export interface FallingCriterion {
  key: string;
  before: number;
  after: number;
  normalisedBefore: number;
  normalisedAfter: number;
}

/** Criteria known in both assessments whose normalised score went down: an early warning. Unknowns are not falls. */
export function fallingCriteria(previous: SnapshotAssessment, latest: SnapshotAssessment): FallingCriterion[] {
  const before = byKey(scoreAssessment(previous.template, previous.assessment));
  return scoreAssessment(latest.template, latest.assessment).perCriterion.flatMap((a) => {
    const b = before.get(a.key);
    if (b?.value == null || b.normalised === null || a.value === null || a.normalised === null || a.normalised >= b.normalised) return [];
    return [{ key: a.key, before: b.value, after: a.value, normalisedBefore: b.normalised, normalisedAfter: a.normalised }];
  });
}
