import { ruleMessageKey, suggestionKey, type Finding } from '../anomaly.js';
import type { AccountSnapshot } from '../snapshot.js';
import { openOpportunities } from '../snapshotReading.js';

/** An open deal whose scorecard total fell since the assessment before, or any of whose criteria did. */
export function scoreFell(snapshot: AccountSnapshot): Finding[] {
  return openOpportunities(snapshot).flatMap((opportunity): Finding[] => {
    const { latestTotal: after, previousTotal: before, fallingCriteria } = opportunity;
    const totalFell = after !== null && before !== null && after < before;
    if (!totalFell && fallingCriteria.length === 0) return [];
    return [
      {
        ruleId: 'score_fell',
        subjectKey: `${opportunity.id}:${opportunity.latestAssessmentId ?? 'latest'}`,
        severity: 'medium',
        messageKey: ruleMessageKey('score_fell', totalFell ? 'message' : 'criteria'),
        params: totalFell
          ? { opportunity: opportunity.name, before, after, count: fallingCriteria.length }
          : { opportunity: opportunity.name, count: fallingCriteria.length },
        personIds: [],
        opportunityId: opportunity.id,
        fix: { kind: 'scorecard', id: opportunity.id },
        suggestion: { key: suggestionKey('reviewScorecard'), params: { opportunity: opportunity.name } },
      },
    ];
  });
}
