import { describe, expect, it } from 'vitest';
import { opportunity, raised, snapshot } from '../helpers/anomalySnapshot.js';

describe('anomaly: score fell', () => {
  it('fires when the total fell since the assessment before', () => {
    const s = snapshot({ opportunities: [opportunity('o1', { latestTotal: 58, previousTotal: 66, latestAssessmentId: 'a7', fallingCriteria: ['competition', 'budget'] })] });
    expect(raised(s, 'score_fell')).toEqual([
      {
        id: 'score_fell:o1:a7',
        ruleId: 'score_fell',
        subjectKey: 'o1:a7',
        severity: 'medium',
        messageKey: 'anomalies.rules.score_fell.message',
        params: { opportunity: 'Deal o1', before: 66, after: 58, count: 2 },
        personIds: [],
        opportunityId: 'o1',
        fix: { kind: 'scorecard', id: 'o1' },
        suggestion: { key: 'anomalies.suggestions.reviewScorecard', params: { opportunity: 'Deal o1' } },
      },
    ]);
  });

  it('fires when criteria fell even though the total did not', () => {
    const s = snapshot({ opportunities: [opportunity('o1', { latestTotal: 70, previousTotal: 66, fallingCriteria: ['coach'] })] });
    expect(raised(s, 'score_fell').map((a) => [a.id, a.messageKey, a.params])).toEqual([
      ['score_fell:o1:latest', 'anomalies.rules.score_fell.criteria', { opportunity: 'Deal o1', count: 1 }],
    ]);
  });

  it('does not fire for a steady or rising score, a first assessment or a closed deal', () => {
    for (const [latestTotal, previousTotal] of [[66, 66], [70, 66], [40, null], [null, null]] as const) {
      expect(raised(snapshot({ opportunities: [opportunity('o1', { latestTotal, previousTotal })] }), 'score_fell')).toEqual([]);
    }
    expect(raised(snapshot({ opportunities: [opportunity('o1', { status: 'lost', latestTotal: 10, previousTotal: 66 })] }), 'score_fell')).toEqual([]);
  });
});
