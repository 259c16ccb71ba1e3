import { describe, expect, it } from 'vitest';
import { opportunity, raised, snapshot } from '../helpers/anomalySnapshot.js';

const check = { id: 'coach_without_person', severity: 'low' as const, messageKey: 'scorecard.checks.coachWithoutPerson', params: { criterion: 'coach' }, personIds: ['li'] };

describe('anomaly: scorecard cross-checks', () => {
  it('turns each check of an open deal into one anomaly, as it is', () => {
    const s = snapshot({ opportunities: [opportunity('o1', { crossChecks: [check, { ...check, id: 'second', severity: 'high' }] })] });
    expect(raised(s, 'scorecard_check')).toEqual([
      {
        id: 'scorecard_check:o1:second',
        ruleId: 'scorecard_check',
        subjectKey: 'o1:second',
        severity: 'high',
        messageKey: 'scorecard.checks.coachWithoutPerson',
        params: { criterion: 'coach' },
        personIds: ['li'],
        opportunityId: 'o1',
        fix: { kind: 'scorecard', id: 'o1' },
        suggestion: { key: 'anomalies.suggestions.reviewScorecard', params: { opportunity: 'Deal o1' } },
      },
      expect.objectContaining({ id: 'scorecard_check:o1:coach_without_person', severity: 'low' }),
    ]);
  });

  it('raises nothing without checks, or for a closed deal', () => {
    expect(raised(snapshot({ opportunities: [opportunity('o1')] }), 'scorecard_check')).toEqual([]);
    expect(raised(snapshot({ opportunities: [opportunity('o1', { status: 'won', crossChecks: [check] })] }), 'scorecard_check')).toEqual([]);
  });
});
