import { describe, expect, it } from 'vitest';
import { criterionParams } from '../../shared/domain/scoring/labels.js';
import { scoreAssessment, TemplateMismatchError } from '../../shared/domain/scoring/score.js';
import { validateScores } from '../../shared/domain/scoring/validate.js';
import { nextVersion, parseTemplateSnapshot, templateSnapshot } from '../../shared/domain/scoring/versions.js';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/scorecards.js';
import { assess, crit, template } from '../helpers/scorecards.js';

const reasonKeys = (result: { reasons: { key: string }[] }) => result.reasons.map((r) => r.key);

describe('scoreAssessment', () => {
  it('weights the criteria and normalises them over their scales', () => {
    // a: 3 of 0–4 = 0.75 × weight 1; b: 5 of 1–5 = 1 × weight 3 → (0.75 + 3) / 4 = 93.75
    const t = template([crit('a', 1), crit('b', 3, [1, 2, 3, 4, 5])]);
    const result = scoreAssessment(t, assess(t, { a: 3, b: 5 }));
    expect(result.total).toBeCloseTo(93.75);
    expect(result.perCriterion).toEqual([
      { key: 'a', value: 3, normalised: 0.75, weightShare: 0.25, atBottom: false, hasEvidence: true },
      { key: 'b', value: 5, normalised: 1, weightShare: 0.75, atBottom: false, hasEvidence: true },
    ]);
    expect(result).toMatchObject({ knownWeightShare: 1, unknownWeightShare: 0, verdict: 'pursue' });
    expect(result.reasons).toEqual([{ key: 'scoring.reasons.abovePursue', params: { total: 94, pursue: 70 } }]);
  });

  it('gives the same total whatever the weights sum to', () => {
    const small = template([crit('a', 1), crit('b', 1)]);
    const large = template([crit('a', 50), crit('b', 50)]);
    expect(scoreAssessment(small, assess(small, { a: 4, b: 2 })).total).toBeCloseTo(75);
    expect(scoreAssessment(large, assess(large, { a: 4, b: 2 })).total).toBeCloseTo(75);
  });

  it.each([
    [4, 'pursue', 'scoring.reasons.abovePursue'],
    [2, 'qualify', 'scoring.reasons.betweenThresholds'],
    [1, 'walk_away', 'scoring.reasons.belowQualify'],
  ])('a single criterion at %d gives %s', (value, verdict, reason) => {
    const t = template([crit('only', 10)]);
    const result = scoreAssessment(t, assess(t, { only: value }));
    expect(result.verdict).toBe(verdict);
    expect(result.reasons[0]?.key).toBe(reason);
  });

  it('counts a total exactly on a threshold as reaching it', () => {
    const t = { ...template([crit('a', 1, [0, 100])]), thresholds: { pursue: 100, qualify: 0 } };
    expect(scoreAssessment(t, assess(t, { a: 100 })).verdict).toBe('pursue');
    expect(scoreAssessment(t, assess(t, { a: 0 })).verdict).toBe('qualify');
  });

  it('leaves unknown criteria out of the total and reports their share', () => {
    const t = template([crit('a', 30), crit('b', 70)]);
    const result = scoreAssessment(t, assess(t, { a: 4, b: null }));
    expect(result.total).toBe(100);
    expect(result.knownWeightShare).toBeCloseTo(0.3);
    expect(result.unknownWeightShare).toBeCloseTo(0.7);
    expect(result.perCriterion[1]).toMatchObject({ value: null, normalised: null, atBottom: false });
  });

  it('gives at most "qualify" when more than half the weight is unknown', () => {
    const t = template([crit('a', 40), crit('b', 60)]);
    const result = scoreAssessment(t, assess(t, { a: 4 }));
    expect(result.verdict).toBe('qualify');
    expect(result.reasons).toContainEqual({ key: 'scoring.reasons.mostlyUnknown', params: { percent: 60 } });
    const low = scoreAssessment(t, assess(t, { a: 1 }));
    expect(low.verdict).toBe('qualify');
  });

  it('keeps the verdict but says so when up to half the weight is unknown', () => {
    const t = template([crit('a', 60), crit('b', 40)]);
    const result = scoreAssessment(t, assess(t, { a: 4, b: null }));
    expect(result.verdict).toBe('pursue');
    expect(result.reasons).toContainEqual({ key: 'scoring.reasons.someUnknown', params: { percent: 40 } });
  });

  it('gives no total and "unknown" when nothing is known', () => {
    const t = template([crit('a', 1), crit('b', 1)]);
    for (const assessment of [assess(t, {}), assess(t, { a: null, b: null })]) {
      const result = scoreAssessment(t, assessment);
      expect(result).toMatchObject({ total: null, verdict: 'unknown', knownWeightShare: 0, unknownWeightShare: 1 });
      expect(reasonKeys(result)).toEqual(['scoring.reasons.allUnknown']);
    }
  });

  it('gives no total and "unknown" when no criterion has weight', () => {
    const t = template([crit('a', 0), crit('b', 0)]);
    const result = scoreAssessment(t, assess(t, { a: 4, b: 4 }));
    expect(result).toMatchObject({ total: null, verdict: 'unknown', knownWeightShare: 0, unknownWeightShare: 0 });
    expect(result.perCriterion.map((c) => c.weightShare)).toEqual([0, 0]);
    expect(reasonKeys(result)).toEqual(['scoring.reasons.noWeight']);
  });

  it('names the criteria scored at the bottom of their scale', () => {
    const t = template([crit('a', 1), crit('b', 1)]);
    const result = scoreAssessment(t, assess(t, { a: 0, b: 4 }));
    expect(result.reasons).toContainEqual({ key: 'scoring.reasons.atBottom', params: { criterion: 'a' }, criterionKey: 'a' });
    expect(result.verdict).toBe('qualify');
  });

  it('names the criteria scored without evidence', () => {
    const t = template([crit('a', 1)]);
    const assessment = assess(t, { a: 3 });
    assessment.scores.a!.evidence = '  ';
    expect(scoreAssessment(t, assessment).reasons).toContainEqual({
      key: 'scoring.reasons.noEvidence',
      params: { criterion: 'a' },
      criterionKey: 'a',
    });
  });

  describe('Real-Win-Worth it', () => {
    const rww = BUILT_IN_TEMPLATES.rww;
    const allYes = Object.fromEntries(rww.criteria.map((c) => [c.key, 2]));

    it('pursues when every answer is yes', () => {
      expect(scoreAssessment(rww, assess(rww, allYes))).toMatchObject({ total: 100, verdict: 'pursue' });
    });

    it('walks away on any "no", whatever the total, naming the question', () => {
      const result = scoreAssessment(rww, assess(rww, { ...allYes, profitable: 0 }));
      expect(result.total).toBeGreaterThan(rww.thresholds.pursue);
      expect(result.verdict).toBe('walk_away');
      expect(result.reasons).toContainEqual({ key: 'scoring.reasons.rwwNo', params: { criterion: 'profitable' }, criterionKey: 'profitable' });
      expect(reasonKeys(result)).not.toContain('scoring.reasons.atBottom');
    });

    it('walks away on a "no" even when most answers are unknown', () => {
      const result = scoreAssessment(rww, assess(rww, { will_buy: 0 }));
      expect(result.verdict).toBe('walk_away');
      expect(reasonKeys(result)).toEqual(expect.arrayContaining(['scoring.reasons.mostlyUnknown', 'scoring.reasons.rwwNo']));
    });

    it('only qualifies on "maybe"s', () => {
      const maybes = Object.fromEntries(rww.criteria.map((c) => [c.key, 1]));
      expect(scoreAssessment(rww, assess(rww, maybes))).toMatchObject({ total: 50, verdict: 'qualify' });
    });
  });

  it('scores an old assessment with its own snapshot after the template moved on', () => {
    const v1 = { ...BUILT_IN_TEMPLATES.keyplan, key: 'mine' };
    const snapshot = templateSnapshot(v1);
    const assessment = assess(v1, { need: 4, timeline: 4, budget: 4, competition: 4, decision: 2, decision_criteria: 4, strategic_fit: 4 });
    const before = scoreAssessment(v1, assessment);

    const v2 = nextVersion(v1, { criteria: v1.criteria.map((c) => (c.key === 'decision' ? { ...c, weight: 200 } : c)) });
    expect(() => scoreAssessment(v2, assessment)).toThrow(TemplateMismatchError);

    const stored = parseTemplateSnapshot(snapshot);
    if (!stored.ok) throw new Error('snapshot refused');
    expect(scoreAssessment(stored.template, assessment)).toEqual(before);
    expect(before.total).toBeCloseTo(90);
  });
});

describe('validateScores', () => {
  const t = template([crit('a', 1), crit('b', 1, [1, 3, 5])]);

  it('accepts values on the scale and unknowns', () => {
    expect(validateScores(t, assess(t, { a: 0, b: null }).scores)).toEqual([]);
  });

  it('refuses a score outside its scale, or between its levels', () => {
    expect(validateScores(t, assess(t, { a: 5, b: 2 }).scores)).toEqual([
      { path: 'scores.a.value', key: 'scoring.errors.scoreOutOfScale', params: { value: 5 } },
      { path: 'scores.b.value', key: 'scoring.errors.scoreOutOfScale', params: { value: 2 } },
    ]);
  });

  it('refuses non-numbers, unknown criteria and overlong evidence', () => {
    const problems = validateScores(t, {
      a: { value: '3', evidence: 'x'.repeat(20_001) },
      b: { value: Number.POSITIVE_INFINITY, evidence: '' },
      zzz: { value: 1, evidence: '' },
    });
    expect(problems.map((p) => `${p.path} ${p.key}`)).toEqual([
      'scores.a.evidence scoring.errors.evidenceTooLong',
      'scores.a.value scoring.errors.scoreNotNumber',
      'scores.b.value scoring.errors.scoreNotNumber',
      'scores.zzz scoring.errors.unknownCriterion',
    ]);
  });
});

describe('criterionParams', () => {
  it('puts the criterion label in the reader’s language', () => {
    const keyplan = BUILT_IN_TEMPLATES.keyplan;
    const reason = { params: { criterion: 'budget' }, criterionKey: 'budget' };
    expect(criterionParams(reason, keyplan, 'zh-CN')).toEqual({ criterion: '预算' });
    expect(criterionParams(reason, keyplan, 'en')).toEqual({ criterion: 'Budget' });
    expect(criterionParams({ params: { percent: 40 } }, keyplan, 'en')).toEqual({ percent: 40 });
  });
});
