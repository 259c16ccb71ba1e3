import { suggestionKey, type Finding } from '../anomaly.js';
import type { AccountSnapshot } from '../snapshot.js';
import { openOpportunities } from '../snapshotReading.js';

/** The scorecard's own cross-checks of open deals, one anomaly each, with their text and severity unchanged. */
export function scorecardChecks(snapshot: AccountSnapshot): Finding[] {
  return openOpportunities(snapshot).flatMap((opportunity) =>
    opportunity.crossChecks.map(
      (check): Finding => ({
        ruleId: 'scorecard_check',
        subjectKey: `${opportunity.id}:${check.id}`,
        severity: check.severity,
        messageKey: check.messageKey,
        params: check.params,
        personIds: check.personIds,
        opportunityId: opportunity.id,
        fix: { kind: 'scorecard', id: opportunity.id },
        suggestion: { key: suggestionKey('reviewScorecard'), params: { opportunity: opportunity.name } },
      }),
    ),
  );
}
