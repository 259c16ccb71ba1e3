import { describe, expect, it } from 'vitest';
import { diffAssessments, fallingCriteria, trend } from '../../shared/domain/scoring/history.js';
import { nextVersion } from '../../shared/domain/scoring/versions.js';
import { assess, crit, template } from '../helpers/scorecards.js';

const v1 = template([crit('need', 50), crit('budget', 50)]);
const snap = (values: Record<string, number | null>, of = v1, people: string[] = []) => ({ template: of, assessment: assess(of, values, people) });

describe('diffAssessments', () => {
  it('gives each criterion before and after, the delta, evidence and people changes, and the totals', () => {
    const older = snap({ need: 4, budget: 2 }, v1, ['p1', 'p2']);
    const newer = snap({ need: 2, budget: 2 }, v1, ['p2', 'p3']);
    newer.assessment.scores.need!.evidence = 'CIO postponed the project';
    const diff = diffAssessments(older, newer);
    expect(diff).toMatchObject({ totalBefore: 75, totalAfter: 50, totalDelta: -25, verdictBefore: 'pursue', verdictAfter: 'qualify' });
    expect(diff.criteria[0]).toEqual({
      key: 'need',
      inBefore: true,
      inAfter: true,
      before: 4,
      after: 2,
      delta: -2,
      normalisedDelta: -0.5,
      evidenceChanged: true,
      evidenceBefore: 'seen',
      evidenceAfter: 'CIO postponed the project',
      peopleAdded: ['p3'],
      peopleRemoved: ['p1'],
    });
    expect(diff.criteria[1]).toMatchObject({ key: 'budget', delta: 0, evidenceChanged: false });
  });

  it('has no delta where either side is unknown', () => {
    const diff = diffAssessments(snap({ need: null, budget: 2 }), snap({ need: 3 }));
    expect(diff.criteria.map((c) => [c.key, c.before, c.after, c.delta])).toEqual([
      ['need', null, 3, null],
      ['budget', 2, null, null],
    ]);
  });

  it('compares assessments made with different template versions, each by its own snapshot', () => {
    const v2 = nextVersion(v1, { criteria: [crit('need', 50, [1, 2, 3, 4, 5]), crit('timeline', 50)] });
    const diff = diffAssessments(snap({ need: 4, budget: 4 }), snap({ need: 5, timeline: 0 }, v2));
    expect(diff.criteria.map((c) => c.key)).toEqual(['need', 'timeline', 'budget']);
    expect(diff.criteria[0]).toMatchObject({ delta: 1, normalisedDelta: 0 });
    expect(diff.criteria[1]).toMatchObject({ inBefore: false, inAfter: true, after: 0 });
    expect(diff.criteria[2]).toMatchObject({ inBefore: true, inAfter: false, before: 4, after: null });
    expect(diff).toMatchObject({ totalBefore: 100, totalAfter: 50 });
  });
});

describe('trend', () => {
  it('gives a total and a normalised series per criterion, latest template order first', () => {
    const v2 = nextVersion(v1, { criteria: [crit('timeline', 1), crit('need', 1)] });
    const series = trend([
      { at: '2026-01-10', ...snap({ need: 4, budget: 0 }) },
      { at: '2026-02-10', ...snap({ need: 2, budget: null }) },
      { at: '2026-03-10', ...snap({ timeline: 4, need: 1 }, v2) },
    ]);
    expect(series.total).toEqual([
      { at: '2026-01-10', value: 50 },
      { at: '2026-02-10', value: 50 },
      { at: '2026-03-10', value: 62.5 },
    ]);
    expect(series.verdicts.map((v) => v.verdict)).toEqual(['qualify', 'qualify', 'qualify']);
    expect(series.criteria.map((c) => c.key)).toEqual(['timeline', 'need', 'budget']);
    expect(series.criteria[1]!.points.map((p) => p.value)).toEqual([1, 0.5, 0.25]);
    expect(series.criteria[0]!.points.map((p) => p.value)).toEqual([null, null, 1]);
    expect(series.criteria[2]!.points.map((p) => p.value)).toEqual([0, null, null]);
  });

  it('is empty without assessments', () => {
    expect(trend([])).toEqual({ total: [], verdicts: [], criteria: [] });
  });
});

describe('fallingCriteria', () => {
  it('lists the criteria whose score fell since the previous assessment', () => {
    expect(fallingCriteria(snap({ need: 4, budget: 2 }), snap({ need: 3, budget: 3 }))).toEqual([
      { key: 'need', before: 4, after: 3, normalisedBefore: 1, normalisedAfter: 0.75 },
    ]);
  });

  it('does not count a score becoming unknown, or a criterion appearing, as a fall', () => {
    expect(fallingCriteria(snap({ need: 4 }), snap({ need: null, budget: 0 }))).toEqual([]);
  });

  it('compares on the normalised scale across versions', () => {
    const v2 = nextVersion(v1, { criteria: [crit('need', 1, [0, 1, 2, 3, 4, 5, 6, 7, 8]), crit('budget', 1)] });
    // 3 of 0–4 is 0.75; 7 of 0–8 is 0.875: the raw value rose and so did the position.
    expect(fallingCriteria(snap({ need: 3 }), snap({ need: 7 }, v2))).toEqual([]);
    // 4 of 0–4 is 1; 6 of 0–8 is 0.75: the raw value rose but the position fell.
    expect(fallingCriteria(snap({ need: 4 }), snap({ need: 6 }, v2))).toEqual([
      { key: 'need', before: 4, after: 6, normalisedBefore: 1, normalisedAfter: 0.75 },
    ]);
  });
});
