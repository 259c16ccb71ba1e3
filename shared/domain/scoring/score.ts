/**
 * The maths of a scorecard. Rules, in order:
 * - Each known score is normalised to 0–1 over its criterion's scale (lowest value 0, highest 1).
 * - total = 100 × Σ(weight × normalised) / Σ(weight) over the KNOWN criteria only; unknown (null) scores are left out,
 *   not counted as zero, and their share of the weight is reported instead.
 * - Verdict from the total: ≥ pursue → 'pursue', ≥ qualify → 'qualify', else 'walk_away'.
 * - More than half the weight unknown (MOSTLY_UNKNOWN_SHARE) → 'qualify' whatever the total: too little is known to pursue or to drop.
 * - Nothing known, or no weight at all → total null and 'unknown'.
 * - RWW templates: any question answered at the bottom of its scale ("no") → 'walk_away' whatever the total or the unknowns.
 */
import type { Assessment, Criterion, ScorecardTemplate } from './types.js';

export const VERDICTS = ['pursue', 'qualify', 'walk_away', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const MOSTLY_UNKNOWN_SHARE = 0.5;

export const SCORING_REASON_KEYS = [
  'scoring.reasons.abovePursue',
  'scoring.reasons.betweenThresholds',
  'scoring.reasons.belowQualify',
  'scoring.reasons.mostlyUnknown',
  'scoring.reasons.someUnknown',
  'scoring.reasons.allUnknown',
  'scoring.reasons.noWeight',
  'scoring.reasons.rwwNo',
  'scoring.reasons.atBottom',
  'scoring.reasons.noEvidence',
] as const;
export type ScoringReasonKey = (typeof SCORING_REASON_KEYS)[number];

/** Why the verdict is what it is. `params.criterion` holds a criterion key; `criterionParams` swaps in its label. */
export interface ScoringReason {
  key: ScoringReasonKey;
  params: Record<string, string | number>;
  criterionKey?: string;
}

export interface CriterionResult {
  key: string;
  value: number | null;
  /** 0–1 position on the criterion's scale; null when unknown. */
  normalised: number | null;
  /** The criterion's weight over the template's total weight (0–1), known or not. */
  weightShare: number;
  /** Scored at the lowest level of its scale (RWW: "no"). */
  atBottom: boolean;
  hasEvidence: boolean;
}

export interface ScoreResult {
  templateKey: string;
  templateVersion: number;
  /** 0–100 over the known criteria, unrounded; null when nothing weighted is known. */
  total: number | null;
  knownWeightShare: number;
  unknownWeightShare: number;
  perCriterion: CriterionResult[];
  verdict: Verdict;
  reasons: ScoringReason[];
}

export class TemplateMismatchError extends Error {
  constructor(template: ScorecardTemplate, assessment: Assessment) {
    super(
      `Assessment of ${assessment.templateKey} v${assessment.templateVersion} scored with ${template.key} v${template.version}: use its snapshot.`,
    );
  }
}

const scaleRange = (criterion: Criterion) => {
  const values = criterion.scale.map((level) => level.value);
  return { min: Math.min(...values), max: Math.max(...values) };
};

/** Position of a value on the criterion's scale, 0–1 (clamped); null if unknown or not a number. */
export function normaliseScore(criterion: Criterion, value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || criterion.scale.length === 0) return null;
  const { min, max } = scaleRange(criterion);
  if (max === min) return null;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

const percent = (share: number) => Math.round(share * 100);
const forCriterion = (key: ScoringReasonKey, criterionKey: string): ScoringReason => ({ key, params: { criterion: criterionKey }, criterionKey });

/** Scores an assessment with the template version it was made with (throws TemplateMismatchError otherwise). */
export function scoreAssessment(template: ScorecardTemplate, assessment: Assessment): ScoreResult {
  if (template.key !== assessment.templateKey || template.version !== assessment.templateVersion) {
    throw new TemplateMismatchError(template, assessment);
  }
  const totalWeight = template.criteria.reduce((sum, c) => sum + c.weight, 0);
  const perCriterion = template.criteria.map((criterion): CriterionResult => {
    const score = assessment.scores[criterion.key];
    const normalised = normaliseScore(criterion, score?.value);
    return {
      key: criterion.key,
      value: normalised === null ? null : (score?.value ?? null),
      normalised,
      weightShare: totalWeight > 0 ? criterion.weight / totalWeight : 0,
      atBottom: normalised === 0,
      hasEvidence: (score?.evidence.trim() ?? '') !== '',
    };
  });

  const known = perCriterion.filter((c) => c.normalised !== null);
  const knownWeightShare = known.reduce((sum, c) => sum + c.weightShare, 0);
  const unknownWeightShare = totalWeight > 0 ? Math.max(0, 1 - knownWeightShare) : 0;
  const total =
    knownWeightShare > 0 ? (100 * known.reduce((sum, c) => sum + c.weightShare * (c.normalised ?? 0), 0)) / knownWeightShare : null;

  const reasons: ScoringReason[] = [];
  let verdict: Verdict;
  const { pursue, qualify } = template.thresholds;
  if (totalWeight <= 0) {
    verdict = 'unknown';
    reasons.push({ key: 'scoring.reasons.noWeight', params: {} });
  } else if (total === null) {
    verdict = 'unknown';
    reasons.push({ key: 'scoring.reasons.allUnknown', params: {} });
  } else {
    const shown = Math.round(total);
    if (total >= pursue) {
      verdict = 'pursue';
      reasons.push({ key: 'scoring.reasons.abovePursue', params: { total: shown, pursue } });
    } else if (total >= qualify) {
      verdict = 'qualify';
      reasons.push({ key: 'scoring.reasons.betweenThresholds', params: { total: shown, pursue, qualify } });
    } else {
      verdict = 'walk_away';
      reasons.push({ key: 'scoring.reasons.belowQualify', params: { total: shown, qualify } });
    }
    if (unknownWeightShare > MOSTLY_UNKNOWN_SHARE) {
      verdict = 'qualify';
      reasons.push({ key: 'scoring.reasons.mostlyUnknown', params: { percent: percent(unknownWeightShare) } });
    } else if (unknownWeightShare > 1e-9) {
      reasons.push({ key: 'scoring.reasons.someUnknown', params: { percent: percent(unknownWeightShare) } });
    }
  }

  const bottom = perCriterion.filter((c) => c.atBottom);
  if (template.kind === 'rww' && bottom.length > 0) verdict = 'walk_away';
  const bottomReason = template.kind === 'rww' ? 'scoring.reasons.rwwNo' : 'scoring.reasons.atBottom';
  reasons.push(...bottom.map((c) => forCriterion(bottomReason, c.key)));
  reasons.push(...known.filter((c) => !c.hasEvidence).map((c) => forCriterion('scoring.reasons.noEvidence', c.key)));

  return {
    templateKey: template.key,
    templateVersion: template.version,
    total,
    knownWeightShare,
    unknownWeightShare,
    perCriterion,
    verdict,
    reasons,
  };
}
